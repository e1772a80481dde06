import { basename } from 'node:path'
import { coderPackageSchema, type CoderPackage } from '../../../shared/team'
import { writeFileAtomic } from '../../store/atomicWrite'
import { canonicalJson } from '../../store/canonicalJson'
import { parseProjectJson } from '../../store/durableJsonFile'
import { migrateProjectFile } from '../../store/migrations'
import { ProjectFileError } from '../../store/projectFileError'
import { contentHash } from '../../store/projectStore'
import { readUtf8File } from '../../store/utf8Text'

/** The file extension of coder packages. */
export const PACKAGE_EXTENSION = '.marginpack'

/** Writes a package as canonical JSON, atomically; returns its size in bytes. */
export async function writePackage(path: string, pack: CoderPackage): Promise<number> {
  const text = canonicalJson(pack)
  await writeFileAtomic(path, text)
  return Buffer.byteLength(text, 'utf8')
}

/**
 * Reads and validates a package, checking every text against its content hash. Errors
 * name the file: not JSON, not a package, or a text that was altered.
 */
export async function readPackage(path: string): Promise<CoderPackage> {
  const name = basename(path)
  const text = await readUtf8File(path, name)
  if (text === null) throw new ProjectFileError(name, 'the file does not exist')
  const pack = parseProjectJson(text, coderPackageSchema, name, migrateProjectFile)
  for (const { meta, text: body } of pack.documents) {
    if (contentHash(body) !== meta.contentHash) throw new ProjectFileError(name, `the text of document ${meta.id} does not match its content hash`)
  }
  return pack
}

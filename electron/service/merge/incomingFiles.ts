import { createHash } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { writeFileAtomic } from '../../store/atomicWrite'

/**
 * Keeps annotation files sent by value (a browser cannot share paths) in
 * `.margin/incoming/<content hash>/<file name>`, so a preview and the merge that follows
 * read the same bytes, reports show the coder's file name, and the merge record can point
 * at a file that still exists. Returns their paths, in the order given.
 */
export async function storeIncomingFiles(projectDir: string, files: readonly { name: string; base64: string }[]): Promise<string[]> {
  const paths: string[] = []
  for (const file of files) {
    const bytes = Buffer.from(file.base64, 'base64')
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16)
    const name = basename(file.name).replace(/[^\p{L}\p{N}._ -]/gu, '_') || 'annotations.json'
    const dir = join(projectDir, '.margin', 'incoming', hash)
    await mkdir(dir, { recursive: true })
    const path = join(dir, name)
    await writeFileAtomic(path, bytes)
    paths.push(path)
  }
  return paths
}

import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { annotationFileSchema, type AnnotationFile } from '../../../shared/team'
import { parseProjectJson } from '../../store/durableJsonFile'
import { migrateProjectFile } from '../../store/migrations'
import { ProjectFileError } from '../../store/projectFileError'
import { utf8Text } from '../../store/utf8Text'

/** A coder's annotation file given to a merge. */
export interface AnnotationSource {
  /** The file name, as reports show it. */
  name: string
  path: string
  sha256: string
  file: AnnotationFile
  /** True when the annotations are in strict id order (as Margin writes them). */
  sortedById: boolean
  /** How many annotations (live and deleted) each document id has. */
  documentCounts: ReadonlyMap<string, number>
}

/**
 * Reads and validates one annotation file. Beyond the schema, every annotation must belong
 * to the file's coder and appear once. Errors name the file.
 */
export async function readAnnotationSource(path: string): Promise<AnnotationSource> {
  const name = basename(path)
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ProjectFileError(name, 'the file does not exist')
    if (code === 'EISDIR') throw new ProjectFileError(name, 'is a folder, not an annotation file')
    throw error
  }
  const file = parseProjectJson(utf8Text(bytes, name), annotationFileSchema, name, migrateProjectFile)
  const list = file.annotations
  // One pass over what may be 50,000 annotations (each a cache miss), for all the merge asks
  // of them: whose they are, whether in id order (strictly sorted ids cannot repeat), and
  // how many each document has.
  let sorted = true
  const documentCounts = new Map<string, number>()
  for (let i = 0; i < list.length; i++) {
    const a = list[i]
    if (a.coderId !== file.coder.id) throw new ProjectFileError(name, `annotation ${a.id} belongs to coder "${a.coderId}" but the file is coder "${file.coder.id}"'s`)
    if (i > 0 && !(list[i - 1].id < a.id)) sorted = false
    documentCounts.set(a.documentId, (documentCounts.get(a.documentId) ?? 0) + 1)
  }
  if (!sorted) {
    const ids = new Set<string>()
    for (const a of list) {
      if (ids.has(a.id)) throw new ProjectFileError(name, `annotation id ${a.id} appears twice`)
      ids.add(a.id)
    }
  }
  return { name, path, sha256: createHash('sha256').update(bytes).digest('hex'), file, sortedById: sorted, documentCounts }
}

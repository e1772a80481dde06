import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { annotationFileSchema, type AnnotationFile } from '../../../shared/team'
import { parseProjectJson } from '../../store/durableJsonFile'
import { ProjectFileError } from '../../store/projectFileError'

/** A coder's annotation file given to a merge. */
export interface AnnotationSource {
  /** The file name, as reports show it. */
  name: string
  path: string
  sha256: string
  file: AnnotationFile
}

/**
 * Reads and validates annotation files, all before anything is merged, so one bad file
 * stops the merge with its name and nothing changed. Beyond the schema, every annotation
 * must belong to the file's coder.
 */
export async function readAnnotationSources(paths: readonly string[]): Promise<AnnotationSource[]> {
  // Reads overlap one another's disk waits; parsing stays in the given order.
  const contents = await Promise.allSettled(paths.map((path) => readFile(path)))
  const sources: AnnotationSource[] = []
  for (const [i, path] of paths.entries()) {
    const name = basename(path)
    const read = contents[i]
    if (read.status === 'rejected') {
      const code = (read.reason as NodeJS.ErrnoException).code
      if (code === 'ENOENT') throw new ProjectFileError(name, 'the file does not exist')
      if (code === 'EISDIR') throw new ProjectFileError(name, 'is a folder, not an annotation file')
      throw read.reason
    }
    const bytes = read.value
    const file = parseProjectJson(bytes.toString('utf8'), annotationFileSchema, name)
    const stranger = file.annotations.find((a) => a.coderId !== file.coder.id)
    if (stranger) {
      throw new ProjectFileError(name, `annotation ${stranger.id} belongs to coder "${stranger.coderId}" but the file is coder "${file.coder.id}"'s`)
    }
    const ids = new Set<string>()
    for (const a of file.annotations) {
      if (ids.has(a.id)) throw new ProjectFileError(name, `annotation id ${a.id} appears twice`)
      ids.add(a.id)
    }
    sources.push({ name, path, sha256: createHash('sha256').update(bytes).digest('hex'), file })
  }
  return sources
}

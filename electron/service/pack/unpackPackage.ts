import { join } from 'node:path'
import { assignmentSchema, type Assignment, type CoderPackage } from '../../../shared/team'
import { writeFileAtomic } from '../../store/atomicWrite'
import { canonicalJson } from '../../store/canonicalJson'
import type { CoderJournalEntry } from '../../store/coderJournalEntry'
import { parseProjectJson } from '../../store/durableJsonFile'
import { ProjectStore } from '../../store/projectStore'
import { readUtf8File } from '../../store/utf8Text'

/** A coder's assignment, kept in the unpacked project (see docs/project-format.md). */
export const ASSIGNMENT_FILE = 'assignment.json'

/**
 * Turns a package into a project folder the coder works in: a new project in `dir` (empty
 * or new) with the lead's project id, settings, codebook and the assigned documents, the
 * coder (with their earlier annotations, if the package has them) and `assignment.json`.
 * Returns the open store; the caller closes it.
 */
export async function unpackPackage(pack: CoderPackage, dir: string): Promise<ProjectStore> {
  const store = await ProjectStore.create(dir, pack.project.name, { id: pack.project.id, createdAt: pack.project.createdAt })
  try {
    await store.addDocuments(pack.documents.map((d) => ({ meta: d.meta, text: d.text })), pack.project.variables)
    await store.saveCodebook(pack.codebook)
    await store.saveProjectFile({ ...pack.project, demo: false })
    const coder = await store.addCoder(pack.coder)
    const own = pack.annotations
    if (own) {
      const entries: CoderJournalEntry[] = [
        ...own.annotations.map((annotation) => ({ op: 'put' as const, annotation })),
        ...Object.entries(own.documentStatus).map(([documentId, status]) => ({ op: 'status' as const, documentId, status })),
        ...Object.entries(own.documentMemos).map(([documentId, memo]) => ({ op: 'documentMemo' as const, documentId, memo })),
      ]
      await coder.commit(entries)
      await coder.compact()
    }
    await writeFileAtomic(join(store.dir, ASSIGNMENT_FILE), canonicalJson({ format: 'margin-assignment', schemaVersion: 1, ...pack.assignment }))
    return store
  } catch (error) {
    await store.close()
    throw error
  }
}

/** The assignment of an unpacked project, or null when the project has none. */
export async function readAssignment(projectDir: string): Promise<Assignment | null> {
  const text = await readUtf8File(join(projectDir, ASSIGNMENT_FILE), ASSIGNMENT_FILE)
  if (text === null) return null
  return parseProjectJson(text, assignmentSchema, ASSIGNMENT_FILE)
}

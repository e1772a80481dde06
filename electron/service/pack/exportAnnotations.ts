import type { AnnotationFile } from '../../../shared/team'
import { writeFileAtomic } from '../../store/atomicWrite'
import { compactCanonicalJson } from '../../store/canonicalJson'
import type { ProjectStore } from '../../store/projectStore'
import { UserError } from '../dispatch'

/**
 * A coder's annotation file as sent to the lead: the coder's file with the journal folded
 * in (tombstones included, so deletions travel), plus the content hash of every document
 * and the name of every code it refers to.
 */
export async function annotationFileOf(store: ProjectStore, coderId: string): Promise<AnnotationFile> {
  const coder = await store.coder(coderId)
  if (!coder) {
    const known = [...(await store.coders()).keys()].join(', ') || 'none'
    throw new UserError(`no coder with id "${coderId}" in this project (coders: ${known})`)
  }
  const file = coder.snapshot()
  const documents = new Set([
    ...file.annotations.map((a) => a.documentId),
    ...Object.keys(file.documentStatus),
    ...Object.keys(file.documentMemos),
  ])
  const documentHashes: Record<string, string> = {}
  for (const id of documents) {
    const meta = store.document(id)
    if (meta) documentHashes[id] = meta.contentHash
  }
  const codeNames: Record<string, string> = {}
  for (const a of file.annotations) {
    const code = store.codebook.codes.find((c) => c.id === a.codeId)
    if (code) codeNames[code.id] = code.name
  }
  return { ...file, documentHashes, codeNames }
}

/** Writes the coder's annotation file to `path` (compact canonical JSON); returns how many annotations it holds (tombstones included). */
export async function exportAnnotations(store: ProjectStore, coderId: string, path: string): Promise<{ annotations: number; documents: number }> {
  const file = await annotationFileOf(store, coderId)
  await writeFileAtomic(path, compactCanonicalJson(file))
  return { annotations: file.annotations.length, documents: Object.keys(file.documentHashes).length }
}

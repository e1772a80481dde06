import type { Annotation } from '../model/annotation'

/**
 * Annotations indexed once, so building units for every code never rescans them:
 * live annotations by code → document → coder, and which coders touched which documents.
 */
export interface AnnotationIndex {
  /** Live (non-deleted) annotations: code id → document id → coder id → annotations. */
  readonly byCode: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, readonly Annotation[]>>>
  /** Document id → coders with any annotation record there, tombstones included. */
  readonly touched: ReadonlyMap<string, ReadonlySet<string>>
}

/**
 * Indexes `annotations` in one pass. Tombstones (`deleted: true`) are left out of `byCode`
 * but still mark the document as touched by their coder: deleting one's last annotation in
 * a document is still having coded it. Pass each annotation's latest version only.
 */
export function indexAnnotations(annotations: Iterable<Annotation>): AnnotationIndex {
  const byCode = new Map<string, Map<string, Map<string, Annotation[]>>>()
  const touched = new Map<string, Set<string>>()
  for (const a of annotations) {
    let coders = touched.get(a.documentId)
    if (!coders) touched.set(a.documentId, (coders = new Set()))
    coders.add(a.coderId)
    if (a.deleted) continue
    let docs = byCode.get(a.codeId)
    if (!docs) byCode.set(a.codeId, (docs = new Map()))
    let perCoder = docs.get(a.documentId)
    if (!perCoder) docs.set(a.documentId, (perCoder = new Map()))
    let list = perCoder.get(a.coderId)
    if (!list) perCoder.set(a.coderId, (list = []))
    list.push(a)
  }
  return { byCode, touched }
}

import { ownValue } from '../../../shared/model/ownValue'
import type { Annotation, Codebook, DocumentMeta } from '../../../shared/model'
import type { RetrievedSegment, RetrievedSegments } from '../../../shared/contract'
import { CodebookOrder } from '../../../shared/export/codebookOrder'
import { UserError } from '../dispatch'
import { descendantIds } from './codebookChange'

export interface SegmentQuery {
  codeIds?: string[]
  groupId?: string
  /** With a code, also its descendants' segments. */
  includeChildren: boolean
  coderIds?: string[]
  /** Variable name → accepted values (as text); a document passes when it matches every variable. "outlet" works too. */
  variables?: Record<string, string[]>
}

/**
 * The live annotations of some codes (or a whole group) across all documents, with their
 * document's metadata, in reading order: by document date, title, then position.
 */
export function retrieveSegments(
  codebook: Codebook,
  documents: readonly DocumentMeta[],
  coders: Map<string, string>,
  annotations: Iterable<Annotation>,
  query: SegmentQuery,
): RetrievedSegments {
  const order = new CodebookOrder(codebook)
  const wanted = new Set<string>()
  if (query.groupId) {
    if (!codebook.groups.some((g) => g.id === query.groupId)) throw new UserError(`no group with id "${query.groupId}"`)
    for (const code of codebook.codes) if (code.groupId === query.groupId) wanted.add(code.id)
  }
  for (const id of query.codeIds ?? []) {
    if (!order.code(id)) throw new UserError(`no code with id "${id}" in the codebook`)
    wanted.add(id)
    if (query.includeChildren) for (const child of descendantIds(codebook, id)) wanted.add(child)
  }
  if (!query.groupId && !query.codeIds?.length) throw new UserError('choose a code or a group')
  const byId = new Map(documents.map((d) => [d.id, d]))
  const matches = (document: DocumentMeta) =>
    Object.entries(query.variables ?? {}).every(([name, values]) => {
      if (!values.length) return true
      const value = name === 'outlet' ? document.outlet : ownValue(document.variables, name)
      return value !== undefined && value !== null && values.includes(String(value))
    })
  let unfiltered = 0
  const segments: RetrievedSegment[] = []
  for (const annotation of annotations) {
    if (annotation.deleted || !wanted.has(annotation.codeId)) continue
    const document = byId.get(annotation.documentId)
    if (!document) continue
    unfiltered++
    if (query.coderIds && !query.coderIds.includes(annotation.coderId)) continue
    if (!matches(document)) continue
    const code = order.code(annotation.codeId)!
    segments.push({
      annotation,
      codeName: code.name,
      codePath: order.path(code.id),
      codeColor: code.color,
      coderName: coders.get(annotation.coderId) ?? annotation.coderId,
      document: { id: document.id, title: document.title, outlet: document.outlet, date: document.date, variables: document.variables },
    })
  }
  const key = (s: RetrievedSegment) => `${s.document.date ?? '9999'}\u0000${s.document.title}\u0000${s.document.id}`
  segments.sort(
    (a, b) =>
      (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) ||
      (a.annotation.start ?? -1) - (b.annotation.start ?? -1) ||
      (a.annotation.coderId < b.annotation.coderId ? -1 : a.annotation.coderId > b.annotation.coderId ? 1 : 0),
  )
  return { segments, unfiltered }
}

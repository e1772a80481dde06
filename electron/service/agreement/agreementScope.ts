import {
  codedByStatus,
  eligibleDocuments,
  indexAnnotations,
  type AnnotationIndex,
  type TextSpan,
  type UnitOptions,
} from '../../../shared/agreement'
import type { AgreementUnit } from '../../../shared/contract'
import type { Annotation, Code, CodeGroup } from '../../../shared/model'
import type { ProjectStore } from '../../store/projectStore'
import { UserError } from '../dispatch'
import { SegmentCache } from './segmentCache'

/** The coder adjudication writes to; never compared by default. */
export const CONSENSUS_CODER = { id: 'consensus', name: 'Consensus' } as const

export interface AgreementScopeRequest {
  unit: AgreementUnit
  /** Coders to compare (default: every coder but the consensus). */
  coderIds?: string[]
  /** Only codes of this group (id or name). */
  group?: string
  codeIds?: string[]
  /** What makes a document coded by a coder: any annotation record (default) or a "done" status. */
  coded?: 'annotations' | 'status'
}

/** Everything agreement and disagreement listing need, built once per request. */
export interface AgreementScope {
  unit: AgreementUnit
  coders: string[]
  codes: Code[]
  groups: CodeGroup[]
  index: AnnotationIndex
  options: UnitOptions
  /** The documents every coder coded, in project order. */
  eligible: string[]
  /** Paragraph or sentence units: each document's segments. */
  segments: ((documentId: string) => readonly TextSpan[]) | null
}

/**
 * Builds the scope of an agreement request: the coders (all but the consensus coder
 * unless named; at least two), the codes that can be coded at this unit (document units:
 * every code; others: codes applied to passages), the annotations indexed once, the
 * eligible documents and, for paragraph/sentence units, their cached segments.
 */
export async function agreementScope(store: ProjectStore, request: AgreementScopeRequest): Promise<AgreementScope> {
  const stores = await store.coders()
  const coders = request.coderIds ?? [...stores.keys()].filter((id) => id !== CONSENSUS_CODER.id).sort()
  for (const id of coders) if (!stores.has(id)) throw new UserError(`no coder with id "${id}" in this project`)
  if (new Set(coders).size !== coders.length) throw new UserError('a coder is named twice')
  if (coders.length < 2) throw new UserError(`agreement needs at least two coders; this project has ${coders.length === 1 ? 'one' : 'none'} to compare`)
  if (coders.length > 30) throw new UserError('at most 30 coders can be compared at once')

  const { codebook } = store
  let groups = [...codebook.groups].sort((a, b) => a.order - b.order)
  if (request.group) {
    const wanted = request.group.toLowerCase()
    groups = groups.filter((g) => g.id.toLowerCase() === wanted || g.name.toLowerCase() === wanted)
    if (groups.length === 0) throw new UserError(`no code group "${request.group}" (groups: ${codebook.groups.map((g) => g.name).join(', ')})`)
  }
  const groupOrder = new Map(groups.map((g, i) => [g.id, i]))
  let codes = codebook.codes.filter((c) => groupOrder.has(c.groupId))
  if (request.codeIds) {
    for (const id of request.codeIds) if (!codebook.codes.some((c) => c.id === id)) throw new UserError(`no code with id "${id}" in the codebook`)
    codes = codes.filter((c) => request.codeIds!.includes(c.id))
  }
  if (request.unit !== 'document') codes = codes.filter((c) => c.level !== 'document')
  codes.sort((a, b) => groupOrder.get(a.groupId)! - groupOrder.get(b.groupId)! || a.order - b.order || (a.id < b.id ? -1 : 1))
  groups = groups.filter((g) => codes.some((c) => c.groupId === g.id))

  const annotations: Annotation[] = []
  for (const id of coders) for (const a of stores.get(id)!.annotations()) annotations.push(a)
  const index = indexAnnotations(annotations)
  const options: UnitOptions = {
    coders,
    documents: store.documents.map((d) => d.id),
    coded:
      request.coded === 'status'
        ? codedByStatus(Object.fromEntries(coders.map((id) => [id, stores.get(id)!.statuses])))
        : undefined,
  }
  const eligible = eligibleDocuments(index, options)
  let segments: AgreementScope['segments'] = null
  if (request.unit === 'paragraph' || request.unit === 'sentence') {
    const metas = eligible.map((id) => store.document(id)!)
    segments = await SegmentCache.of(store).segments(request.unit, metas)
  }
  return { unit: request.unit, coders, codes, groups, index, options, eligible, segments }
}

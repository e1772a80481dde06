import { documentAttributeValue, type ReliabilityData, type TextSpan } from '../../../shared/agreement'
import type { Disagreement } from '../../../shared/contract'
import type { Annotation, Code } from '../../../shared/model'
import type { AgreementScope } from './agreementScope'

/**
 * Every unit and code on which the compared coders differ, in document order, then
 * position, then codebook order:
 * - document: one coder applied the code somewhere in the document, another did not, or
 *   (a document-level code) all did, with different values of an attribute agreement
 *   compares (any but free text): opposite tones must be settled as much as a missing frame;
 * - paragraph/sentence: a coder's span of the code overlaps the segment, another's does not;
 * - span: a cluster of overlapping spans of the code (all coders' spans, chained by
 *   overlap) in which the coders' spans are not exactly the same.
 * Each lists, per coder, the live annotations involved, which is what adjudication copies.
 */
export function findDisagreements(scope: AgreementScope): Disagreement[] {
  const out: Disagreement[] = []
  visitDisagreements(scope, (unit, documentId, start, end, codeId, details) => {
    const { values, annotations } = details()
    out.push(item(unit, documentId, start, end, codeId, values, annotations))
  })
  const codeOrder = new Map(scope.codes.map((c, i) => [c.id, i]))
  const documentOrder = new Map(scope.eligible.map((d, i) => [d, i]))
  return out.sort(
    (a, b) =>
      documentOrder.get(a.documentId)! - documentOrder.get(b.documentId)! ||
      (a.start ?? -1) - (b.start ?? -1) ||
      codeOrder.get(a.codeId)! - codeOrder.get(b.codeId)!,
  )
}

/**
 * How many disagreements there are and how many of them `resolved` lists, without building
 * them. (Agreement at paragraph and sentence units counts them off its reliability data
 * instead: countSegmentDisagreementsFromData.)
 */
export function countDisagreements(scope: AgreementScope, resolved: ReadonlySet<string>): { total: number; resolved: number } {
  let total = 0
  let done = 0
  visitDisagreements(scope, (unit, documentId, start, end, codeId) => {
    total++
    if (resolved.size > 0 && resolved.has(disagreementId(unit, documentId, start, end, codeId))) done++
  })
  return { total, resolved: done }
}

/**
 * countDisagreements for paragraph and sentence units when each code's reliability data is
 * at hand (agreement computed it): a disagreement is a unit whose coders' values differ,
 * so the total is read off the data's rows, and only documents with resolutions are
 * visited, the summary a 10,000-article agreement run needs in a fraction of the time.
 */
export function countSegmentDisagreementsFromData(
  scope: AgreementScope,
  data: readonly ReliabilityData[],
  resolved: ReadonlySet<string>,
): { total: number; resolved: number } {
  let total = 0
  for (const d of data) {
    d.values.forEach((row, r) => {
      if (row.some((v) => v !== row[0])) total += d.weights ? d.weights[r] : 1
    })
  }
  const unit = scope.unit
  if (resolved.size === 0 || !scope.segments || (unit !== 'paragraph' && unit !== 'sentence')) return { total, resolved: 0 }
  const eligible = new Set(scope.eligible)
  const masks = new SegmentMasks(scope.coders)
  let done = 0
  for (const documentId of resolvedDocuments(resolved)) {
    if (!eligible.has(documentId)) continue
    const segs = scope.segments(documentId)
    for (const code of scope.codes) {
      const perCoder = scope.index.byCode.get(code.id)?.get(documentId)
      if (!perCoder) continue
      masks.forEachDisagreement(perCoder, segs, (s) => {
        if (resolved.has(disagreementId(unit, documentId, segs[s].start, segs[s].end, code.id))) done++
      })
    }
  }
  return { total, resolved: done }
}

/** The documents named in disagreement ids ("<unit>:<documentId>:…"; ids never contain ":"). */
function resolvedDocuments(resolved: ReadonlySet<string>): Set<string> {
  return new Set([...resolved].map((id) => id.split(':')[1]))
}

/** Which coders' spans of one code overlap each segment of a document, as bits, in one array reused across documents. */
class SegmentMasks {
  private masks = new Uint32Array(256)
  private readonly full: number

  constructor(private readonly coders: readonly string[]) {
    this.full = coders.length === 32 ? -1 >>> 0 : (1 << coders.length) - 1
  }

  /** Calls `visit` with every segment some coders' spans overlap and others' do not: its index, and the coders as bits. */
  forEachDisagreement(perCoder: ReadonlyMap<string, readonly Annotation[]>, segs: readonly TextSpan[], visit: (segment: number, mask: number) => void): void {
    this.forEachCovered(perCoder, segs, (s, mask) => mask !== this.full && visit(s, mask))
  }

  /** The segments every coder's spans overlap. */
  forEachAgreement(perCoder: ReadonlyMap<string, readonly Annotation[]>, segs: readonly TextSpan[], visit: (segment: number) => void): void {
    this.forEachCovered(perCoder, segs, (s, mask) => mask === this.full && visit(s))
  }

  private forEachCovered(perCoder: ReadonlyMap<string, readonly Annotation[]>, segs: readonly TextSpan[], visit: (segment: number, mask: number) => void): void {
    if (segs.length > this.masks.length) this.masks = new Uint32Array(segs.length * 2)
    const masks = this.masks
    masks.fill(0, 0, segs.length)
    for (let i = 0; i < this.coders.length; i++) {
      const list = perCoder.get(this.coders[i])
      if (!list) continue
      for (const a of list) {
        if (a.start === null || a.end === null) continue
        for (let s = firstEndingAfter(segs, a.start); s < segs.length && segs[s].start < a.end; s++) masks[s] |= 1 << i
      }
    }
    for (let s = 0; s < segs.length; s++) if (masks[s] !== 0) visit(s, masks[s])
  }
}

type Details = () => { values: Record<string, number>; annotations: Record<string, Annotation[]> }
type Visit = (unit: Disagreement['unit'], documentId: string, start: number | null, end: number | null, codeId: string, details: Details) => void

/** Calls `visit` for every disagreement, in the order findDisagreements returns them. */
function visitDisagreements(scope: AgreementScope, visit: Visit): void {
  const { coders, unit } = scope
  forEachCodedPair(scope, (documentId, code, perCoder, segs) => {
    const listOf = (coder: string) => perCoder.get(coder) ?? []
    if (unit === 'document') {
      let applied = 0
      for (const c of coders) if (listOf(c).length > 0) applied++
      if (applied > 0 && (applied < coders.length || attributesDiffer(code, coders.map(listOf)))) {
        visit(unit, documentId, null, null, code.id, () => ({
          values: Object.fromEntries(coders.map((c) => [c, listOf(c).length > 0 ? 1 : 0])),
          annotations: Object.fromEntries(coders.map((c) => [c, sortSpans(listOf(c))])),
        }))
      }
    } else if (unit === 'span') {
      for (const cluster of spanClusters(coders, listOf)) {
        if (!sameSpans(coders, cluster)) {
          visit(unit, documentId, cluster.start, cluster.end, code.id, () => ({
            values: Object.fromEntries(coders.map((c) => [c, cluster.byCoder[c].length > 0 ? 1 : 0])),
            annotations: cluster.byCoder,
          }))
        }
      }
    } else if (segs) {
      segmentDisagreements(unit, documentId, code.id, coders, segs, perCoder, visit)
    }
  })
}

/** Every document and code some compared coder applied there, with each coder's annotations of it and the document's segments (paragraph and sentence units). */
function forEachCodedPair(
  scope: AgreementScope,
  visit: (documentId: string, code: Code, perCoder: ReadonlyMap<string, readonly Annotation[]>, segs: readonly TextSpan[] | undefined) => void,
): void {
  for (const documentId of scope.eligible) {
    const segs = scope.segments?.(documentId)
    for (const code of scope.codes) {
      const perCoder = scope.index.byCode.get(code.id)?.get(documentId)
      if (perCoder) visit(documentId, code, perCoder, segs)
    }
  }
}

function segmentDisagreements(
  unit: 'paragraph' | 'sentence',
  documentId: string,
  codeId: string,
  coders: readonly string[],
  segs: readonly TextSpan[],
  perCoder: ReadonlyMap<string, readonly Annotation[]>,
  visit: Visit,
): void {
  const listOf = (coder: string) => perCoder.get(coder) ?? []
  new SegmentMasks(coders).forEachDisagreement(perCoder, segs, (s, mask) => {
    const { start, end } = segs[s]
    visit(unit, documentId, start, end, codeId, () => {
      const overlapping = (coder: string) =>
        sortSpans(listOf(coder).filter((a) => a.start !== null && a.end !== null && a.start < end && a.end > start))
      return {
        values: Object.fromEntries(coders.map((c, i) => [c, (mask >>> i) & 1])),
        annotations: Object.fromEntries(coders.map((c) => [c, overlapping(c)])),
      }
    })
  })
}

/** True when every coder marked exactly the same spans in the cluster. */
function sameSpans(coders: readonly string[], cluster: { byCoder: Record<string, Annotation[]> }): boolean {
  const keys = coders.map((c) => cluster.byCoder[c].map((a) => `${a.start}-${a.end}`).sort().join(','))
  return keys.every((k) => k === keys[0])
}

/** Overlapping spans of all coders chained into clusters, each with every coder's spans in it. */
function spanClusters(coders: readonly string[], listOf: (coder: string) => readonly Annotation[]) {
  const spans: { coder: string; a: Annotation }[] = []
  for (const coder of coders) for (const a of listOf(coder)) if (a.start !== null && a.end !== null) spans.push({ coder, a })
  spans.sort((x, y) => x.a.start! - y.a.start! || x.a.end! - y.a.end!)
  const clusters: { start: number; end: number; byCoder: Record<string, Annotation[]> }[] = []
  for (const { coder, a } of spans) {
    let last = clusters[clusters.length - 1]
    if (!last || a.start! >= last.end) {
      last = { start: a.start!, end: a.end!, byCoder: Object.fromEntries(coders.map((c) => [c, [] as Annotation[]])) }
      clusters.push(last)
    }
    last.end = Math.max(last.end, a.end!)
    last.byCoder[coder].push(a)
  }
  return clusters
}

/**
 * What the compared coders agree on, as the first coder's annotations to copy into the
 * consensus: at the document unit, codes every coder applied (document-level codes with
 * the same attribute values); at paragraph and sentence units, segments every coder's
 * spans of the code overlap (the first coder's spans there); at the span unit, clusters in
 * which every coder marked exactly the same spans. `units` counts the (unit, code) pairs.
 */
export function agreedCodings(scope: AgreementScope): { coder: string; units: number; annotations: Annotation[] } {
  const { coders, unit } = scope
  const coder = coders[0]
  const picked = new Map<string, Annotation>()
  let units = 0
  const take = (list: readonly Annotation[]) => {
    units++
    for (const a of list) picked.set(a.id, a)
  }
  forEachCodedPair(scope, (_documentId, code, perCoder, segs) => {
    const listOf = (c: string) => perCoder.get(c) ?? []
    if (unit === 'document') {
      if (coders.every((c) => listOf(c).length > 0) && !attributesDiffer(code, coders.map(listOf))) take(listOf(coder))
    } else if (unit === 'span') {
      for (const cluster of spanClusters(coders, listOf)) if (sameSpans(coders, cluster)) take(cluster.byCoder[coder])
    } else if (segs) {
      new SegmentMasks(coders).forEachAgreement(perCoder, segs, (s) => {
        const { start, end } = segs[s]
        take(listOf(coder).filter((a) => a.start !== null && a.end !== null && a.start < end && a.end > start))
      })
    }
  })
  return { coder, units, annotations: sortSpans([...picked.values()]) }
}

/** True when coders' values of a document-level code's compared attributes differ (a missing value counts as one). */
function attributesDiffer(code: Code, lists: readonly (readonly Annotation[])[]): boolean {
  if (code.level === 'span') return false
  for (const attribute of code.attributes) {
    if (attribute.type === 'text') continue
    const first = documentAttributeValue(lists[0], attribute.id)
    for (let i = 1; i < lists.length; i++) if (documentAttributeValue(lists[i], attribute.id) !== first) return true
  }
  return false
}

function item(
  unit: Disagreement['unit'],
  documentId: string,
  start: number | null,
  end: number | null,
  codeId: string,
  values: Record<string, number>,
  annotations: Record<string, Annotation[]>,
): Disagreement {
  return { id: disagreementId(unit, documentId, start, end, codeId), unit, documentId, start, end, codeId, values, annotations, resolution: null }
}

function sortSpans(list: readonly Annotation[]): Annotation[] {
  return [...list].sort((a, b) => (a.start ?? -1) - (b.start ?? -1) || (a.end ?? -1) - (b.end ?? -1) || (a.id < b.id ? -1 : 1))
}

function firstEndingAfter(segs: readonly TextSpan[], at: number): number {
  let lo = 0
  let hi = segs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (segs[mid].end <= at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** `<unit>:<documentId>:[<start>-<end>:]<codeId>`. */
export function disagreementId(unit: string, documentId: string, start: number | null, end: number | null, codeId: string): string {
  return start === null ? `${unit}:${documentId}:${codeId}` : `${unit}:${documentId}:${start}-${end}:${codeId}`
}

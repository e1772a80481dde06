import { ownValue } from '../model/ownValue'
import type { Annotation, DocumentStatus } from '../model/annotation'
import type { AnnotationIndex } from './annotationIndex'
import type { ReliabilityData, Value } from './reliabilityData'
import type { TextSpan } from './sentences'
import type { UnitizingData, UnitizedSpan } from './unitizingAlpha'

/**
 * Building reliability data from Margin annotations, for the unit of analysis a team lead
 * chooses. Which documents count: only those every included coder has coded, so a document
 * one coder never opened does not read as "code absent" for that coder. "Coded" is decided
 * by a `CodedRule`: by default, the coder has any annotation record in the document (a
 * tombstone included); `codedByStatus` uses the coders' "done" statuses instead. Passing
 * `explicit: true` takes `documents` as the exact list of units instead.
 */

/** Whether coder `coderId` has coded document `documentId`. */
export type CodedRule = (coderId: string, documentId: string) => boolean

export interface UnitOptions {
  /** The coders to compare, in column order. At most 30. */
  readonly coders: readonly string[]
  /** Candidate documents, in unit order. */
  readonly documents: readonly string[]
  /** Default: `codedByAnnotations(index)`. */
  readonly coded?: CodedRule
  /** Use `documents` as given, without checking that every coder coded them. */
  readonly explicit?: boolean
}

/** The default rule: a coder coded a document if they left any annotation record in it, deleted or not. */
export function codedByAnnotations(index: AnnotationIndex): CodedRule {
  return (coder, document) => index.touched.get(document)?.has(coder) ?? false
}

/** A coder coded a document if their coder file marks it "done"; `statuses` is coder id → document id → status. */
export function codedByStatus(statuses: Readonly<Record<string, Readonly<Record<string, DocumentStatus>>>>): CodedRule {
  return (coder, document) => statuses[coder]?.[document] === 'done'
}

/** The documents of `options` that count: all of them when explicit, else those every coder coded. */
export function eligibleDocuments(index: AnnotationIndex, options: UnitOptions): string[] {
  if (options.explicit) return [...options.documents]
  const coded = options.coded ?? codedByAnnotations(index)
  return options.documents.filter((d) => options.coders.every((c) => coded(c, d)))
}

/**
 * Document level: one unit per eligible document, value 1 if the coder applied code
 * `codeId` anywhere in it (a span or a document-level annotation), else 0. Unit ids are
 * the document ids. Nominal (binary) data.
 */
export function documentPresence(index: AnnotationIndex, codeId: string, options: UnitOptions): ReliabilityData {
  checkCoders(options.coders)
  const docs = eligibleDocuments(index, options)
  const byDoc = index.byCode.get(codeId)
  const values = docs.map((d) => {
    const perCoder = byDoc?.get(d)
    return options.coders.map((c) => ((perCoder?.get(c)?.length ?? 0) > 0 ? 1 : 0))
  })
  return { coders: [...options.coders], values, units: docs }
}

/**
 * Document level, with values: attribute `attributeId` of the code as each coder recorded
 * it on the document. When a coder applied the code more than once, the most recently
 * updated annotation wins (a coder's last word). Missing (null) when the coder did not
 * apply the code or left the attribute empty; booleans become "true"/"false".
 */
export function documentAttributeValues(
  index: AnnotationIndex,
  codeId: string,
  attributeId: string,
  options: UnitOptions,
): ReliabilityData {
  checkCoders(options.coders)
  const docs = eligibleDocuments(index, options)
  const byDoc = index.byCode.get(codeId)
  const values = docs.map((d) => options.coders.map((c) => documentAttributeValue(byDoc?.get(d)?.get(c), attributeId)))
  return { coders: [...options.coders], values, units: docs }
}

/**
 * A coder's value of a document-level code's attribute in one document: the one on their
 * latest annotation of the code, null when none (or empty). What agreement compares and,
 * where the coders' values differ, what adjudication lists.
 */
export function documentAttributeValue(list: readonly Annotation[] | undefined, attributeId: string): Value {
  if (!list || list.length === 0) return null
  let latest = list[0]
  for (const a of list) if (a.updatedAt > latest.updatedAt) latest = a
  const v = ownValue(latest.attributes, attributeId)
  if (v === undefined || v === null || v === '') return null
  return typeof v === 'boolean' ? String(v) : v
}

/**
 * Paragraph or sentence level: one unit per segment of each eligible document (segments
 * from `segments`, e.g. splitParagraphs or splitSentences, computed once per document since
 * texts never change), value 1 if the coder has a span of `codeId` overlapping the segment
 * (sharing at least one code point), else 0. Document-level annotations have no place in
 * the text and are ignored here. Segments must be sorted and non-overlapping.
 * Returns compressed data: one weighted row per distinct pattern of coders (at most 2^m),
 * which is what keeps every code over 10,000 articles well under a second.
 */
export function segmentPresence(
  index: AnnotationIndex,
  codeId: string,
  options: UnitOptions & { readonly segments: (documentId: string) => readonly TextSpan[] },
): ReliabilityData {
  const coders = options.coders
  checkCoders(coders)
  const byDoc = index.byCode.get(codeId)
  // Counts per pattern: an array indexed by the pattern for up to 16 coders (one add per
  // segment, hundreds of thousands of them), a map beyond.
  const counts = coders.length <= 16 ? new Float64Array(1 << coders.length) : null
  const patterns = new Map<number, number>()
  const add = (mask: number, count: number) => {
    if (counts) counts[mask] += count
    else patterns.set(mask, (patterns.get(mask) ?? 0) + count)
  }
  let masks = new Uint32Array(256)
  for (const d of eligibleDocuments(index, options)) {
    const segs = options.segments(d)
    if (segs.length === 0) continue
    const perCoder = byDoc?.get(d)
    if (!perCoder) {
      add(0, segs.length)
      continue
    }
    if (segs.length > masks.length) masks = new Uint32Array(segs.length * 2)
    masks.fill(0, 0, segs.length)
    coders.forEach((coder, i) => {
      const bit = 1 << i
      for (const a of perCoder.get(coder) ?? []) {
        if (a.start === null || a.end === null) continue
        for (let s = firstEndingAfter(segs, a.start); s < segs.length && segs[s].start < a.end; s++) masks[s] |= bit
      }
    })
    for (let s = 0; s < segs.length; s++) add(masks[s], 1)
  }
  if (counts) counts.forEach((count, mask) => count > 0 && patterns.set(mask, count))
  const sorted = [...patterns.keys()].sort((a, b) => a - b)
  return {
    coders: [...coders],
    values: sorted.map((mask) => coders.map((_, i) => ((mask >>> i) & 1) as Value)),
    weights: sorted.map((mask) => patterns.get(mask)!),
  }
}

/**
 * Span level, the input of unitizingAlpha: one continuum per eligible document, of length
 * `length(documentId)` code points, with every included coder's live spans of `codeId`
 * (category = the code id). Document-level annotations are ignored.
 */
export function spanContinua(
  index: AnnotationIndex,
  codeId: string,
  options: UnitOptions & { readonly length: (documentId: string) => number },
): UnitizingData {
  checkCoders(options.coders)
  const byDoc = index.byCode.get(codeId)
  const continua = eligibleDocuments(index, options).map((d) => {
    const spans: UnitizedSpan[] = []
    for (const coder of options.coders) {
      for (const a of byDoc?.get(d)?.get(coder) ?? []) {
        if (a.start !== null && a.end !== null) spans.push({ coder, category: codeId, start: a.start, end: a.end })
      }
    }
    return { end: options.length(d), spans }
  })
  return { coders: [...options.coders], continua }
}

function checkCoders(coders: readonly string[]): void {
  if (coders.length > 30) throw new RangeError('at most 30 coders can be compared at once')
  if (new Set(coders).size !== coders.length) throw new RangeError('a coder is listed twice')
}

/** Index of the first segment ending after code point `at`. */
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

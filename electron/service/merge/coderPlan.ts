import type { MergeCoderCounts, MergeConflict, MergeReport, QuarantinedAnnotation } from '../../../shared/contract'
import type { Annotation, Coder, DocumentStatus, Memo } from '../../../shared/model'
import { ownValue } from '../../../shared/model/ownValue'
import { canonicalJson } from '../../store/canonicalJson'
import type { AnnotationSource } from './annotationSources'
import { CodeNotes, type CodeNoteEntries } from './codeNotes'
import { matchDocument, placeAnnotation, type LeadView, type Placement, type PlacementOptions } from './placement'
import type { QuarantineEntry, QuarantinedDocumentRecord } from './quarantineFile'
import { compareVersions, latest, sameJson } from './versionOrder'

/** What the planner needs to know about a coder already in the lead's project. */
export interface CoderState {
  readonly coder: Coder
  get(annotationId: string): Annotation | undefined
  readonly statuses: Readonly<Record<string, DocumentStatus>>
  memo(documentId: string): Memo | null
}

/** The changes to one coder's file. */
export interface CoderChanges {
  coder: Coder
  create: boolean
  puts: Annotation[]
  statuses: { documentId: string; status: DocumentStatus }[]
  memos: { documentId: string; memo: Memo }[]
}

/** One coder's part of a merge: everything that concerns annotations, statuses and memos with this coder id. */
export interface CoderMergeInput {
  coderId: string
  view: LeadView
  options: PlacementOptions
  /** The coder in the lead's project, if there. */
  state: CoderState | undefined
  /** This coder's quarantined annotations and document records. */
  quarantine: { annotations: readonly QuarantineEntry[]; documentRecords: readonly QuarantinedDocumentRecord[] }
  /** This coder's files, in the order the merge was given them. */
  sources: readonly AnnotationSource[]
}

/** What a coder's plan tells the merge as a whole: small, plain data (it may come from a worker thread). */
export interface CoderPlanSummary {
  coderId: string
  /** Null when the coder does not appear in the report (only quarantined records that still wait). */
  counts: MergeCoderCounts | null
  /** The coder, when their file changes; null when it stays as it is. */
  changed: { coder: Coder; create: boolean } | null
  conflicts: MergeConflict[]
  quarantined: QuarantinedAnnotation[]
  /** This coder's quarantine after the merge, sorted by annotation id / document id. */
  nextQuarantine: QuarantineEntry[]
  waitingRecords: QuarantinedDocumentRecord[]
  memoConflicts: MergeReport['memoConflicts']
  codeNotes: CodeNoteEntries
  documents: MergeReport['documents']
}

export interface CoderPlan {
  summary: CoderPlanSummary
  /** What to write; null when the coder's file stays as it is. */
  change: CoderChanges | null
}

interface Candidate {
  raw: Annotation
  coder: Coder
  documentHash: string | null
  codeName: string | null
  /** The file it came from, or "quarantine". */
  source: string
}

const QUARANTINE_SOURCE = 'quarantine'

/** Every version of each annotation id. */
interface Candidates {
  readonly size: number
  first(): Candidate | undefined
  /** Visits each id with its versions, in id order; `versions` is only valid during the call. */
  forEachInIdOrder(visit: (id: string, versions: readonly Candidate[]) => void): void
}

/**
 * The versions the merge sees of each annotation. The usual case, one file and nothing in
 * quarantine, is one version per id: then the file's own (id-sorted) order is used as it
 * is, without a map of 50,000 lists.
 */
function candidatesById(quarantined: readonly QuarantineEntry[], sources: readonly AnnotationSource[]): Candidates {
  const candidate = (raw: Annotation, { name, file }: AnnotationSource): Candidate => ({
    raw,
    coder: file.coder,
    documentHash: ownValue(file.documentHashes, raw.documentId) ?? null,
    codeName: ownValue(file.codeNames, raw.codeId) ?? null,
    source: name,
  })
  if (quarantined.length === 0 && sources.length === 1) {
    const source = sources[0]
    const list = source.file.annotations
    const sorted = source.sortedById ? list : [...list].sort((a, b) => compare(a.id, b.id))
    const one: Candidate[] = []
    return {
      size: sorted.length,
      first: () => (sorted.length ? candidate(sorted[0], source) : undefined),
      forEachInIdOrder(visit) {
        for (const raw of sorted) {
          one[0] = candidate(raw, source)
          visit(raw.id, one)
        }
      },
    }
  }
  const byId = new Map<string, Candidate[]>()
  const add = (c: Candidate) => {
    const list = byId.get(c.raw.id)
    if (list) list.push(c)
    else byId.set(c.raw.id, [c])
  }
  for (const entry of quarantined) {
    add({ raw: entry.annotation, coder: entry.coder, documentHash: entry.documentHash, codeName: entry.codeName, source: QUARANTINE_SOURCE })
  }
  for (const source of sources) for (const raw of source.file.annotations) add(candidate(raw, source))
  return {
    size: byId.size,
    first: () => byId.values().next().value?.[0],
    forEachInIdOrder(visit) {
      for (const id of [...byId.keys()].sort(compare)) visit(id, byId.get(id)!)
    },
  }
}
const STATUS_RANK: Record<DocumentStatus, number> = { 'not-started': 0, 'in-progress': 1, done: 2 }

/**
 * Plans one coder's merge, touching nothing. For every annotation id it sees the lead's
 * placed version, the quarantined one and every incoming one, and keeps:
 * - placed: the latest version that can be placed (document found by hash or id, code by
 *   id, alias or, if allowed, name; span inside the text);
 * - quarantined: the latest version of all, when that one cannot be placed.
 * Both are maxima over the set of versions ever seen, so merging is idempotent and the
 * result does not depend on the order of files or merges. Incoming versions that lose
 * (and are not already in the project) are reported as conflicts. Document statuses keep
 * the furthest (done > in-progress > not-started); document memos, which carry no time,
 * keep the canonically larger and report the other.
 *
 * Nothing here depends on another coder, which is what lets a merge plan coders in
 * parallel threads and still give the result of planning them one after another.
 */
export function planCoder(input: CoderMergeInput): CoderPlan {
  const { coderId, view, state, quarantine, sources } = input
  let incomingCoder: Coder | undefined
  for (const { file } of sources) if (!incomingCoder || file.coder.name > incomingCoder.name) incomingCoder = file.coder
  const byId = candidatesById(quarantine.annotations, sources)
  const summary: CoderPlanSummary = {
    coderId,
    counts: null,
    changed: null,
    conflicts: [],
    quarantined: [],
    nextQuarantine: [],
    waitingRecords: [],
    memoConflicts: [],
    codeNotes: { renamed: [], aliased: [], nameOnly: [], missing: [] },
    documents: documentSummary(view, sources),
  }
  const codeNotes = new CodeNotes()
  let change: CoderChanges | null = null
  let count: MergeCoderCounts | null = null
  if (byId.size || incomingCoder) {
    const coder = state?.coder ?? incomingCoder ?? byId.first()!.coder
    change = { coder, create: false, puts: [], statuses: [], memos: [] }
    count = emptyCounts(coderId, coder.name, false)
    planAnnotations(input, byId, change, count, summary, codeNotes)
    change.create = count.created = !state && (incomingCoder !== undefined || change.puts.length > 0)
  }
  const records = planDocumentRecords(input, change, count, summary)
  change = records.change
  summary.counts = records.count
  for (const { file } of sources) codeNotes.renamed(view, file.codeNames)
  summary.codeNotes = codeNotes.entries()
  const changes = change && (change.create || change.puts.length || change.statuses.length || change.memos.length) ? change : null
  summary.changed = changes && { coder: changes.coder, create: changes.create }
  return { summary, change: changes }
}

function planAnnotations(
  input: CoderMergeInput,
  byId: Candidates,
  change: CoderChanges,
  count: MergeCoderCounts,
  summary: CoderPlanSummary,
  codeNotes: CodeNotes,
): void {
  const { coderId, view, options, state } = input
  byId.forEachInIdOrder((id, list) => {
    const existing = state?.get(id)
    // The common cases kept cheap: one version, new (a first merge) or the one the project
    // has (merging a coder's file again), that places cleanly where it is.
    if (list.length === 1 && list[0].source !== QUARANTINE_SOURCE && (!existing || sameJson(existing, list[0].raw))) {
      const only = list[0]
      const placement = placeAnnotation(view, only.raw, only.documentHash, only.codeName, options)
      if (placement.ok && (!existing || placement.annotation === only.raw)) {
        if (!only.raw.deleted) codeNotes.note(only.raw, only.codeName, placement)
        if (existing) count.unchanged++
        else {
          change.puts.push(placement.annotation)
          count.new++
        }
        return
      }
    }
    const quarantined = list.find((c) => c.source === QUARANTINE_SOURCE)
    const placed: { candidate: Candidate; placement: Placement }[] = []
    for (const candidate of dedupe(list)) {
      const placement = placeAnnotation(view, candidate.raw, candidate.documentHash, candidate.codeName, options)
      if (!candidate.raw.deleted) codeNotes.note(candidate.raw, candidate.codeName, placement)
      placed.push({ candidate, placement })
    }
    const versionOf = (p: (typeof placed)[number]) => (p.placement.ok ? p.placement.annotation : p.candidate.raw)
    const winnerPlaced = latest([existing, ...placed.map((p) => (p.placement.ok ? p.placement.annotation : undefined))])
    const unplaceable = placed.filter((p) => !p.placement.ok)
    const latestUnplaceable = latest(unplaceable.map((p) => p.candidate.raw))
    const quarantineWins = latestUnplaceable !== undefined && (!winnerPlaced || compareVersions(latestUnplaceable, winnerPlaced) > 0)
    if (winnerPlaced && existing !== winnerPlaced && !(existing && sameJson(existing, winnerPlaced))) {
      change.puts.push(winnerPlaced)
      if (!existing) count.new++
      else if (winnerPlaced.deleted && !existing.deleted) count.deleted++
      else count.updated++
      if (quarantined && quarantined.raw.id === winnerPlaced.id && placed.some((p) => p.candidate === quarantined && p.placement.ok)) count.placedFromQuarantine++
    } else if (existing) {
      count.unchanged++
    }
    let kept: Annotation | undefined = winnerPlaced
    if (quarantineWins) {
      const entry = unplaceable.find((p) => p.candidate.raw === latestUnplaceable)!
      summary.nextQuarantine.push({ coder: entry.candidate.coder, annotation: latestUnplaceable!, documentHash: entry.candidate.documentHash, codeName: entry.candidate.codeName })
      count.quarantined++
      const why = entry.placement as Extract<Placement, { ok: false }>
      summary.quarantined.push({ coderId, annotationId: id, documentId: latestUnplaceable!.documentId, codeId: latestUnplaceable!.codeId, reason: why.reason, message: why.message })
      kept = latestUnplaceable
    }
    const losers = placed.filter((p) => {
      if (p.candidate.source === QUARANTINE_SOURCE) return false
      const version = versionOf(p)
      if (kept && sameJson(version, kept)) return false
      if (winnerPlaced && sameJson(version, winnerPlaced)) return false
      if (existing && sameJson(version, existing)) return false
      if (quarantined && sameJson(p.candidate.raw, quarantined.raw)) return false
      return true
    })
    if (losers.length) {
      count.conflicting++
      summary.conflicts.push({
        coderId,
        annotationId: id,
        winner: kept!,
        losers: losers.map((p) => ({ source: p.candidate.source, annotation: versionOf(p) })),
      })
    }
  })
}

/** Statuses and memos: placed on the lead's documents, or kept in quarantine until the document arrives. */
function planDocumentRecords(
  input: CoderMergeInput,
  change: CoderChanges | null,
  count: MergeCoderCounts | null,
  summary: CoderPlanSummary,
): { change: CoderChanges | null; count: MergeCoderCounts | null } {
  const { view, state, quarantine, sources } = input
  type Incoming = { coder: Coder; documentId: string; documentHash: string | null; status: DocumentStatus | null; memo: Memo | null }
  const incoming: Incoming[] = quarantine.documentRecords.map((r) => ({ ...r }))
  for (const { file } of sources) {
    const ids = new Set([...Object.keys(file.documentStatus), ...Object.keys(file.documentMemos)])
    for (const documentId of ids) {
      incoming.push({
        coder: file.coder,
        documentId,
        documentHash: ownValue(file.documentHashes, documentId) ?? null,
        status: file.documentStatus[documentId] ?? null,
        memo: file.documentMemos[documentId] ?? null,
      })
    }
  }
  const placed = new Map<string, { coder: Coder; documentId: string; statuses: DocumentStatus[]; memos: Memo[] }>()
  const waiting = new Map<string, QuarantinedDocumentRecord>()
  for (const r of incoming) {
    const match = matchDocument(view, r.documentId, r.documentHash)
    if (!match) {
      const before = waiting.get(r.documentId)
      waiting.set(r.documentId, {
        coder: r.coder,
        documentId: r.documentId,
        documentHash: r.documentHash ?? before?.documentHash ?? null,
        status: furthest([before?.status ?? null, r.status]),
        memo: larger(before?.memo ?? null, r.memo),
      })
      continue
    }
    let entry = placed.get(match.meta.id)
    if (!entry) placed.set(match.meta.id, (entry = { coder: r.coder, documentId: match.meta.id, statuses: [], memos: [] }))
    if (r.status) entry.statuses.push(r.status)
    if (r.memo) entry.memos.push(r.memo)
  }
  for (const documentId of [...placed.keys()].sort(compare)) {
    const entry = placed.get(documentId)!
    change ??= { coder: entry.coder, create: !state, puts: [], statuses: [], memos: [] }
    count ??= emptyCounts(entry.coder.id, entry.coder.name, !state)
    const current = state ? (ownValue(state.statuses, documentId) ?? null) : null
    const status = furthest([current, ...entry.statuses])
    if (status && status !== current) {
      change.statuses.push({ documentId, status })
      count.statusesChanged++
    }
    const currentMemo = state?.memo(documentId) ?? null
    let memo = currentMemo
    for (const m of entry.memos) {
      const next = larger(memo, m)
      const other = next === m ? memo : m
      if (other && !sameJson(other, next)) summary.memoConflicts.push({ coderId: entry.coder.id, documentId, kept: next!, other })
      memo = next
    }
    if (memo && !(currentMemo && sameJson(memo, currentMemo))) {
      change.memos.push({ documentId, memo })
      count.memosChanged++
    }
  }
  summary.waitingRecords = [...waiting.entries()].sort(([a], [b]) => compare(a, b)).map(([, r]) => r)
  return { change, count }
}

function furthest(statuses: readonly (DocumentStatus | null)[]): DocumentStatus | null {
  let best: DocumentStatus | null = null
  for (const s of statuses) if (s && (!best || STATUS_RANK[s] > STATUS_RANK[best])) best = s
  return best
}

/** Of two memos, the one with the larger canonical JSON (a deterministic, order-free choice). */
function larger(a: Memo | null, b: Memo | null): Memo | null {
  if (!a) return b
  if (!b) return a
  return canonicalJson(b) > canonicalJson(a) ? b : a
}

/** Candidates with identical content collapse to one (the same file merged twice). */
function dedupe(list: readonly Candidate[]): Candidate[] {
  if (list.length === 1) return [...list]
  const out: Candidate[] = []
  for (const c of list) {
    const twin = out.find((o) => sameJson(o.raw, c.raw) && o.documentHash === c.documentHash && o.codeName === c.codeName)
    if (!twin) out.push(c)
    else if (c.source === QUARANTINE_SOURCE) out[out.indexOf(twin)] = c
  }
  return out
}

/** How this coder's files' documents matched the lead's: by hash, by id, or not at all. */
function documentSummary(view: LeadView, sources: readonly AnnotationSource[]): MergeReport['documents'] {
  let matchedByHash = 0
  let matchedById = 0
  const missing = new Map<string, MergeReport['documents']['missing'][number]>()
  for (const { file, documentCounts } of sources) {
    const perDocument = new Map(documentCounts)
    for (const id of Object.keys(file.documentStatus)) if (!perDocument.has(id)) perDocument.set(id, 0)
    for (const [documentId, annotations] of perDocument) {
      const hash = ownValue(file.documentHashes, documentId) ?? null
      const match = matchDocument(view, documentId, hash)
      if (match?.by === 'hash') matchedByHash++
      else if (match) matchedById++
      else {
        const before = missing.get(documentId)
        missing.set(documentId, { documentId, documentHash: hash, coderId: file.coder.id, annotations: Math.max(before?.annotations ?? 0, annotations) })
      }
    }
  }
  return { matchedByHash, matchedById, missing: [...missing.entries()].sort(([a], [b]) => compare(a, b)).map(([, m]) => m) }
}

function emptyCounts(coderId: string, name: string, created: boolean): MergeCoderCounts {
  return { coderId, name, created, new: 0, updated: 0, deleted: 0, unchanged: 0, conflicting: 0, quarantined: 0, placedFromQuarantine: 0, statusesChanged: 0, memosChanged: 0 }
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

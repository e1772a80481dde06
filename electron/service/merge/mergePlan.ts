import type { MergeCoderCounts, MergeConflict, MergeReport, QuarantinedAnnotation } from '../../../shared/contract'
import type { Annotation, Coder, DocumentStatus, Memo } from '../../../shared/model'
import { canonicalJson } from '../../store/canonicalJson'
import type { AnnotationSource } from './annotationSources'
import { matchDocument, placeAnnotation, type LeadView, type Placement, type PlacementOptions } from './placement'
import type { QuarantineEntry, QuarantineFile, QuarantinedDocumentRecord } from './quarantineFile'
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

export type PlanReport = Pick<MergeReport, 'coders' | 'conflicts' | 'quarantined' | 'documents' | 'codes' | 'memoConflicts' | 'quarantinedDocumentRecords'>

export interface MergePlan {
  changes: CoderChanges[]
  quarantine: QuarantineFile
  quarantineChanged: boolean
  report: PlanReport
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
const STATUS_RANK: Record<DocumentStatus, number> = { 'not-started': 0, 'in-progress': 1, done: 2 }

/**
 * Plans a merge, touching nothing. For every annotation (coder, id) it sees the lead's
 * placed version, the quarantined one and every incoming one, and keeps:
 * - placed: the latest version that can be placed (document found by hash or id, code by
 *   id, alias or, if allowed, name; span inside the text);
 * - quarantined: the latest version of all, when that one cannot be placed.
 * Both are maxima over the set of versions ever seen, so merging is idempotent and the
 * result does not depend on the order of files or merges. Incoming versions that lose
 * (and are not already in the project) are reported as conflicts. Document statuses keep
 * the furthest (done > in-progress > not-started); document memos, which carry no time,
 * keep the canonically larger and report the other.
 */
export function planMerge(input: {
  view: LeadView
  options: PlacementOptions
  coders: ReadonlyMap<string, CoderState>
  quarantine: QuarantineFile
  sources: readonly AnnotationSource[]
}): MergePlan {
  const { view, options, coders, quarantine, sources } = input
  const candidates = new Map<string, Map<string, Candidate[]>>()
  const incomingCoders = new Map<string, Coder>()
  const add = (c: Candidate) => {
    let byId = candidates.get(c.coder.id)
    if (!byId) candidates.set(c.coder.id, (byId = new Map()))
    const list = byId.get(c.raw.id)
    if (list) list.push(c)
    else byId.set(c.raw.id, [c])
  }
  for (const entry of quarantine.annotations) {
    add({ raw: entry.annotation, coder: entry.coder, documentHash: entry.documentHash, codeName: entry.codeName, source: QUARANTINE_SOURCE })
  }
  for (const { name, file } of sources) {
    const known = incomingCoders.get(file.coder.id)
    if (!known || file.coder.name > known.name) incomingCoders.set(file.coder.id, file.coder)
    for (const raw of file.annotations) {
      add({ raw, coder: file.coder, documentHash: file.documentHashes[raw.documentId] ?? null, codeName: file.codeNames[raw.codeId] ?? null, source: name })
    }
  }

  const report = emptyReport()
  const codeNotes = new CodeNotes()
  const nextQuarantine: QuarantineEntry[] = []
  const changes = new Map<string, CoderChanges>()
  const counts = new Map<string, MergeCoderCounts>()
  const coderIds = [...new Set([...candidates.keys(), ...incomingCoders.keys()])].sort(compare)
  for (const coderId of coderIds) {
    const state = coders.get(coderId)
    const coder = state?.coder ?? incomingCoders.get(coderId) ?? candidates.get(coderId)!.values().next().value![0].coder
    const change: CoderChanges = { coder, create: false, puts: [], statuses: [], memos: [] }
    const count = emptyCounts(coderId, coder.name, false)
    changes.set(coderId, change)
    counts.set(coderId, count)
    const byId = candidates.get(coderId) ?? new Map<string, Candidate[]>()
    for (const id of [...byId.keys()].sort(compare)) {
      const list = byId.get(id)!
      const existing = state?.get(id)
      // The common case of a first merge, kept cheap: one new version that places cleanly.
      if (!existing && list.length === 1 && list[0].source !== QUARANTINE_SOURCE) {
        const only = list[0]
        const placement = placeAnnotation(view, only.raw, only.documentHash, only.codeName, options)
        if (placement.ok) {
          if (!only.raw.deleted) codeNotes.note(only, placement)
          change.puts.push(placement.annotation)
          count.new++
          continue
        }
      }
      const quarantined = list.find((c) => c.source === QUARANTINE_SOURCE)
      const placed: { candidate: Candidate; placement: Placement }[] = []
      for (const candidate of dedupe(list)) {
        const placement = placeAnnotation(view, candidate.raw, candidate.documentHash, candidate.codeName, options)
        if (!candidate.raw.deleted) codeNotes.note(candidate, placement)
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
        nextQuarantine.push({ coder: entry.candidate.coder, annotation: latestUnplaceable!, documentHash: entry.candidate.documentHash, codeName: entry.candidate.codeName })
        count.quarantined++
        const why = entry.placement as Extract<Placement, { ok: false }>
        report.quarantined.push({ coderId, annotationId: id, documentId: latestUnplaceable!.documentId, codeId: latestUnplaceable!.codeId, reason: why.reason, message: why.message })
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
        report.conflicts.push({
          coderId,
          annotationId: id,
          winner: kept!,
          losers: losers.map((p) => ({ source: p.candidate.source, annotation: versionOf(p) })),
        })
      }
    }
    change.create = count.created = !state && (incomingCoders.has(coderId) || change.puts.length > 0)
  }

  const records = planDocumentRecords(view, coders, quarantine, sources, changes, counts, report)
  for (const file of sources) codeNotes.renamed(view, file.file.codeNames)
  report.codes = codeNotes.summary()
  report.documents = documentSummary(view, sources)
  report.coders = [...counts.values()].sort((a, b) => compare(a.coderId, b.coderId))
  nextQuarantine.sort((a, b) => compare(a.coder.id, b.coder.id) || compare(a.annotation.id, b.annotation.id))
  const nextFile: QuarantineFile = { format: 'margin-quarantine', schemaVersion: 1, annotations: nextQuarantine, documentRecords: records }
  const quarantineChanged = !sameJson(
    { annotations: quarantine.annotations, documentRecords: quarantine.documentRecords },
    { annotations: nextFile.annotations, documentRecords: nextFile.documentRecords },
  )
  return {
    changes: [...changes.values()].filter((c) => c.create || c.puts.length || c.statuses.length || c.memos.length),
    quarantine: nextFile,
    quarantineChanged,
    report,
  }
}

/** Statuses and memos: placed on the lead's documents, or kept in quarantine until the document arrives. */
function planDocumentRecords(
  view: LeadView,
  coders: ReadonlyMap<string, CoderState>,
  quarantine: QuarantineFile,
  sources: readonly AnnotationSource[],
  changes: Map<string, CoderChanges>,
  counts: Map<string, MergeCoderCounts>,
  report: PlanReport,
): QuarantinedDocumentRecord[] {
  type Incoming = { coder: Coder; documentId: string; documentHash: string | null; status: DocumentStatus | null; memo: Memo | null }
  const incoming: Incoming[] = quarantine.documentRecords.map((r) => ({ ...r }))
  for (const { file } of sources) {
    const ids = new Set([...Object.keys(file.documentStatus), ...Object.keys(file.documentMemos)])
    for (const documentId of ids) {
      incoming.push({
        coder: file.coder,
        documentId,
        documentHash: file.documentHashes[documentId] ?? null,
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
      const key = `${r.coder.id}\u0000${r.documentId}`
      const before = waiting.get(key)
      waiting.set(key, {
        coder: r.coder,
        documentId: r.documentId,
        documentHash: r.documentHash ?? before?.documentHash ?? null,
        status: furthest([before?.status ?? null, r.status]),
        memo: larger(before?.memo ?? null, r.memo),
      })
      continue
    }
    const key = `${r.coder.id}\u0000${match.meta.id}`
    let entry = placed.get(key)
    if (!entry) placed.set(key, (entry = { coder: r.coder, documentId: match.meta.id, statuses: [], memos: [] }))
    if (r.status) entry.statuses.push(r.status)
    if (r.memo) entry.memos.push(r.memo)
  }
  for (const key of [...placed.keys()].sort(compare)) {
    const entry = placed.get(key)!
    const state = coders.get(entry.coder.id)
    let change = changes.get(entry.coder.id)
    if (!change) {
      change = { coder: entry.coder, create: !state, puts: [], statuses: [], memos: [] }
      changes.set(entry.coder.id, change)
    }
    let count = counts.get(entry.coder.id)
    if (!count) counts.set(entry.coder.id, (count = emptyCounts(entry.coder.id, entry.coder.name, !state)))
    const current = state?.statuses[entry.documentId] ?? null
    const status = furthest([current, ...entry.statuses])
    if (status && status !== current) {
      change.statuses.push({ documentId: entry.documentId, status })
      count.statusesChanged++
    }
    const currentMemo = state?.memo(entry.documentId) ?? null
    let memo = currentMemo
    for (const m of entry.memos) {
      const next = larger(memo, m)
      const other = next === m ? memo : m
      if (other && !sameJson(other, next)) {
        report.memoConflicts.push({ coderId: entry.coder.id, documentId: entry.documentId, kept: next!, other })
      }
      memo = next
    }
    if (memo && !(currentMemo && sameJson(memo, currentMemo))) {
      change.memos.push({ documentId: entry.documentId, memo })
      count.memosChanged++
    }
  }
  const records = [...waiting.entries()].sort(([a], [b]) => compare(a, b)).map(([, r]) => r)
  report.quarantinedDocumentRecords = records.map((r) => ({ coderId: r.coder.id, documentId: r.documentId, status: r.status, hasMemo: r.memo !== null }))
  return records
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

function documentSummary(view: LeadView, sources: readonly AnnotationSource[]): PlanReport['documents'] {
  let matchedByHash = 0
  let matchedById = 0
  const missing = new Map<string, PlanReport['documents']['missing'][number]>()
  for (const { file } of sources) {
    const perDocument = new Map<string, number>()
    for (const a of file.annotations) perDocument.set(a.documentId, (perDocument.get(a.documentId) ?? 0) + 1)
    for (const id of Object.keys(file.documentStatus)) if (!perDocument.has(id)) perDocument.set(id, 0)
    for (const [documentId, annotations] of perDocument) {
      const hash = file.documentHashes[documentId] ?? null
      const match = matchDocument(view, documentId, hash)
      if (match?.by === 'hash') matchedByHash++
      else if (match) matchedById++
      else {
        const key = `${file.coder.id}\u0000${documentId}`
        const before = missing.get(key)
        missing.set(key, { documentId, documentHash: hash, coderId: file.coder.id, annotations: Math.max(before?.annotations ?? 0, annotations) })
      }
    }
  }
  return { matchedByHash, matchedById, missing: [...missing.entries()].sort(([a], [b]) => compare(a, b)).map(([, m]) => m) }
}

/** Collects codebook drift: renamed, aliased, name-only and missing codes, each once. */
class CodeNotes {
  private readonly renamedCodes = new Map<string, { codeId: string; theirName: string; ourName: string }>()
  private readonly aliased = new Map<string, { from: string; to: string; name: string }>()
  private readonly nameOnly = new Map<string, { codeId: string; name: string; matches: string; applied: boolean }>()
  private readonly missing = new Map<string, { codeId: string; name: string | null }>()

  note(candidate: Candidate, placement: Placement): void {
    const code = placement.code
    if (!code) return
    const id = candidate.raw.codeId
    if (code.code && code.by === 'alias') this.aliased.set(id, { from: id, to: code.code.id, name: code.code.name })
    else if (code.code && code.by === 'name') this.nameOnly.set(id, { codeId: id, name: candidate.codeName ?? '', matches: code.code.id, applied: true })
    else if (!code.code && code.reason === 'code-name-only') {
      this.nameOnly.set(id, { codeId: id, name: candidate.codeName ?? '', matches: code.nameMatch!.id, applied: false })
    } else if (!code.code) this.missing.set(id, { codeId: id, name: candidate.codeName })
  }

  renamed(view: LeadView, codeNames: Readonly<Record<string, string>>): void {
    for (const [codeId, theirName] of Object.entries(codeNames)) {
      const ours = view.codesById.get(codeId)
      if (ours && ours.name !== theirName) this.renamedCodes.set(`${codeId}\u0000${theirName}`, { codeId, theirName, ourName: ours.name })
    }
  }

  summary(): PlanReport['codes'] {
    const sorted = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => compare(a, b)).map(([, v]) => v)
    return { renamed: sorted(this.renamedCodes), aliased: sorted(this.aliased), nameOnly: sorted(this.nameOnly), missing: sorted(this.missing) }
  }
}

function emptyReport(): PlanReport {
  return {
    coders: [],
    conflicts: [] as MergeConflict[],
    quarantined: [] as QuarantinedAnnotation[],
    documents: { matchedByHash: 0, matchedById: 0, missing: [] },
    codes: { renamed: [], aliased: [], nameOnly: [], missing: [] },
    memoConflicts: [],
    quarantinedDocumentRecords: [],
  }
}

function emptyCounts(coderId: string, name: string, created: boolean): MergeCoderCounts {
  return { coderId, name, created, new: 0, updated: 0, deleted: 0, unchanged: 0, conflicting: 0, quarantined: 0, placedFromQuarantine: 0, statusesChanged: 0, memosChanged: 0 }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

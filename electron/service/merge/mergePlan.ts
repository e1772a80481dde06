import type { MergeReport } from '../../../shared/contract'
import { CodeNotes } from './codeNotes'
import { compare, type CoderPlanSummary } from './coderPlan'
import type { QuarantineFile } from './quarantineFile'
import { sameJson } from './versionOrder'

export type PlanReport = Pick<MergeReport, 'coders' | 'conflicts' | 'quarantined' | 'documents' | 'codes' | 'memoConflicts' | 'quarantinedDocumentRecords'>

export interface MergePlan {
  /** The coders whose files change, by id. */
  changed: Map<string, NonNullable<CoderPlanSummary['changed']>>
  quarantine: QuarantineFile
  quarantineChanged: boolean
  report: PlanReport
}

/**
 * Puts the coders' plans (see planCoder) together into the merge's report and the next
 * quarantine. Coders are taken in id order, so the result is the same whichever thread
 * planned which coder and in whatever order they finished.
 */
export function combineCoderPlans(plans: readonly CoderPlanSummary[], quarantine: QuarantineFile): MergePlan {
  const sorted = [...plans].sort((a, b) => compare(a.coderId, b.coderId))
  const codeNotes = new CodeNotes()
  const report: PlanReport = {
    coders: [],
    conflicts: [],
    quarantined: [],
    documents: { matchedByHash: 0, matchedById: 0, missing: [] },
    codes: { renamed: [], aliased: [], nameOnly: [], missing: [] },
    memoConflicts: [],
    quarantinedDocumentRecords: [],
  }
  const next: QuarantineFile = { format: 'margin-quarantine', schemaVersion: 1, annotations: [], documentRecords: [] }
  const changed = new Map<string, NonNullable<CoderPlanSummary['changed']>>()
  for (const plan of sorted) {
    if (plan.counts) report.coders.push(plan.counts)
    if (plan.changed) changed.set(plan.coderId, plan.changed)
    report.conflicts.push(...plan.conflicts)
    report.quarantined.push(...plan.quarantined)
    report.memoConflicts.push(...plan.memoConflicts)
    report.documents.matchedByHash += plan.documents.matchedByHash
    report.documents.matchedById += plan.documents.matchedById
    report.documents.missing.push(...plan.documents.missing)
    next.annotations.push(...plan.nextQuarantine)
    next.documentRecords.push(...plan.waitingRecords)
    codeNotes.add(plan.codeNotes)
  }
  report.codes = codeNotes.summary()
  report.quarantinedDocumentRecords = next.documentRecords.map((r) => ({ coderId: r.coder.id, documentId: r.documentId, status: r.status, hasMemo: r.memo !== null }))
  const quarantineChanged = !sameJson(
    { annotations: quarantine.annotations, documentRecords: quarantine.documentRecords },
    { annotations: next.annotations, documentRecords: next.documentRecords },
  )
  return { changed, quarantine: next, quarantineChanged, report }
}

import type { AgreementReport, ReliabilityFlag } from '../agreement'
import type { Annotation, DocumentStatus, Memo } from '../model'
import type { Assignment } from '../team'

/** What `team.pack` wrote. */
export interface PackSummary {
  path: string
  coder: { id: string; name: string }
  assignment: Assignment
  bytes: number
}

/** What `team.exportAnnotations` wrote. */
export interface AnnotationExportSummary {
  path: string
  coderId: string
  /** Annotations in the file, tombstones included. */
  annotations: number
  documents: number
}

/** Why an annotation could not be placed in the lead's project. */
export type UnplaceableReason = 'document-missing' | 'code-missing' | 'code-name-only' | 'span-outside-text'

/** Per coder: what a merge does (or did) to that coder's annotations. */
export interface MergeCoderCounts {
  coderId: string
  name: string
  /** The coder was not in the project; the merge adds them. */
  created: boolean
  new: number
  updated: number
  /** Live annotations the merge turns into tombstones. */
  deleted: number
  unchanged: number
  /** Annotations with a version that lost to a later edit (see `conflicts`). */
  conflicting: number
  /** Annotations that could not be placed and are (or stay) in quarantine. */
  quarantined: number
  /** Quarantined earlier, placed by this merge. */
  placedFromQuarantine: number
  statusesChanged: number
  memosChanged: number
}

/** An annotation edited in more than one place: the version kept and those that lost. */
export interface MergeConflict {
  coderId: string
  annotationId: string
  winner: Annotation
  losers: { source: string; annotation: Annotation }[]
}

export interface QuarantinedAnnotation {
  coderId: string
  annotationId: string
  /** As the coder's file has them. */
  documentId: string
  codeId: string
  reason: UnplaceableReason
  message: string
}

/**
 * The preview (`merge.preview`) or result (`merge.apply`) of merging annotation files.
 * Everything is sorted, so the same inputs give the same report.
 */
export interface MergeReport {
  /** The merge's id (its report is `.margin/merges/<id>.json`); null for a preview. */
  id: string | null
  dryRun: boolean
  at: string
  files: { name: string; coderId: string; coderName: string; annotations: number; sha256: string }[]
  coders: MergeCoderCounts[]
  conflicts: MergeConflict[]
  quarantined: QuarantinedAnnotation[]
  documents: {
    matchedByHash: number
    /** Matched by id because the file gave no hash for them. */
    matchedById: number
    missing: { documentId: string; documentHash: string | null; coderId: string; annotations: number }[]
  }
  codes: {
    /** Same id, another name on the lead's side: placed, reported. */
    renamed: { codeId: string; theirName: string; ourName: string }[]
    /** An id the lead listed in a code's `aliases` (a renamed id or a merged code): placed on that code. */
    aliased: { from: string; to: string; name: string }[]
    /** An unknown id whose name matches a code: placed only with `matchCodeNames`. */
    nameOnly: { codeId: string; name: string; matches: string; applied: boolean }[]
    /** Unknown id, no name match: quarantined. */
    missing: { codeId: string; name: string | null }[]
  }
  /** Document memos differ and carry no time: the canonically larger one is kept. */
  memoConflicts: { coderId: string; documentId: string; kept: Memo; other: Memo }[]
  /** Statuses and memos of documents the lead does not have: quarantined with the annotations. */
  quarantinedDocumentRecords: { coderId: string; documentId: string; status: DocumentStatus | null; hasMemo: boolean }[]
  /** Project files the merge changes (or changed), relative to the project folder. */
  touched: string[]
  changed: boolean
}

export interface MergeUndoResult {
  mergeId: string
  restored: string[]
  removed: string[]
}

export interface MergeHistoryEntry {
  id: string
  at: string
  files: string[]
  touched: string[]
  undoneAt: string | null
  /** Set when the pre-merge copies were removed (only the latest merges keep them): it can no longer be undone. */
  copiesRemovedAt: string | null
}

export interface QuarantineSummary {
  annotations: (QuarantinedAnnotation & { annotation: Annotation })[]
  documentRecords: { coderId: string; documentId: string; documentHash: string | null; status: DocumentStatus | null; hasMemo: boolean }[]
}

export type AgreementUnit = 'document' | 'paragraph' | 'sentence' | 'span'

/** Unitizing alpha (span units) for one code or a set of codes. */
export interface UnitizingSummary {
  unitizing_alpha: number | null
  reason: string | null
  /** Units coded (after merging a coder's overlapping spans), over all coders. */
  units: number
  /** Total length of the documents compared, in code points. */
  length: number
  flag: ReliabilityFlag
}

export interface CodeAgreement {
  codeId: string
  name: string
  groupId: string
  /** Presence agreement (document, paragraph, sentence units); null for span units. */
  report: AgreementReport | null
  /** Span units only. */
  unitizing: UnitizingSummary | null
  /** Document units only: agreement on each scale/list/code attribute of a document-level code. */
  attributes: { attributeId: string; name: string; report: AgreementReport }[]
  flag: ReliabilityFlag
}

export interface GroupAgreement {
  groupId: string
  name: string
  report: AgreementReport | null
  unitizing: UnitizingSummary | null
  meanAlpha: number | null
  flag: ReliabilityFlag
}

/** Agreement on a project for the chosen unit of analysis and coders. */
export interface ProjectAgreement {
  unit: AgreementUnit
  coders: string[]
  /** Documents every compared coder coded: the units' source. */
  documents: number
  codes: CodeAgreement[]
  groups: GroupAgreement[]
  overall: { report: AgreementReport | null; unitizing: UnitizingSummary | null; meanAlpha: number | null; flag: ReliabilityFlag }
  disagreements: { total: number; resolved: number }
}

/** One unit and code on which the coders differ, for drill-down and adjudication. */
export interface Disagreement {
  /** Stable: `<unit>:<documentId>:<start>-<end>:<codeId>` (document units: no offsets). */
  id: string
  unit: AgreementUnit
  documentId: string
  /** Code point offsets of the unit (a paragraph, sentence or span cluster); null for a document. */
  start: number | null
  end: number | null
  codeId: string
  /** Coder id → 1 (applied in the unit) or 0. */
  values: Record<string, number>
  /** Coder id → their live annotations of the code in the unit. */
  annotations: Record<string, Annotation[]>
  resolution: AdjudicationRecord | null
}

export interface DisagreementPage {
  total: number
  resolved: number
  items: Disagreement[]
}

export type AdjudicationAction = 'accept' | 'both' | 'neither' | 'edit'

/** How one disagreement was settled (`adjudication.json`). */
export interface AdjudicationRecord {
  disagreementId: string
  action: AdjudicationAction
  /** The coders whose annotations were accepted (accept: one, both: several). */
  coders: string[]
  /** Consensus annotations this resolution wrote. */
  annotationIds: string[]
  at: string
}

/** What copying the coders' agreed codings into the consensus did (see acceptAgreedCodings). */
export interface AgreedCodingsResult {
  /** The record's id, for adjudication.undo: `agreed:<unit>`. */
  id: string
  unit: AgreementUnit
  /** Whose annotations were copied: the first coder compared. */
  coder: string
  /** (unit, code) pairs on which every compared coder agrees. */
  units: number
  copied: number
  /** Agreed annotations the consensus already held. */
  alreadyThere: number
  progress: { total: number; resolved: number }
}

export interface AdjudicationResult {
  record: AdjudicationRecord | null
  consensus: Annotation[]
  progress: { total: number; resolved: number }
}

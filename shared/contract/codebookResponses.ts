import type { Annotation, Codebook, DocumentMeta } from '../model'
import type { CodebookDiff } from '../codebook/codebookDiff'

export type { CodebookDiff } from '../codebook/codebookDiff'

/** Live annotations per code id, per coder id (codes without any are left out). */
export interface CodeUsage {
  codes: Record<string, Record<string, number>>
}

/** What one coder's annotations went through in a merge, delete or split. */
export interface CoderTouch {
  coderId: string
  coderName: string
  /** Annotations moved to another code (merge, split). */
  moved: number
  /** Annotations turned into tombstones (delete; a merge's duplicate document-level codings). */
  deleted: number
  /** Annotations whose 'code' attribute (a stance's actor, say) was re-pointed or cleared. */
  attributeChanges: number
}

/** The outcome of a merge, delete, split or checked save: the new codebook and how to undo it. */
export interface CodebookChangeReport {
  codebook: Codebook
  /** Pass to codebook.undo; valid while this service runs and nothing changed those things since. */
  undoId: string
  touched: CoderTouch[]
}

/** What importing a codebook file would do, before it is done. */
export interface CodebookImportPreview {
  /** Null when the file is not a valid codebook (see problems). */
  diff: CodebookDiff | null
  codes: number
  groups: number
  /** Why the file is not a valid codebook. */
  problems: string[]
  /** Why the import would be refused though the file is valid (it would drop codes in use…), or null. */
  refusal: string | null
}

/** One coded passage (or whole-document coding) as the retrieved-segments view shows it. */
export interface RetrievedSegment {
  annotation: Annotation
  codeName: string
  /** "Group/Parent/Code". */
  codePath: string
  codeColor: string
  coderName: string
  document: Pick<DocumentMeta, 'id' | 'title' | 'outlet' | 'date' | 'variables'>
}

export interface RetrievedSegments {
  segments: RetrievedSegment[]
  /** Segments before the coder and variable filters, so the view can say "12 of 40". */
  unfiltered: number
}

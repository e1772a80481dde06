import type { Annotation, Codebook, Coder, DocumentMeta, DocumentStatus, Memo, VariableDef } from '../model'

/** What the window shows about the open project. */
export interface ProjectSummary {
  path: string
  name: string
  demo: boolean
  /** Why changes are refused (e.g. open in another Margin), or null when writable. */
  readOnlyReason: string | null
  documentCount: number
  variables: VariableDef[]
  /** Files that could not be read, by name and reason; the rest of the project still works. */
  problems: { file: string; message: string }[]
  memo: Memo | null
}

export interface CoderSummary extends Coder {
  annotations: number
  demo: boolean
  /** Document id → status; documents not listed are "not-started". */
  status: Record<string, DocumentStatus>
}

export interface DocumentWithText {
  meta: DocumentMeta
  text: string
}

export interface ImportReport {
  imported: { id: string; title: string; sourceName: string }[]
  duplicates: { sourceName: string; existingId: string; existingTitle: string }[]
  failed: { sourceName: string; reason: string }[]
  cancelled: boolean
}

export interface CsvPreview {
  columns: string[]
  rows: Record<string, string>[]
  suggestedTextColumn: string | null
  delimiter: string
}

export type { Annotation, Codebook, Coder, DocumentMeta }

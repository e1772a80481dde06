import type { Annotation, Codebook, Coder, DocumentMeta, DocumentStatus, VariableDef } from '../model'
import type { ExportTableKind } from './exportOptions'

/** One cell before formatting: text, a number (booleans become 0/1), or missing. */
export type Cell = string | number | null

/** Storage type of a column, as the data dictionary and the SPSS syntax declare it. */
export type ColumnType = 'string' | 'integer' | 'number' | 'date' | 'datetime'

export interface ValueLabel {
  value: string | number
  label: string
}

/** One column of an exported table and everything the data dictionary says about it. */
export interface ExportColumn {
  /** Valid, unique name for R, Stata and SPSS (see columnNames.ts). */
  name: string
  /** Full, human name (e.g. the code path or "Stance: Polarity"); the SPSS variable label. */
  label: string
  type: ColumnType
  description: string
  /** Unit of a number, e.g. "Unicode code points"; empty when none. */
  unit: string
  valueLabels: ValueLabel[]
  /** For columns about one code: its id and full path ("Frames/Security and defense"). */
  codeId: string | null
  codePath: string | null
}

/** One coder's work as the export sees it (live and deleted annotations alike). */
export interface ExportCoder {
  coder: Coder
  annotations: readonly Annotation[]
  statuses: Readonly<Record<string, DocumentStatus>>
}

/** Everything an export reads from a project, in memory; texts are fetched per unit. */
export interface ExportProject {
  codebook: Codebook
  /** In project (import) order. */
  documents: readonly DocumentMeta[]
  variables: readonly VariableDef[]
  coders: readonly ExportCoder[]
}

/**
 * A table ready to stream: its columns, and its rows in units (a document, a code) so a
 * writer can fetch one document text at a time and write rows as they come.
 */
export interface TablePlan<Unit = unknown> {
  kind: ExportTableKind
  columns: ExportColumn[]
  /** Number of rows `rows` will give over all units. */
  rowCount: number
  units: readonly Unit[]
  /** Id of the document whose text `rows(unit, text)` needs, or null. */
  textFor(unit: Unit): string | null
  /** The unit's rows, each with one cell per column, in column order. */
  rows(unit: Unit, text: string | null): Cell[][]
}

/** A column with no units, value labels or code. */
export function column(name: string, label: string, type: ColumnType, description: string, extra: Partial<ExportColumn> = {}): ExportColumn {
  return { name, label, type, description, unit: '', valueLabels: [], codeId: null, codePath: null, ...extra }
}

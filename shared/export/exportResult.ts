import type { Cell, ExportColumn } from './exportTable'
import type { ExportTableKind } from './exportOptions'

/** What `export.preview` returns: the columns, the first rows (raw cells) and the total. */
export interface ExportPreview {
  table: ExportTableKind
  columns: ExportColumn[]
  rows: Cell[][]
  totalRows: number
}

/** What an export wrote. Paths are null for what was not written (stdout, no --spss). */
export interface ExportSummary {
  table: ExportTableKind
  rows: number
  columns: number
  path: string | null
  dictionaryPath: string | null
  spssPath: string | null
}

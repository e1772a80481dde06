import { findRoleColumn } from './csvColumns'
import { readCsvTable } from './csvTable'
import { ImportFileError } from './ImportFileError'
import { csvDelimiter } from './importCsv'
import { assertImportSize } from './importSizeLimit'
import { sourceFormatOf } from './sourceFormatOf'

/** The first rows of a CSV/TSV file, for choosing its columns before importing it. */
export interface CsvPreview {
  columns: string[]
  /** The first 5 data rows, cells by column name, as written in the file. */
  rows: Record<string, string>[]
  /** A column recognised as the text by name, else the one with the longest cells in the preview (if long), else null. */
  suggestedTextColumn: string | null
  delimiter: string
}

const PREVIEW_ROWS = 5
// Shorter average cells are more likely names, codes or headlines than article texts.
const MIN_SUGGESTED_TEXT_LENGTH = 100

/** Reads only as many rows as the preview shows; throws ImportFileError as extractDocuments would. */
export function previewCsv(fileName: string, bytes: Uint8Array, options: { delimiter?: string } = {}): CsvPreview {
  const format = sourceFormatOf(fileName)
  if (format !== 'csv' && format !== 'tsv') throw new ImportFileError(fileName, 'not a CSV or TSV file')
  assertImportSize(fileName, bytes)
  const table = readCsvTable(fileName, bytes, { delimiter: csvDelimiter(format, options), maxRows: PREVIEW_ROWS })
  const rows = table.rows.map((cells) => Object.fromEntries(table.columns.map((name, i) => [name, cells[i]])))
  return {
    columns: table.columns,
    rows,
    suggestedTextColumn: findRoleColumn(table.columns, 'text') ?? longestColumn(table.columns, table.rows),
    delimiter: table.delimiter,
  }
}

function longestColumn(columns: string[], rows: string[][]): string | null {
  if (rows.length === 0) return null
  const averages = columns.map((_, i) => rows.reduce((sum, row) => sum + row[i].length, 0) / rows.length)
  const best = averages.indexOf(Math.max(...averages))
  return averages[best] >= MIN_SUGGESTED_TEXT_LENGTH ? columns[best] : null
}

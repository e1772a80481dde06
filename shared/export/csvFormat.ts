import Papa from 'papaparse'
import type { Cell, ExportColumn } from './exportTable'
import { neutralizeFormula } from './formulaInjection'

/** How cells become bytes; every export of the same options writes the same bytes. */
export interface CsvFormat {
  delimiter: ',' | ';' | '\t'
  /** Start with a UTF-8 byte order mark (Excel). */
  bom: boolean
  /** What a missing value is written as ("" by default). */
  missing: string
}

/** Records end with CRLF (RFC 4180); line breaks inside quoted cells stay "\n". */
export const CSV_NEWLINE = '\r\n'
export const BOM = '\uFEFF'

/**
 * The header line (with the BOM first when asked for). Column names are plain
 * identifiers, so they never need quoting or neutralising.
 */
export function csvHeader(columns: readonly ExportColumn[], format: CsvFormat): string {
  return (format.bom ? BOM : '') + columns.map((c) => c.name).join(format.delimiter) + CSV_NEWLINE
}

/**
 * Rows as CSV text, one CRLF-terminated record each, through papaparse's `unparse`:
 * cells holding the delimiter, a quote, a line break or edge spaces are quoted, quotes
 * doubled. Text cells are neutralised against formula injection first (numbers never
 * are); missing cells become `format.missing`. `widths`, when given, is told every text
 * cell so an SPSS reader can size its string variables.
 */
export function csvRows(rows: readonly Cell[][], format: CsvFormat, widths?: StringWidths): string {
  if (rows.length === 0) return ''
  // An empty cell goes to papaparse as null, which it returns at once without its per-cell
  // scans: segments rows have many empty cells.
  const empty = format.missing === '' ? null : format.missing
  const data = rows.map((row) => row.map((cell) => (cell === null || cell === '' ? empty : formatCell(cell, format.missing))))
  widths?.observe(data)
  return Papa.unparse(data, { delimiter: format.delimiter, newline: CSV_NEWLINE, header: false, quotes: false, escapeFormulae: false }) + CSV_NEWLINE
}

/**
 * One cell's text before quoting: numbers in JavaScript's shortest round-trip form with a
 * "." decimal point (-1, 0.25, 1e-7), non-finite numbers and null as missing, text
 * neutralised against formula injection.
 */
export function formatCell(cell: Cell, missing: string): string {
  if (cell === null) return missing
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : missing
  return neutralizeFormula(cell)
}

/** Longest cell of every column, in UTF-8 bytes (SPSS sizes strings in bytes). */
export class StringWidths {
  readonly bytes: number[]

  constructor(columnCount: number) {
    this.bytes = new Array<number>(columnCount).fill(0)
  }

  observe(rows: readonly (string | null)[][]): void {
    for (const row of rows) {
      for (let i = 0; i < row.length; i++) {
        const cell = row[i]
        if (cell === null) continue
        // UTF-8 length is at least the UTF-16 length, so short cells skip the count.
        if (cell.length * 3 <= this.bytes[i]) continue
        const n = utf8Length(cell)
        if (n > this.bytes[i]) this.bytes[i] = n
      }
    }
  }
}

/** Number of bytes of `text` in UTF-8. */
export function utf8Length(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) n += 1
    else if (unit < 0x800) n += 2
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

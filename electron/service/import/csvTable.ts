import Papa from 'papaparse'
import { decodeText } from './decodeText'
import { ImportFileError } from './ImportFileError'

/** A CSV/TSV file as a header and rows of cells, each row as long as the header. */
export interface CsvTable {
  columns: string[]
  rows: string[][]
  delimiter: string
}

/**
 * Decodes and parses a CSV/TSV file whose first row names the columns. Quoted cells may
 * hold delimiters, quotes ("") and line breaks. Wholly empty lines are skipped; a row with
 * fewer cells is padded with empty ones. Throws for unbalanced quotes, a row with more
 * non-empty cells than the header, and empty or repeated column names, with the row number
 * (data rows counted from 1) so the file can be fixed.
 */
export function readCsvTable(
  fileName: string,
  bytes: Uint8Array,
  { delimiter, maxRows }: { delimiter?: string; maxRows?: number },
): CsvTable {
  const { text } = decodeText(fileName, bytes)
  const parsed = Papa.parse<string[]>(text, {
    delimiter: delimiter ?? '',
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
    preview: maxRows === undefined ? 0 : maxRows + 1,
  })
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes')
  if (quoteError) {
    throw new ImportFileError(fileName, `${rowLabel(quoteError.row)}${quoteError.message.toLowerCase()}`)
  }
  const [header, ...body] = parsed.data
  if (!header) throw new ImportFileError(fileName, 'no text (the file has no header row)')

  const columns = header.map((name) => name.normalize('NFC').trim())
  const empty = columns.findIndex((name) => name === '')
  if (empty >= 0 && header.slice(empty).some((name) => name.trim() !== '')) {
    throw new ImportFileError(fileName, `column ${empty + 1} has no name in the header row`)
  }
  // Trailing empty header cells come from a delimiter at the end of each line.
  const width = empty >= 0 ? empty : columns.length
  const named = columns.slice(0, width)
  const repeated = named.find((name, i) => named.indexOf(name) !== i)
  if (repeated) throw new ImportFileError(fileName, `the column name "${repeated}" appears twice in the header row`)

  const rows = body.map((cells, i) => {
    if (cells.slice(width).some((cell) => cell.trim() !== '')) {
      throw new ImportFileError(
        fileName,
        `row ${i + 1} has ${cells.length} cells but the header names ${width} columns (a quote or delimiter out of place?)`,
      )
    }
    const row = cells.slice(0, width)
    while (row.length < width) row.push('')
    return row
  })
  return { columns: named, rows, delimiter: parsed.meta.delimiter }
}

function rowLabel(row: number | undefined): string {
  // papaparse counts the header as row 0, which makes its index the data row number.
  return row === undefined ? '' : row === 0 ? 'header row: ' : `row ${row}: `
}

import { variableNameSchema, type VariableValue } from '../../../shared/model/document'
import { normalizeText } from '../../../shared/text/normalize'
import { findRoleColumn, roleColumnNames, type CsvColumnRole } from './csvColumns'
import { readCsvTable, type CsvTable } from './csvTable'
import { ImportFileError } from './ImportFileError'
import { toImportedText, type CsvImportOptions, type ImportedText } from './importedText'
import { inferVariableType, toVariableValue } from './inferVariableType'
import { toIsoDate } from './isoDate'
import { baseNameOf } from './sourceFormatOf'

const metadataRoles = ['date', 'outlet', 'author', 'url', 'language'] as const satisfies readonly CsvColumnRole[]

/**
 * Imports a CSV/TSV file as one document per row. The text column and title column are
 * named in the options or recognised by name (csvColumns); date, outlet, author, url and
 * language columns by name. A date column whose values are not all dates is kept as a
 * variable instead. The other columns (or those of them in `variableColumns`) become typed variables
 * (inferVariableType over the whole column). A row with an empty text cell fails the file,
 * naming the row. The signal is checked between rows.
 */
export function importCsv(
  fileName: string,
  bytes: Uint8Array,
  format: 'csv' | 'tsv',
  options: CsvImportOptions = {},
  signal?: AbortSignal,
): ImportedText[] {
  const table = readCsvTable(fileName, bytes, { delimiter: csvDelimiter(format, options) })
  const { columns, rows } = table
  const column = (name: string) => columns.indexOf(name)

  const textColumn = options.textColumn ?? findRoleColumn(columns, 'text')
  if (textColumn === null) {
    throw new ImportFileError(
      fileName,
      `no text column: choose one of the columns ${listColumns(columns)} (recognised by name: ${roleColumnNames('text').join(', ')})`,
    )
  }
  const titleColumn = options.titleColumn ?? findRoleColumn(columns, 'title')
  for (const name of [textColumn, titleColumn, ...(options.variableColumns ?? [])]) {
    if (name !== null && column(name) < 0) {
      throw new ImportFileError(fileName, `no column named "${name}" (columns: ${listColumns(columns)})`)
    }
  }

  const metadataColumns = new Map<(typeof metadataRoles)[number], string>()
  for (const role of metadataRoles) {
    const name = findRoleColumn(columns, role)
    if (name === null || name === textColumn || name === titleColumn) continue
    if (role === 'date' && !isDateColumn(table, column(name))) continue
    metadataColumns.set(role, name)
  }
  const used = new Set([textColumn, titleColumn, ...metadataColumns.values()])
  // Columns that fill a built-in field (title, date, outlet…) are not repeated as variables.
  const variableColumns = (options.variableColumns ?? columns).filter((name) => !used.has(name))
  for (const name of variableColumns) {
    const valid = variableNameSchema.safeParse(name)
    if (!valid.success) {
      const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name
      throw new ImportFileError(fileName, `column "${shown}" cannot be a document variable: ${valid.error.issues[0].message} (rename the column, or leave it out by listing the variables to keep)`)
    }
  }
  const variableTypes = variableColumns.map((name) => inferVariableType(rows.map((row) => row[column(name)])))

  return rows.map((row, i) => {
    signal?.throwIfAborted()
    const rowNumber = i + 1
    const text = row[column(textColumn)]
    if (!normalizeText(text).trim()) {
      throw new ImportFileError(fileName, `row ${rowNumber}: the text column "${textColumn}" is empty`)
    }
    const cell = (role: (typeof metadataRoles)[number]) => {
      const name = metadataColumns.get(role)
      return name === undefined ? '' : row[column(name)]
    }
    const variables: Record<string, VariableValue> = {}
    variableColumns.forEach((name, v) => {
      variables[name] = toVariableValue(row[column(name)], variableTypes[v])
    })
    const title = titleColumn === null ? '' : row[column(titleColumn)].trim()
    return toImportedText(fileName, `${fileName}#row ${rowNumber}`, format, text, {
      title: title || `${baseNameOf(fileName)} row ${rowNumber}`,
      date: toIsoDate(cell('date')),
      outlet: cell('outlet'),
      author: cell('author'),
      url: cell('url'),
      language: cell('language'),
      variables,
    })
  })
}

/** The delimiter to parse with: the caller's, a tab for .tsv, else undefined (guess). */
export function csvDelimiter(format: 'csv' | 'tsv', options: CsvImportOptions): string | undefined {
  return options.delimiter ?? (format === 'tsv' ? '\t' : undefined)
}

function isDateColumn(table: CsvTable, index: number): boolean {
  return table.rows.every((row) => !row[index].trim() || toIsoDate(row[index]) !== null)
}

function listColumns(columns: readonly string[]): string {
  return columns.map((name) => `"${name}"`).join(', ')
}

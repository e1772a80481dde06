import type { CsvFormat } from './csvFormat'
import type { ExportColumn } from './exportTable'

/** SPSS's limits: long strings up to 32767 bytes; labels are cut to stay well inside them. */
const MAX_STRING_BYTES = 32767
const MAX_VARIABLE_LABEL = 250
const MAX_VALUE_LABEL = 120

/**
 * SPSS syntax that reads an exported CSV file (`GET DATA /TYPE=TXT`, UTF-8) and attaches
 * variable labels and value labels. `stringBytes` is the longest cell of each column in
 * UTF-8 bytes (from StringWidths), which sizes the string variables; numbers are read as
 * F formats. `dataPath` is written as given, so keep it absolute or edit it in the file.
 */
export function spssSyntax(columns: readonly ExportColumn[], stringBytes: readonly number[], dataPath: string, format: CsvFormat): string {
  const lines: string[] = [
    '* Encoding: UTF-8.',
    '* Written by Margin (margin export). Reads the CSV file below with variable and value labels.',
    '* If you move the CSV file, change the path in FILE HANDLE.',
    `FILE HANDLE margin_data /NAME=${quote(dataPath)}.`,
    'GET DATA',
    '  /TYPE=TXT',
    '  /FILE=margin_data',
    "  /ENCODING='UTF8'",
    '  /ARRANGEMENT=DELIMITED',
    '  /FIRSTCASE=2',
    `  /DELIMITERS=${format.delimiter === '\t' ? '"\\t"' : `"${format.delimiter}"`}`,
    `  /QUALIFIER='"'`,
    '  /VARIABLES=',
    ...columns.map((c, i) => `    ${c.name} ${spssFormat(c, stringBytes[i] ?? 0)}`),
    '.',
    'VARIABLE LABELS',
    ...columns.map((c, i) => `  ${i ? '/' : ''}${c.name} ${quote(cut(c.label, MAX_VARIABLE_LABEL))}`),
    '.',
  ]
  const labelled = columns.filter((c) => c.valueLabels.length)
  if (labelled.length) {
    lines.push('VALUE LABELS')
    labelled.forEach((c, i) => {
      const numeric = c.type === 'integer' || c.type === 'number'
      const pairs = c.valueLabels
        .filter((v) => !numeric || typeof v.value === 'number')
        .map((v) => `${numeric ? String(v.value) : quote(String(v.value))} ${quote(cut(v.label, MAX_VALUE_LABEL))}`)
      lines.push(`  ${i ? '/' : ''}${c.name} ${pairs.join(' ')}`)
    })
    lines.push('.')
  }
  lines.push('EXECUTE.', '')
  return lines.join('\r\n')
}

function spssFormat(c: ExportColumn, bytes: number): string {
  if (c.type === 'integer') return 'F11.0'
  if (c.type === 'number') return 'F20.10'
  return `A${Math.min(Math.max(bytes, 1), MAX_STRING_BYTES)}`
}

function quote(text: string): string {
  return `'${text.replace(/[\r\n]+/g, ' ').replace(/'/g, "''")}'`
}

function cut(text: string, length: number): string {
  const chars = [...text]
  return chars.length <= length ? text : chars.slice(0, length - 1).join('') + '…'
}

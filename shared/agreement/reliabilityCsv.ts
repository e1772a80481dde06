import Papa from 'papaparse'
import type { Level, ReliabilityData, Value } from './reliabilityData'

/** A problem in a reliability CSV, with the 1-based line it was found on. */
export class ReliabilityCsvError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(line === null ? message : `line ${line}: ${message}`)
    this.name = 'ReliabilityCsvError'
  }
}

/**
 * Parses reliability data in the layout ReCal and the KALPHA macro read: the first row
 * names the coders, every later row is one unit with one column per coder, an empty (or
 * whitespace-only) cell is a missing value. The delimiter (comma, semicolon or tab) is
 * the one the header row uses most, comma on a tie. When every non-empty cell of the
 * table is a number (".5", "-2", "1e3") the values are numbers; otherwise every value is
 * its trimmed text, so "01" and "1" stay different categories. The choice is made for the
 * whole table, not per column: coders rate the same variable, and a 1 of one coder must
 * equal a 1 of another (one "NA" in one column once made that column text and every
 * pair of that coder's values disagree). Blank lines are skipped.
 * Throws ReliabilityCsvError for an empty file, fewer than two coder columns, an empty or
 * repeated coder name, a row with a different number of cells than the header (with its
 * line number), no unit rows, or malformed quoting.
 */
export function parseReliabilityCsv(text: string): ReliabilityCsvData {
  const source = text.replace(/^\uFEFF/, '')
  if (!source.trim()) throw new ReliabilityCsvError('the file is empty', null)
  const rows: { cells: string[]; line: number }[] = []
  let consumed = 0
  let line = 1
  let parseError: ReliabilityCsvError | null = null
  Papa.parse<string[]>(source, {
    delimiter: guessDelimiter(source),
    skipEmptyLines: false,
    step: (result) => {
      if (parseError) return
      if (result.errors.length > 0 && result.errors[0].type === 'Quotes') {
        parseError = new ReliabilityCsvError(result.errors[0].message.toLowerCase(), line)
      }
      const cells = result.data
      if (!(cells.length === 1 && cells[0].trim() === '')) rows.push({ cells, line })
      // Count the newlines this record spanned, so quoted line breaks keep numbers right.
      const end = result.meta.cursor
      for (let i = consumed; i < end; i++) if (source.charCodeAt(i) === 10) line++
      consumed = end
    },
  })
  if (parseError) throw parseError
  if (rows.length === 0) throw new ReliabilityCsvError('the file is empty', null)

  const header = rows[0]
  const coders = header.cells.map((c) => c.trim())
  if (coders.length < 2) {
    throw new ReliabilityCsvError('the first row must name at least two coders, one per column', header.line)
  }
  const seen = new Set<string>()
  coders.forEach((name, i) => {
    if (!name) throw new ReliabilityCsvError(`coder column ${i + 1} has no name`, header.line)
    if (seen.has(name)) throw new ReliabilityCsvError(`coder "${name}" is named twice`, header.line)
    seen.add(name)
  })
  const body = rows.slice(1)
  if (body.length === 0) throw new ReliabilityCsvError('there are no units: only the header row', header.line)
  for (const row of body) {
    if (row.cells.length !== coders.length) {
      throw new ReliabilityCsvError(
        `this unit has ${row.cells.length} cells but the header names ${coders.length} coders`,
        row.line,
      )
    }
  }
  const cells = body.map((row) => row.cells.map((c) => c.trim()))
  let firstText: ReliabilityCsvData['firstText'] = null
  for (let r = 0; r < cells.length && !firstText; r++) {
    const text = cells[r].find((c) => c !== '' && !isNumber(c))
    if (text !== undefined) firstText = { value: text, line: body[r].line }
  }
  const values: Value[][] = cells.map((row) => row.map((c) => (c === '' ? null : firstText ? c : Number(c))))
  return { coders, values, firstText }
}

/**
 * Ordinal, interval and ratio data need numbers: names the first cell that is not one (and
 * its line). Ordinal too, because text labels carry no order a file can state: "low",
 * "medium", "high" would be ranked alphabetically (high < low < medium), a wrong alpha.
 */
export function assertNumbersFor(data: ReliabilityCsvData, level: Level): void {
  if (level === 'nominal' || !data.firstText) return
  const hint = level === 'ordinal' ? 'recode the categories as numbers in their order, e.g. 1, 2, 3' : 'leave missing values empty'
  throw new ReliabilityCsvError(`${level} data must be numbers, but "${data.firstText.value}" is not (${hint})`, data.firstText.line)
}

/** Reliability data read from a CSV, with the first cell that made its values text (null: all numbers). */
export interface ReliabilityCsvData extends ReliabilityData {
  readonly firstText: { readonly value: string; readonly line: number } | null
}

function isNumber(cell: string): boolean {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell) && Number.isFinite(Number(cell))
}

/**
 * The header row's most used delimiter. Papa Parse's own guess looks at the data rows,
 * where empty cells (missing values) make semicolon files look like one column.
 */
function guessDelimiter(source: string): string {
  const header = source.split(/\r?\n/).find((l) => l.trim() !== '') ?? ''
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]])
  let quoted = false
  for (const ch of header) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1)
  }
  let best = ','
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d
  return best
}

/**
 * Spreadsheet formula injection (CSV injection): Excel, LibreOffice and Google Sheets run
 * a cell that starts with "=", "+", "-", "@", a tab or a carriage return as a formula, and
 * news text can contain exactly that. Such text cells get a leading apostrophe, which the
 * spreadsheets show as text. A cell that is only a number ("-1", "+2.5") cannot be a
 * formula and is left alone; numbers are never text cells in the first place.
 *
 * The rule is reversible, so quotes stay verifiable against the document text: a cell is
 * prefixed when it matches /^'*[=+\-@\t\r]/ (apostrophes already in front are escaped the
 * same way), and `restoreFormulaText` removes exactly one apostrophe from such a cell.
 */
const DANGEROUS = /^'*[=+\-@\t\r]/
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** The text as it goes into a CSV cell: with a leading "'" if a spreadsheet would run it. */
export function neutralizeFormula(text: string): string {
  // Fast path for the common case (most cells start with a letter): no regex at all.
  const first = text.charCodeAt(0)
  if (first !== 0x3d && first !== 0x2b && first !== 0x2d && first !== 0x40 && first !== 0x09 && first !== 0x0d && first !== 0x27) return text
  return DANGEROUS.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text
}

/** The original text of a cell written by `neutralizeFormula` (its exact inverse). */
export function restoreFormulaText(cell: string): string {
  return cell.startsWith("'") && DANGEROUS.test(cell.slice(1)) && !PLAIN_NUMBER.test(cell.slice(1)) ? cell.slice(1) : cell
}

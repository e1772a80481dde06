import type { VariableType, VariableValue } from '../../../shared/model/document'
import { isoDateSchema } from '../../../shared/model/ids'
import { normalizeText } from '../../../shared/text/normalize'

const numberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
const booleanPattern = /^(?:true|false|yes|no)$/i

/**
 * The type of a column of cells, judged on its non-empty cells (trimmed): number when all
 * parse as plain decimal numbers, boolean when all are true/false/yes/no, date when all
 * are ISO 8601 dates or timestamps with a zone, else text. Codes with a leading zero
 * ("007", a postcode) and integers beyond 2^53 stay text, because as numbers they would
 * not read back as written. A column with no values is text.
 */
export function inferVariableType(cells: readonly string[]): VariableType {
  const values = cells.map((cell) => cell.trim()).filter(Boolean)
  if (values.length === 0) return 'text'
  if (values.every(isFaithfulNumber)) return 'number'
  if (values.every((value) => booleanPattern.test(value))) return 'boolean'
  if (values.every((value) => isoDateSchema.safeParse(value).success)) return 'date'
  return 'text'
}

/** A cell as a value of a column of that type; an empty cell is null. Dates stay as written. */
export function toVariableValue(cell: string, type: VariableType): VariableValue {
  const value = cell.trim()
  if (!value) return null
  if (type === 'number') return Number(value)
  if (type === 'boolean') return /^(?:true|yes)$/i.test(value)
  if (type === 'date') return value
  return normalizeText(cell).trim()
}

function isFaithfulNumber(value: string): boolean {
  if (!numberPattern.test(value) || /^[+-]?0\d/.test(value)) return false
  const number = Number(value)
  return Number.isFinite(number) && (!/^[+-]?\d+$/.test(value) || Number.isSafeInteger(number))
}

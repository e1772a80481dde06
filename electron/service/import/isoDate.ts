/**
 * The calendar date (YYYY-MM-DD) of a date as news metadata writes it: ISO 8601 dates and
 * timestamps (with or without time zone, "T" or space), or YYYY/MM/DD. A timestamp keeps
 * the date as written, not converted to UTC, because that is the day the outlet published
 * it. Ambiguous forms such as 03/04/2024 return null rather than a guess.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/i.exec(
    value ?? '',
  )
  if (!match) return null
  const [, year, month, day] = match
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  // Rejects dates that do not exist, such as 2023-02-30.
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null
  return `${year}-${month}-${day}`
}

import type { DocumentMeta } from '../../../../shared/model'

const wordCount = new Intl.NumberFormat()
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/** The short facts shown under a document's title: outlet, date, length; empty ones left out. */
export function documentFacts(meta: DocumentMeta): string[] {
  return [meta.outlet, formatDocumentDate(meta.date), `${wordCount.format(meta.words)} words`].filter(Boolean)
}

/** "12 Feb 2025" for an ISO date (the calendar date as written, whatever the time zone). */
export function formatDocumentDate(date: string | null): string {
  if (!date) return ''
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0]
  return day ? dateFormat.format(new Date(`${day}T00:00:00Z`)) : date
}

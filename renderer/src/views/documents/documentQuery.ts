import { ownValue } from '../../../../shared/model/ownValue'
import type { DocumentMeta, VariableValue } from '../../../../shared/model'

export type SortKey = 'title' | 'outlet' | 'date' | 'length'

/** How the document list is narrowed and ordered. */
export interface DocumentQuery {
  text: string
  /** Keep only documents whose variable `name` has this value (compared as text). */
  variable: { name: string; value: string } | null
  sort: SortKey
  descending: boolean
}

export const defaultQuery: DocumentQuery = { text: '', variable: null, sort: 'title', descending: false }

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** A variable's value as the list shows and compares it; null and missing are "". */
export function variableText(value: VariableValue | undefined): string {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * The documents to list: those matching every word of `text` (in title, outlet, author,
 * file name or a variable value, ignoring case and accents) and the variable filter,
 * sorted by `sort`. Documents without the sort field (no outlet, no date) go last.
 */
export function queryDocuments(documents: readonly DocumentMeta[], query: DocumentQuery): DocumentMeta[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean)
  const kept = documents.filter((d) => {
    if (query.variable && variableText(ownValue(d.variables, query.variable.name)) !== query.variable.value) return false
    if (!words.length) return true
    const haystack = fold([d.title, d.outlet, d.author, d.source.fileName, ...Object.values(d.variables).map(variableText)].join('\n'))
    return words.every((word) => haystack.includes(word))
  })
  const direction = query.descending ? -1 : 1
  return kept.sort((a, b) => {
    const [x, y] = [sortValue(a, query.sort), sortValue(b, query.sort)]
    if (x === '' || y === '') return x === y ? collator.compare(a.title, b.title) : x === '' ? 1 : -1
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return order ? order * direction : collator.compare(a.title, b.title)
  })
}

/** Every value each variable takes across `documents`, sorted; for the variable filter. */
export function variableValues(documents: readonly DocumentMeta[], name: string): string[] {
  const values = new Set<string>()
  for (const d of documents) {
    const text = variableText(ownValue(d.variables, name))
    if (text) values.add(text)
  }
  return [...values].sort(collator.compare)
}

function sortValue(d: DocumentMeta, key: SortKey): string | number {
  switch (key) {
    case 'title':
      return d.title
    case 'outlet':
      return d.outlet
    case 'date':
      return d.date ?? ''
    case 'length':
      return d.words
  }
}

/** Lower case without diacritics, so "zelensky" finds "Zelenský". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase()
}

import { describe, expect, it } from 'vitest'
import type { DocumentMeta } from '../../shared/model'
import { defaultQuery, queryDocuments, variableValues } from '../../renderer/src/views/documents/documentQuery'
import { documentFacts, formatDocumentDate } from '../../renderer/src/views/documents/documentFacts'

const doc = (id: string, title: string, more: Partial<DocumentMeta> = {}): DocumentMeta => ({
  id, title, contentHash: `sha256:${'0'.repeat(64)}`, outlet: '', date: null, author: '', url: '', language: 'en',
  variables: {}, characters: 100, words: 10, paragraphs: 1,
  source: { fileName: `${id}.txt`, format: 'txt', importedAt: '2025-02-14T09:00:00.000Z' }, ...more,
})

const docs = [
  doc('a', 'Zelenský warns Europe', { outlet: 'AFP', date: '2025-02-13', words: 500, variables: { version: 'original', wave: 1 } }),
  doc('b', 'Trump and Putin agree to talks', { outlet: 'The Washington Post', date: '2025-02-12', words: 2088, variables: { version: 'original' } }),
  doc('c', 'Trump says talks “immediately”', { outlet: 'Financial Times', date: null, words: 767, variables: { version: 'variant', wave: 2 } }),
  doc('d', 'item 10', { words: 10 }),
  doc('e', 'item 9', { words: 9 }),
]
const ids = (list: DocumentMeta[]) => list.map((d) => d.id)

describe('queryDocuments', () => {
  it('sorts titles naturally and without regard to case', () => {
    expect(ids(queryDocuments(docs, defaultQuery))).toEqual(['e', 'd', 'b', 'c', 'a'])
  })

  it('sorts by date with undated documents last, in either direction', () => {
    expect(ids(queryDocuments(docs, { ...defaultQuery, sort: 'date' }))).toEqual(['b', 'a', 'e', 'd', 'c'])
    expect(ids(queryDocuments(docs, { ...defaultQuery, sort: 'date', descending: true }))).toEqual(['a', 'b', 'e', 'd', 'c'])
  })

  it('sorts by length in words', () => {
    expect(ids(queryDocuments(docs, { ...defaultQuery, sort: 'length', descending: true }))).toEqual(['b', 'c', 'a', 'd', 'e'])
  })

  it('sorts by outlet with documents without one last', () => {
    expect(ids(queryDocuments(docs, { ...defaultQuery, sort: 'outlet' }))).toEqual(['a', 'c', 'b', 'e', 'd'])
  })

  it('filters by every word, ignoring case and accents, across title, outlet and variables', () => {
    expect(ids(queryDocuments(docs, { ...defaultQuery, text: 'zelensky' }))).toEqual(['a'])
    expect(ids(queryDocuments(docs, { ...defaultQuery, text: 'trump POST' }))).toEqual(['b'])
    expect(ids(queryDocuments(docs, { ...defaultQuery, text: 'variant' }))).toEqual(['c'])
    expect(ids(queryDocuments(docs, { ...defaultQuery, text: 'e.txt' }))).toEqual(['e'])
    expect(ids(queryDocuments(docs, { ...defaultQuery, text: '   ' }))).toHaveLength(5)
  })

  it('filters by a variable value, numbers compared as text', () => {
    expect(ids(queryDocuments(docs, { ...defaultQuery, variable: { name: 'version', value: 'original' } }))).toEqual(['b', 'a'])
    expect(ids(queryDocuments(docs, { ...defaultQuery, variable: { name: 'wave', value: '2' } }))).toEqual(['c'])
    expect(variableValues(docs, 'wave')).toEqual(['1', '2'])
    expect(variableValues(docs, 'missing')).toEqual([])
  })

  it('does not reorder its input', () => {
    const before = ids(docs)
    queryDocuments(docs, { ...defaultQuery, sort: 'length' })
    expect(ids(docs)).toEqual(before)
  })
})

describe('documentFacts', () => {
  it('leaves out what a document lacks', () => {
    expect(documentFacts(docs[3])).toEqual(['10 words'])
    expect(documentFacts(docs[1])).toHaveLength(3)
  })

  it('shows the calendar date as written, whatever the time zone', () => {
    expect(formatDocumentDate('2025-02-12T23:30:00-05:00')).toBe(formatDocumentDate('2025-02-12'))
    expect(formatDocumentDate('2025-02-12')).toMatch(/2025/)
    expect(formatDocumentDate(null)).toBe('')
  })
})

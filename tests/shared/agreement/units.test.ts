import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/model/annotation'
import { splitParagraphs } from '../../../shared/text/normalize'
import {
  agreementByCode,
  agreementReport,
  codedByStatus,
  documentAttributeValues,
  documentPresence,
  eligibleDocuments,
  indexAnnotations,
  krippendorffAlpha,
  segmentPresence,
  spanContinua,
  splitSentences,
  unitizingAlpha,
  type TextSpan,
} from '../../../shared/agreement'

let nextId = 0
function ann(coderId: string, documentId: string, codeId: string, start: number | null, end: number | null, extra: Partial<Annotation> = {}): Annotation {
  return {
    id: `a${nextId++}`,
    documentId,
    codeId,
    coderId,
    start,
    end,
    quote: null,
    before: null,
    after: null,
    attributes: {},
    memo: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    deleted: false,
    ...extra,
  }
}

describe('splitSentences', () => {
  it('returns code point offsets, trimmed, never across lines', () => {
    const text = 'Ein Satz. Noch einer! 🎉 Emoji hier?\n\nNew line. Last one'
    const spans = splitSentences(text, 'en')
    const cps = [...text]
    const slice = (s: TextSpan) => cps.slice(s.start, s.end).join('')
    expect(spans.map(slice)).toEqual(['Ein Satz.', 'Noch einer!', '🎉 Emoji hier?', 'New line.', 'Last one'])
    for (const p of splitParagraphs(text)) {
      expect(spans.filter((s) => s.start < p.end && s.end > p.start).every((s) => s.start >= p.start && s.end <= p.end)).toBe(true)
    }
  })
})

describe('units from annotations', () => {
  const text = 'First sentence. Second one.\nThird here.'
  const sentences = splitSentences(text, 'en') // [0,15) [16,27) [28,39)
  const annotations = [
    ann('ann', 'd1', 'frame', 0, 5), // sentence 1
    ann('ann', 'd1', 'frame', 20, 30), // sentences 2 and 3
    ann('bob', 'd1', 'frame', 16, 18), // sentence 2
    ann('bob', 'd1', 'frame', 28, 39, { deleted: true }), // tombstone: ignored
    ann('ann', 'd2', 'frame', null, null), // document-level
    ann('bob', 'd2', 'other', 0, 3),
    ann('ann', 'd3', 'frame', 0, 3), // bob never touched d3
    ann('ann', 'd1', 'stance', null, null, { attributes: { polarity: 1 }, updatedAt: '2024-01-02T00:00:00.000Z' }),
    ann('ann', 'd1', 'stance', null, null, { attributes: { polarity: -1 } }),
    ann('bob', 'd1', 'stance', null, null, { attributes: { polarity: 1 } }),
  ]
  const index = indexAnnotations(annotations)
  const base = { coders: ['ann', 'bob'], documents: ['d1', 'd2', 'd3'] }

  it('counts only documents every coder coded (tombstones count as coded)', () => {
    expect(eligibleDocuments(index, base)).toEqual(['d1', 'd2'])
    expect(eligibleDocuments(index, { ...base, explicit: true })).toEqual(['d1', 'd2', 'd3'])
    const status = codedByStatus({ ann: { d1: 'done', d3: 'done' }, bob: { d1: 'done', d3: 'in-progress' } })
    expect(eligibleDocuments(index, { ...base, coded: status })).toEqual(['d1'])
  })
  it('document level: presence 1/0, document-level codes included', () => {
    expect(documentPresence(index, 'frame', base)).toEqual({ coders: ['ann', 'bob'], values: [[1, 1], [1, 0]], units: ['d1', 'd2'] })
  })
  it('document level with values: the latest annotation wins, missing is null', () => {
    expect(documentAttributeValues(index, 'stance', 'polarity', base).values).toEqual([[1, 1], [null, null]])
  })
  it('sentence level: a span overlapping a sentence marks it; compressed rows', () => {
    const data = segmentPresence(index, 'frame', { ...base, segments: (d) => (d === 'd1' ? sentences : d === 'd2' ? sentences.slice(0, 1) : []) })
    // d1: s1 [1,0], s2 [1,1], s3 [1,0]; d2: s1 [0,0] (document-level annotations have no place).
    expect(data.values).toEqual([[0, 0], [1, 0], [1, 1]])
    expect(data.weights).toEqual([1, 2, 1])
    const expanded = { coders: data.coders, values: [[1, 0], [1, 1], [1, 0], [0, 0]] }
    expect(krippendorffAlpha(data, 'nominal').value).toBeCloseTo(krippendorffAlpha(expanded, 'nominal').value!, 12)
  })
  it('span level: continua for unitizing alpha', () => {
    const data = spanContinua(index, 'frame', { ...base, length: () => [...text].length })
    expect(data.continua[0].spans).toHaveLength(3)
    expect(unitizingAlpha(data).byCategory[0].category).toBe('frame')
  })
  it('per code, per group and overall', () => {
    const r = agreementByCode(index, [{ id: 'frame', groupId: 'g1' }, { id: 'other', groupId: 'g1' }, { id: 'stance', groupId: 'g2' }], {
      ...base,
      level: 'document',
      bootstrap: false,
    })
    expect(r.byCode.map((c) => c.codeId)).toEqual(['frame', 'other', 'stance'])
    expect(r.byGroup.map((g) => [g.groupId, g.report.units])).toEqual([['g1', 4], ['g2', 2]])
    expect(r.overall.report.units).toBe(6)
  })
})

describe('performance: every code at sentence level, 10,000 articles × 5 coders × 250,000 annotations', () => {
  it('takes under 2 s, annotations indexed once', () => {
    let seed = 42
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    const coders = ['c1', 'c2', 'c3', 'c4', 'c5']
    const codes = Array.from({ length: 20 }, (_, i) => ({ id: `code${i}`, groupId: `g${i % 4}` }))
    const documents = Array.from({ length: 10_000 }, (_, i) => `doc${i}`)
    // 25 sentences of 120 code points per article, computed once as at import.
    const sentences: TextSpan[] = Array.from({ length: 25 }, (_, s) => ({ start: s * 121, end: s * 121 + 120 }))
    const annotations: Annotation[] = []
    for (let i = 0; i < 250_000; i++) {
      const start = Math.floor(rand() * 2900)
      annotations.push(
        ann(coders[i % 5], documents[Math.floor(i / 25)], codes[Math.floor(rand() * 20)].id, start, start + 1 + Math.floor(rand() * 200)),
      )
    }
    const t0 = performance.now()
    const index = indexAnnotations(annotations)
    const result = agreementByCode(index, codes, { coders, documents, level: 'sentence', segments: () => sentences })
    const elapsed = performance.now() - t0
    expect(result.byCode).toHaveLength(20)
    expect(result.byCode[0].report.units).toBe(250_000)
    expect(result.byCode[0].report.alpha_ci95).not.toBeNull()
    expect(elapsed).toBeLessThan(2000)
    // The pooled overall report equals one report over all codes' data.
    expect(result.overall.report.units).toBe(20 * 250_000)
    expect(agreementReport).toBeTypeOf('function')
  })
})

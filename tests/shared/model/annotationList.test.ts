import { describe, expect, it } from 'vitest'
import { annotationListSchema, annotationSchema, isWellFormedAnnotation } from '../../../shared/model'

const base = {
  id: 'a-1',
  documentId: 'doc-1',
  codeId: 'stance',
  coderId: 'coder-a',
  start: 3,
  end: 10,
  quote: 'quoted',
  before: 'b',
  after: 'a',
  attributes: { polarity: -1, actor: 'actor-trump', sure: true, note: null },
  memo: { doc: { type: 'doc' }, text: 'why' },
  createdAt: '2025-02-12T10:00:00.000Z',
  updatedAt: '2025-02-12T10:00:00+01:00',
  deleted: false,
}

/** Values that break one field or another, to mutate the base annotation with. */
const odd: unknown[] = [
  undefined, null, '', 'x', ' bad id', '-x', 'a'.repeat(81), 0, -1, 1.5, 2 ** 60, Number.NaN, Infinity, true, false,
  [], {}, { doc: {}, text: 't' }, { doc: [], text: 't' }, { doc: {}, text: 1 }, { doc: {}, text: 't', extra: 1 },
  { polarity: Infinity }, { polarity: [] }, { polarity: {} }, '2025-02-30T10:00:00Z', '2025-02-12T10:00:00', '2025-02-12', '2025-02-12T25:00:00Z',
]

describe('isWellFormedAnnotation', () => {
  it('accepts what annotationSchema returns unchanged, and nothing annotationSchema would change or reject', () => {
    let accepted = 0
    let cases = 0
    for (const key of [...Object.keys(base), 'extra']) {
      for (const value of odd) {
        const candidate: Record<string, unknown> = { ...base, [key]: value }
        if (value === undefined) delete candidate[key]
        cases++
        const parsed = annotationSchema.safeParse(candidate)
        if (isWellFormedAnnotation(candidate)) {
          accepted++
          expect(parsed.success, JSON.stringify(candidate)).toBe(true)
          expect(parsed.data).toEqual(candidate)
        }
      }
    }
    expect(isWellFormedAnnotation(base)).toBe(true)
    expect(isWellFormedAnnotation({ ...base, start: null, end: null, quote: null, before: null, after: null, memo: null })).toBe(true)
    expect(isWellFormedAnnotation({ ...base, start: 10, end: 10 })).toBe(false)
    expect(accepted).toBeGreaterThan(10) // the check is not vacuous
    expect(cases).toBeGreaterThan(300)
  })
})

describe('annotationListSchema', () => {
  it('gives the same data as annotationSchema per item, with defaults filled for items that lack fields', () => {
    const sparse = { id: 'a-2', documentId: 'doc-1', codeId: 'c', coderId: 'coder-a', createdAt: base.createdAt, updatedAt: base.updatedAt }
    const result = annotationListSchema.parse([base, sparse])
    expect(result[0]).toBe(base)
    expect(result[1]).toEqual(annotationSchema.parse(sparse))
    expect(result[1].attributes).toEqual({})
  })

  it('words errors as annotationSchema does, with the item index in the path', () => {
    const result = annotationListSchema.safeParse([base, { ...base, start: 12 }])
    expect(result.success).toBe(false)
    expect(result.error!.issues[0].path).toEqual([1])
    expect(result.error!.issues[0].message).toBe('start must be before end')
    const typed = annotationListSchema.safeParse([{ ...base, coderId: 5 }])
    expect(typed.error!.issues[0].path).toEqual([0, 'coderId'])
  })
})

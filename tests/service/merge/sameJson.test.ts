import { describe, expect, it } from 'vitest'
import { sameJson } from '../../../electron/service/merge/versionOrder'

describe('sameJson', () => {
  it('compares JSON values deeply, whatever the key order', () => {
    expect(sameJson({ a: 1, b: { c: [1, 'x', null] } }, { b: { c: [1, 'x', null] }, a: 1 })).toBe(true)
    expect(sameJson({ a: 1, b: { c: [1, 'x', null] } }, { a: 1, b: { c: [1, 'x', 0] } })).toBe(false)
    expect(sameJson([1, 2], [2, 1])).toBe(false)
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false)
    expect(sameJson('“Müller”', '“Müller”')).toBe(true)
    expect(sameJson(1, '1')).toBe(false)
  })

  it('counts undefined properties as absent, and a missing key as different', () => {
    expect(sameJson({ a: 1, memo: undefined }, { a: 1 })).toBe(true)
    expect(sameJson({ a: 1 }, { a: 1, memo: undefined })).toBe(true)
    expect(sameJson({ a: 1 }, { a: 1, memo: null })).toBe(false)
    expect(sameJson({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false)
    expect(sameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false)
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false)
  })

  it('tells objects, arrays and null apart, and ignores inherited properties', () => {
    expect(sameJson({}, [])).toBe(false)
    expect(sameJson({}, null)).toBe(false)
    expect(sameJson(null, null)).toBe(true)
    expect(sameJson({ 0: 'a' }, ['a'])).toBe(false)
    const inherits = Object.create({ extra: 1 }) as Record<string, unknown>
    inherits.a = 1
    expect(sameJson(inherits, { a: 1 })).toBe(true)
    expect(sameJson({ constructor: 1 }, {})).toBe(false)
    expect(sameJson({}, { constructor: 1 })).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { compressRows, krippendorffAlpha, type ReliabilityData, type Value } from '../../../shared/agreement'

const _ = null

// Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability", section C (also
// Krippendorff 2004, Content Analysis 2nd ed., p. 230): 4 observers × 12 units, missing
// values. Published: nominal .743, ordinal .815, interval .849, ratio .797 (the same values
// are asserted by the Python `krippendorff` package and R `tidycomm` tests).
const fourObservers: ReliabilityData = {
  coders: ['A', 'B', 'C', 'D'],
  values: [
    [1, 1, _, 1],
    [2, 2, 3, 2],
    [3, 3, 3, 3],
    [3, 3, 3, 3],
    [2, 2, 2, 2],
    [1, 2, 3, 4],
    [4, 4, 4, 4],
    [1, 1, 2, 1],
    [2, 2, 2, 2],
    [_, 5, 5, 5],
    [_, _, 1, 1],
    [_, _, 3, _],
  ],
}

describe('Krippendorff (2011) 4 observers × 12 units with missing data', () => {
  it('nominal α = .743', () => {
    const r = krippendorffAlpha(fourObservers, 'nominal')
    expect(r.value).toBeCloseTo(0.743, 3)
    // D_o = .200 with n.. = 40 pairable values (as DKPro Statistics' test of this example asserts).
    expect(r.observedDisagreement).toBeCloseTo(0.2, 3)
    expect(r.coincidence.n).toBe(40)
  })
  it('ordinal α = .815', () => expect(krippendorffAlpha(fourObservers, 'ordinal').value).toBeCloseTo(0.815, 3))
  it('interval α = .849', () => expect(krippendorffAlpha(fourObservers, 'interval').value).toBeCloseTo(0.849, 3))
  it('ratio α = .797', () => expect(krippendorffAlpha(fourObservers, 'ratio').value).toBeCloseTo(0.797, 3))
  it('returns the coincidence matrix with its labels', () => {
    const { coincidence } = krippendorffAlpha(fourObservers, 'nominal')
    expect(coincidence.labels).toEqual([1, 2, 3, 4, 5])
    // The coincidence matrix of Krippendorff (2011): n_c = 9, 13, 10, 5, 3; o_11 = 7, o_12 = 4/3.
    expect(coincidence.totals.map((t) => Math.round(t * 1000) / 1000)).toEqual([9, 13, 10, 5, 3])
    expect(coincidence.matrix[0][0]).toBeCloseTo(7, 10)
    expect(coincidence.matrix[0][1]).toBeCloseTo(4 / 3, 10)
    expect(coincidence.matrix[1][0]).toBeCloseTo(4 / 3, 10)
    expect(coincidence.pairableUnits).toBe(11)
  })
  it('ordinal strings need an order, and give the same α with it', () => {
    const names: Record<number, string> = { 1: 'very low', 2: 'low', 3: 'mid', 4: 'high', 5: 'very high' }
    const asText = { ...fourObservers, values: fourObservers.values.map((r) => r.map((v) => (v === null ? null : names[v as number]))) }
    const order = ['very low', 'low', 'mid', 'high', 'very high']
    expect(krippendorffAlpha(asText, 'ordinal', order).value).toBeCloseTo(0.815, 3)
    expect(() => krippendorffAlpha(asText, 'interval')).toThrow(RangeError)
  })
})

describe('Krippendorff (2004), Content Analysis 2nd ed.', () => {
  it('p. 224, binary data, two observers: α = .095 (D_o = .400, D_e = .442)', () => {
    const jon = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0]
    const han = [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
    const r = krippendorffAlpha({ coders: ['Jon', 'Han'], values: jon.map((v, i) => [v, han[i]]) }, 'nominal')
    expect(r.value).toBeCloseTo(0.095, 3)
    expect(r.observedDisagreement).toBeCloseTo(0.4, 3)
    expect(r.expectedDisagreement).toBeCloseTo(0.442, 3)
  })
  it('p. 227, nominal data, two observers, three values: α = .734', () => {
    const pairs: [string, string][] = [['a', 'a'], ['a', 'b'], ...Array(4).fill(['b', 'b']), ['b', 'c'], ...Array(5).fill(['c', 'c'])]
    expect(krippendorffAlpha({ coders: ['1', '2'], values: pairs }, 'nominal').value).toBeCloseTo(0.734, 3)
  })
})

// Wikipedia, "Krippendorff's alpha", section "A computational example" (3 coders × 15
// units, missing values): nominal α = .691, interval α = .811.
describe('Wikipedia computational example, 3 coders × 15 units', () => {
  const rows: Value[][] = [
    [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
    [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
    [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
  ]
  const data = { coders: ['A', 'B', 'C'], values: rows[0].map((_v, u) => rows.map((r) => r[u])) }
  it('nominal .691', () => expect(krippendorffAlpha(data, 'nominal').value).toBeCloseTo(0.691358, 6))
  it('interval .811', () => expect(krippendorffAlpha(data, 'interval').value).toBeCloseTo(0.810845, 6))
})

describe('undefined cases are null with a reason, never NaN', () => {
  it('no unit coded by two coders', () => {
    const r = krippendorffAlpha({ coders: ['a', 'b'], values: [[1, _], [_, 2]] }, 'nominal')
    expect(r.value).toBeNull()
    expect(r.reason).toMatch(/two or more coders/)
  })
  it('no variation', () => {
    const r = krippendorffAlpha({ coders: ['a', 'b'], values: [[1, 1], [1, 1]] }, 'nominal')
    expect(r.value).toBeNull()
    expect(r.reason).toMatch(/no variation/)
  })
  it('one unit with two different values is defined (α = 0)', () => {
    expect(krippendorffAlpha({ coders: ['a', 'b'], values: [[1, 2]] }, 'nominal').value).toBeCloseTo(0, 12)
  })
  it('ratio rejects negative values; interval rejects strings', () => {
    expect(() => krippendorffAlpha({ coders: ['a', 'b'], values: [[-1, 2]] }, 'ratio')).toThrow(RangeError)
    expect(() => krippendorffAlpha({ coders: ['a', 'b'], values: [['x', 2]] }, 'interval')).toThrow(RangeError)
  })
})

describe('properties', () => {
  const levels = ['nominal', 'ordinal', 'interval', 'ratio'] as const
  it('perfect agreement gives 1 at every level, with missing values', () => {
    const data = { coders: ['a', 'b', 'c'], values: [[1, 1, _], [2, 2, 2], [3, _, 3], [5, 5, 5]] }
    for (const level of levels) expect(krippendorffAlpha(data, level).value).toBe(1)
  })
  it('is the same for permuted coders and permuted units', () => {
    const perm = [3, 0, 2, 1]
    const coders = { coders: perm.map((i) => fourObservers.coders[i]), values: fourObservers.values.map((r) => perm.map((i) => r[i])) }
    const units = { coders: fourObservers.coders, values: [...fourObservers.values].reverse() }
    for (const level of levels) {
      const base = krippendorffAlpha(fourObservers, level).value!
      expect(krippendorffAlpha(coders, level).value).toBeCloseTo(base, 12)
      expect(krippendorffAlpha(units, level).value).toBeCloseTo(base, 12)
    }
  })
  it('weighted (compressed) rows equal their expansion', () => {
    const doubled = { coders: fourObservers.coders, values: [...fourObservers.values, ...fourObservers.values] }
    for (const level of levels) {
      expect(krippendorffAlpha(compressRows(doubled), level).value).toBeCloseTo(krippendorffAlpha(doubled, level).value!, 12)
    }
  })
  it('interval alpha does not change when values are shifted or scaled', () => {
    const moved = { ...fourObservers, values: fourObservers.values.map((r) => r.map((v) => (v === null ? null : 10 + 3 * (v as number)))) }
    expect(krippendorffAlpha(moved, 'interval').value).toBeCloseTo(0.849, 3)
    expect(krippendorffAlpha(moved, 'ordinal').value).toBeCloseTo(0.815, 3)
  })
  it('units coded by one coder only change nothing', () => {
    const extra = { ...fourObservers, values: [...fourObservers.values, [_, 4, _, _], [1, _, _, _]] }
    expect(krippendorffAlpha(extra, 'nominal').value).toBeCloseTo(krippendorffAlpha(fourObservers, 'nominal').value!, 12)
  })
})

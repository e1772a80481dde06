import { describe, expect, it } from 'vitest'
import { bootstrapAlpha, type ReliabilityData } from '../../../shared/agreement'

// Hayes & Krippendorff (2007), "Answering the call for a standard reliability measure for
// coding data", Communication Methods and Measures 1: 77–89, Table 1: 40 news articles,
// 5 observers, ordinal tone 0–3, '.' missing. Published: ordinal α = .7598, and the
// bootstrap draws 239 pairs of judgments per sample.
const table1 = `1,1,2,.,2|1,1,0,1,.|2,3,3,3,.|.,0,0,.,0|0,0,0,.,0|0,0,0,.,0|1,0,2,.,1|1,.,2,0,.|2,2,2,.,2|2,1,1,1,.|
.,1,0,0,.|0,0,0,0,.|1,2,2,2,.|3,3,2,2,3|1,1,1,.,1|1,1,1,.,1|2,1,2,.,2|1,2,3,3,.|1,1,0,1,.|0,0,0,.,0|
0,0,1,1,.|0,0,.,0,0|2,3,3,3,.|0,0,0,0,.|1,2,.,2,2|0,1,1,1,.|0,0,0,1,0|1,2,1,2,.|1,1,2,2,.|1,1,2,.,2|
1,1,0,.,0|2,1,2,1,.|2,2,.,2,2|3,2,2,2,.|2,2,2,.,2|2,2,3,.,2|2,2,2,.,2|2,2,.,1,2|2,2,2,2,.|1,1,1,.,1`
const data: ReliabilityData = {
  coders: ['obs1', 'obs2', 'obs3', 'obs4', 'obs5'],
  values: table1
    .replace(/\n/g, '')
    .split('|')
    .map((row) => row.split(',').map((v) => (v === '.' ? null : Number(v)))),
}

describe('bootstrapped alpha, Hayes & Krippendorff (2007)', () => {
  const result = bootstrapAlpha(data, 'ordinal', { samples: 10000, seed: 2007 })
  it('α = .7598 and 239 pairs per sample, as published', () => {
    expect(data.values).toHaveLength(40)
    expect(result.alpha).toBeCloseTo(0.7598, 4)
    expect(result.pairs).toBe(239)
    expect(result.method).toBe('exact')
  })
  it('the 95% interval brackets the published alpha and is plausibly wide', () => {
    const [lo, hi] = result.interval!
    expect(lo).toBeLessThan(0.7598)
    expect(hi).toBeGreaterThan(0.7598)
    expect(hi - lo).toBeGreaterThan(0.05)
    expect(hi - lo).toBeLessThan(0.15)
  })
  it('is reproducible from the seed, and a different seed gives a nearby interval', () => {
    expect(bootstrapAlpha(data, 'ordinal', { samples: 10000, seed: 2007 })).toEqual(result)
    const other = bootstrapAlpha(data, 'ordinal', { samples: 10000, seed: 7 })
    expect(other.interval![0]).toBeCloseTo(result.interval![0], 1)
    expect(other.interval![1]).toBeCloseTo(result.interval![1], 1)
  })
  it('q: reaching .667 is likely, reaching .8 is not', () => {
    const [q667, q80] = result.q
    expect(q667.minimum).toBe(0.667)
    expect(q667.q).toBeLessThan(0.05)
    expect(q80.q).toBeGreaterThan(0.8)
  })
  it('the normal approximation agrees with exact draws', () => {
    const approx = bootstrapAlpha(data, 'ordinal', { samples: 10000, seed: 2007, exactDrawLimit: 0 })
    expect(approx.method).toBe('normal')
    expect(approx.interval![0]).toBeCloseTo(result.interval![0], 1)
    expect(approx.interval![1]).toBeCloseTo(result.interval![1], 1)
  })
  it('perfect agreement over several values gives [1, 1]; undefined alpha gives no interval', () => {
    const many = Array.from({ length: 40 }, (_, i) => [i % 4, i % 4])
    const perfect = bootstrapAlpha({ coders: ['a', 'b'], values: many }, 'nominal', { samples: 200 })
    expect(perfect.interval).toEqual([1, 1])
    // With 4 units, a sample often draws every pair from one value: no variation, counted
    // as 0 by the algorithm, so the interval reaches down to 0.
    const few = bootstrapAlpha({ coders: ['a', 'b'], values: [[0, 0], [1, 1], [2, 2], [1, 1]] }, 'nominal', { samples: 200 })
    expect(few.interval).toEqual([0, 1])
    const none = bootstrapAlpha({ coders: ['a', 'b'], values: [[1, 1]] }, 'nominal', { samples: 200 })
    expect(none.interval).toBeNull()
    expect(none.reason).toMatch(/no variation/)
  })
})

import { describe, expect, it } from 'vitest'
import { agreementReport, reliabilityFlag } from '../../../shared/agreement'

describe('agreementReport', () => {
  // Krippendorff (2004, p. 224), binary data, two observers: α = .095, 60% agreement.
  const jon = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0]
  const han = [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
  const two = { coders: ['Jon', 'Han'], values: jon.map((v, i) => [v, han[i]]) }

  it('reports every coefficient for two coders', () => {
    const r = agreementReport(two, 'nominal', { bootstrap: { samples: 1000, seed: 3 } })
    expect(r.units).toBe(10)
    expect(r.coders).toBe(2)
    expect(r.pairable_values).toBe(20)
    expect(r.percent_agreement).toBeCloseTo(0.6, 10)
    expect(r.krippendorff_alpha).toBeCloseTo(0.095, 3)
    // Scott's pi: p_e = .7² + .3² = .58 → (.6 − .58)/.42.
    expect(r.scott_pi).toBeCloseTo(0.02 / 0.42, 10)
    expect(r.fleiss_kappa).toBeCloseTo(r.scott_pi!, 10)
    expect(r.cohen_kappa).not.toBeNull()
    expect(r.alpha_ci95![0]).toBeLessThanOrEqual(r.krippendorff_alpha!)
    expect(r.alpha_ci95![1]).toBeGreaterThanOrEqual(r.krippendorff_alpha!)
    expect(r.flag).toBe('unacceptable')
    expect(r.confusion!.counts).toEqual([[5, 3], [1, 1]])
    expect(r.reasons).toEqual({})
  })
  it('null with reasons for three coders and for no variation — never NaN', () => {
    const r = agreementReport({ coders: ['a', 'b', 'c'], values: [[1, 1, 1], [1, 1, null]] }, 'nominal')
    expect(r.cohen_kappa).toBeNull()
    expect(r.scott_pi).toBeNull()
    expect(r.krippendorff_alpha).toBeNull()
    expect(r.alpha_ci95).toBeNull()
    expect(r.flag).toBe('undefined')
    expect(r.reasons.cohen_kappa).toMatch(/exactly 2/)
    expect(r.reasons.krippendorff_alpha).toMatch(/no variation/)
    expect(r.percent_agreement).toBe(1)
    expect(JSON.stringify(r)).not.toMatch(/NaN/)
  })
  it('bootstrap: false skips the interval and says so', () => {
    const r = agreementReport(two, 'nominal', { bootstrap: false })
    expect(r.alpha_ci95).toBeNull()
    expect(r.reasons.alpha_ci95).toMatch(/switched off/)
  })
  it('flags follow Krippendorff (2004, p. 241)', () => {
    expect(reliabilityFlag(0.9)).toBe('acceptable')
    expect(reliabilityFlag(0.8)).toBe('acceptable')
    expect(reliabilityFlag(0.7)).toBe('tentative')
    expect(reliabilityFlag(0.667)).toBe('tentative')
    expect(reliabilityFlag(0.6669)).toBe('unacceptable')
    expect(reliabilityFlag(null)).toBe('undefined')
  })
})

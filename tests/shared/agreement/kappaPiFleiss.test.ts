import { describe, expect, it } from 'vitest'
import {
  cohenKappa,
  confusionMatrix,
  fleissKappa,
  fleissKappaFromCounts,
  krippendorffAlpha,
  percentAgreement,
  scottPi,
  type ReliabilityData,
  type Value,
} from '../../../shared/agreement'

/** Two-coder data from a contingency table: `cells` lists [count, valueA, valueB]. */
function fromTable(cells: [number, Value, Value][]): ReliabilityData {
  const values: Value[][] = []
  for (const [count, a, b] of cells) for (let i = 0; i < count; i++) values.push([a, b])
  return { coders: ['A', 'B'], values }
}

describe("Cohen's kappa", () => {
  // Cohen (1960), "A coefficient of agreement for nominal scales", p. 45: 200 cases, three
  // categories; p_o = .70, p_c = .41, κ = .492.
  const cohen1960 = fromTable([
    [88, 1, 1], [14, 1, 2], [18, 1, 3],
    [10, 2, 1], [40, 2, 2], [10, 2, 3],
    [2, 3, 1], [6, 3, 2], [12, 3, 3],
  ])
  it('Cohen (1960, p. 45): κ = .492, p_o = .70', () => {
    expect(cohenKappa(cohen1960).value).toBeCloseTo(0.492, 3)
    expect(percentAgreement(cohen1960).value).toBeCloseTo(0.7, 10)
  })
  it('is null with a reason unless there are exactly two coders', () => {
    const r = cohenKappa({ coders: ['a', 'b', 'c'], values: [[1, 1, 1]] })
    expect(r.value).toBeNull()
    expect(r.reason).toMatch(/exactly 2 coders/)
  })
  it('uses only units both coders coded', () => {
    const withMissing = { ...cohen1960, values: [...cohen1960.values, [1, null], [null, 3]] }
    expect(cohenKappa(withMissing).value).toBeCloseTo(cohenKappa(cohen1960).value!, 12)
  })
  it('is null when both coders used one and the same value', () => {
    expect(cohenKappa(fromTable([[5, 'x', 'x']])).reason).toMatch(/no variation/)
  })
})

describe("Scott's pi and Cohen's kappa side by side: Krippendorff (2004, p. 246)", () => {
  // Same marginal totals, different distributions of disagreement: π = .186 in both,
  // κ = .186 when the coders' marginals agree and .258 when they differ; % agreement .460.
  const a = fromTable([[12, 'a', 'a'], [9, 'a', 'b'], [9, 'a', 'c'], [9, 'b', 'a'], [14, 'b', 'b'], [9, 'b', 'c'], [9, 'c', 'a'], [9, 'c', 'b'], [20, 'c', 'c']])
  const b = fromTable([[12, 'a', 'a'], [18, 'a', 'b'], [18, 'a', 'c'], [14, 'b', 'b'], [18, 'b', 'c'], [20, 'c', 'c']])
  it('equal marginals: π = κ = .186', () => {
    expect(scottPi(a).value).toBeCloseTo(0.186, 3)
    expect(cohenKappa(a).value).toBeCloseTo(0.186, 3)
    expect(percentAgreement(a).value).toBeCloseTo(0.46, 3)
  })
  it('unequal marginals: π = .186, κ = .258', () => {
    expect(scottPi(b).value).toBeCloseTo(0.186, 3)
    expect(cohenKappa(b).value).toBeCloseTo(0.258, 3)
  })
  it('pi is null for more than two coders, pointing to Fleiss and alpha', () => {
    expect(scottPi({ coders: ['a', 'b', 'c'], values: [[1, 2, 1]] }).reason).toMatch(/Fleiss/)
  })
})

describe('Krippendorff (1995, p. 57), example A digitized', () => {
  // Krippendorff (1995), "On the reliability of unitizing continuous data", Sociological
  // Methodology 25: Bertha and Bill's 24 positions read as 24 binary units:
  // κ = .385, π = .314, α = .329.
  const bertha = '001111111100001111110000'
  const bill = '000011110000000110000000'
  const data: ReliabilityData = { coders: ['Bertha', 'Bill'], values: [...bertha].map((c, i) => [Number(c), Number(bill[i])]) }
  it('κ = .385, π = .314, α = .329', () => {
    expect(cohenKappa(data).value).toBeCloseTo(0.385, 3)
    expect(scottPi(data).value).toBeCloseTo(0.314, 3)
    expect(krippendorffAlpha(data, 'nominal').value).toBeCloseTo(0.329, 3)
  })
  it('confusion matrix', () => {
    expect(confusionMatrix(data)).toEqual({ coders: ['Bertha', 'Bill'], labels: [0, 1], counts: [[10, 0], [8, 6]], units: 24 })
  })
})

describe("Fleiss' kappa", () => {
  // Fleiss (1971), "Measuring nominal scale agreement among many raters", Table 1: 30
  // patients, 6 psychiatrists, 5 diagnoses; κ = .430 (R irr::kappam.fleiss(diagnoses):
  // 0.4302445). Raw ratings as distributed with R's irr package.
  const diagnoses = [
    [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
    [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
    [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
    [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
    [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
  ]
  const data: ReliabilityData = { coders: ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'], values: diagnoses }
  it('Fleiss (1971): κ = .430', () => {
    expect(fleissKappa(data).kappa.value).toBeCloseTo(0.4302445, 7)
  })
  // Wikipedia, "Fleiss' kappa", worked example: 10 subjects × 14 raters, 5 categories, κ = .210.
  it('Wikipedia worked example, 14 raters: κ = .210', () => {
    const counts = [
      [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ]
    expect(fleissKappaFromCounts(counts).value).toBeCloseTo(0.21, 3)
  })
  it('with two coders equals Scott\'s pi', () => {
    const two = { coders: ['a', 'b'], values: diagnoses.map((r) => [r[0], r[5]]) }
    expect(fleissKappa(two).kappa.value).toBeCloseTo(scottPi(two).value!, 12)
  })
  it('drops units with a missing rating (listwise) and says how many', () => {
    const r = fleissKappa({ ...data, values: [...diagnoses, [1, null, 1, 1, 1, 1]] })
    expect(r.kappa.value).toBeCloseTo(0.4302445, 7)
    expect(r.units).toBe(30)
    expect(r.unitsDropped).toBe(1)
  })
  it('rejects count rows with different numbers of raters', () => {
    expect(() => fleissKappaFromCounts([[1, 1], [3, 0]])).toThrow(RangeError)
  })
})

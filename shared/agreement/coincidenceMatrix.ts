import { orderedLabels, weightOf, type ReliabilityData, type Value } from './reliabilityData'

/**
 * Krippendorff's coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability", section C; 2004, p. 230): every ordered pair of values from two
 * different coders in the same unit, each unit's pairs weighted 1/(m_u − 1), so each
 * pairable value counts once. Units with fewer than two values are not pairable and left out.
 */
export interface CoincidenceMatrix {
  /** Category labels, the row and column order of `matrix`. */
  readonly labels: Value[]
  /** o_ck: coincidences of value c with value k; symmetric. */
  readonly matrix: number[][]
  /** n_c: row sums, how many pairable values are c. */
  readonly totals: number[]
  /** n..: number of pairable values. */
  readonly n: number
  /** Units with at least two values (weighted rows counted as many units). */
  readonly pairableUnits: number
  /** Pairs of values from two coders in one unit, Σ m_u(m_u − 1)/2 (Hayes & Krippendorff 2007). */
  readonly pairs: number
}

/**
 * Builds the coincidence matrix of `data`. Labels are the values found in pairable units,
 * numbers ascending then strings, or exactly `order` when given (needed for ordinal
 * strings; a value outside `order` throws a RangeError). Missing values (`null`) are skipped.
 */
export function coincidenceMatrix(data: ReliabilityData, order?: readonly Value[]): CoincidenceMatrix {
  const pairable: number[] = []
  const present: Value[] = []
  data.values.forEach((row, r) => {
    let m = 0
    for (const v of row) if (v !== null) m++
    if (m >= 2 && weightOf(data, r) > 0) {
      pairable.push(r)
      for (const v of row) if (v !== null) present.push(v)
    }
  })
  const labels = orderedLabels(present, order)
  const index = new Map<Value, number>(labels.map((l, i) => [l, i]))
  const size = labels.length
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0))
  let pairableUnits = 0
  let pairs = 0
  const counts = new Array<number>(size).fill(0)
  const used: number[] = []
  for (const r of pairable) {
    const w = weightOf(data, r)
    let m = 0
    for (const v of data.values[r]) {
      if (v === null) continue
      const i = index.get(v)!
      if (counts[i] === 0) used.push(i)
      counts[i]++
      m++
    }
    for (const c of used) {
      for (const k of used) {
        const paired = c === k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k]
        matrix[c][k] += (w * paired) / (m - 1)
      }
    }
    for (const i of used) counts[i] = 0
    used.length = 0
    pairableUnits += w
    pairs += (w * m * (m - 1)) / 2
  }
  const totals = matrix.map((row) => row.reduce((s, x) => s + x, 0))
  const n = totals.reduce((s, x) => s + x, 0)
  return { labels, matrix, totals, n, pairableUnits, pairs }
}

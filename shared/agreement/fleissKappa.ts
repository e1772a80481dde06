import { defined, undefinedBecause, type Coefficient } from './coefficient'
import { orderedLabels, weightOf, type ReliabilityData, type Value } from './reliabilityData'

export interface FleissResult {
  readonly kappa: Coefficient
  /** Units used: those every coder coded. */
  readonly units: number
  /** Units left out because at least one coder's value was missing. */
  readonly unitsDropped: number
}

/**
 * Fleiss' (1971) kappa for any number of coders, values as nominal categories.
 * Missing values: Fleiss' formula assumes every unit has the same number of ratings, so
 * units where any coder's value is missing are left out (listwise, as R's irr::kappam.fleiss
 * does); `unitsDropped` says how many. Use alpha when that loses too much. Undefined with
 * fewer than two coders, no complete unit, or no variation (p_e = 1).
 */
export function fleissKappa(data: ReliabilityData): FleissResult {
  const coders = data.coders.length
  const complete: number[] = []
  const seen: Value[] = []
  let dropped = 0
  data.values.forEach((row, r) => {
    if (row.every((v) => v !== null)) {
      complete.push(r)
      seen.push(...row)
    } else dropped += weightOf(data, r)
  })
  if (coders < 2) return { kappa: undefinedBecause('Fleiss kappa needs at least 2 coders'), units: 0, unitsDropped: dropped }
  const labels = orderedLabels(seen)
  const index = new Map<Value, number>(labels.map((l, i) => [l, i]))
  const counts: number[][] = []
  const weights: number[] = []
  for (const r of complete) {
    const row = new Array<number>(labels.length).fill(0)
    for (const v of data.values[r]) row[index.get(v)!]++
    counts.push(row)
    weights.push(weightOf(data, r))
  }
  const kappa = fleissKappaFromCounts(counts, weights)
  return { kappa, units: weights.reduce((s, w) => s + w, 0), unitsDropped: dropped }
}

/**
 * Fleiss' kappa from the subjects × categories count table of Fleiss (1971): `counts[i][j]`
 * is how many raters put subject i in category j; every row must sum to the same number of
 * raters n ≥ 2 (a RangeError otherwise). `weights[i]` repeats row i (default 1).
 * κ = (P̄ − P̄_e)/(1 − P̄_e), P_i = (Σ_j n_ij² − n)/(n(n − 1)), P̄_e = Σ_j p_j².
 */
export function fleissKappaFromCounts(counts: readonly (readonly number[])[], weights?: readonly number[]): Coefficient {
  if (counts.length === 0) return undefinedBecause('no unit was coded by every coder')
  const n = counts[0].reduce((s, x) => s + x, 0)
  if (n < 2) return undefinedBecause('Fleiss kappa needs at least 2 ratings per unit')
  const categories = counts[0].length
  const columnTotals = new Array<number>(categories).fill(0)
  let units = 0
  let agreement = 0
  counts.forEach((row, i) => {
    const w = weights ? weights[i] : 1
    if (row.reduce((s, x) => s + x, 0) !== n) throw new RangeError(`unit ${i + 1} does not have ${n} ratings`)
    let squares = 0
    row.forEach((x, j) => {
      squares += x * x
      columnTotals[j] += w * x
    })
    agreement += (w * (squares - n)) / (n * (n - 1))
    units += w
  })
  if (units === 0) return undefinedBecause('no unit was coded by every coder')
  const observed = agreement / units
  let chance = 0
  for (const t of columnTotals) chance += (t / (units * n)) ** 2
  if (chance >= 1) return undefinedBecause('no variation: every rating is the same value, chance agreement is 1')
  return defined((observed - chance) / (1 - chance))
}

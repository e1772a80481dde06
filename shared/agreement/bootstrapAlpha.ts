import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { krippendorffAlpha } from './krippendorffAlpha'
import type { Level, ReliabilityData, Value } from './reliabilityData'

export interface BootstrapOptions {
  /** Number of bootstrap samples (default 5000). */
  readonly samples?: number
  /** Seed of the xoroshiro128+ generator; the same seed gives the same interval. */
  readonly seed?: number
  /** Confidence level, 0–1 (default 0.95). */
  readonly confidence?: number
  /** Minimum alphas for q, the probability of failing to reach them (default .667 and .8). */
  readonly minimums?: readonly number[]
  /** Label order, as for `krippendorffAlpha`. */
  readonly order?: readonly Value[]
  /**
   * Above this many draws (pairs × samples) each sample's sum of differences is drawn from
   * its normal approximation instead of pair by pair (default 5e6, about 0.1 s).
   */
  readonly exactDrawLimit?: number
}

export interface BootstrapResult {
  readonly alpha: number | null
  /** [lower, upper] bootstrap percentile interval, or null when alpha is undefined. */
  readonly interval: [number, number] | null
  /** q for each minimum: the share of bootstrapped alphas below it. */
  readonly q: { readonly minimum: number; readonly q: number }[]
  /** Pairs drawn per sample: the Σ m_u(m_u − 1)/2 pairs of values in the data. */
  readonly pairs: number
  readonly samples: number
  /** 'exact': pairs drawn one by one; 'normal': the normal approximation of their sum. */
  readonly method: 'exact' | 'normal'
  readonly reason: string | null
}

/**
 * A bootstrapped confidence interval for Krippendorff's alpha and q, the probability that
 * alpha is below a minimum, following Hayes & Krippendorff (2007, pp. 87–88, the KALPHA
 * macro) and Krippendorff's bootstrapping algorithm as the Stata `kalpha` port implements it:
 * - D_e stays fixed at its value in the data;
 * - each sample draws as many pairs of values as the data hold, Σ m_u(m_u − 1)/2 (239 in
 *   H&K's example), from the coincidence matrix's cells with probability o_ck/n.. (so pairs
 *   are weighted 1/(m_u − 1), "by how many observers judged a given unit"), and computes
 *   α* = 1 − (mean δ² of the drawn pairs)/D_e;
 * - α* below −1 becomes −1; samples that agree perfectly only because every pair fell in
 *   one and the same diagonal cell (no variation, alpha undefined) count as 0, as in the
 *   algorithm: all of them when the data agree on a single value, otherwise the expected
 *   number, round(samples · Σ_c p_cc^pairs), of the α* = 1 samples;
 * - the interval is the sorted α* at ranks (1−level)/2·samples and (1+level)/2·samples + 1.
 * Bootstrap draws differ between programs, so intervals agree with KALPHA's only up to
 * sampling error; with the same seed this function always returns the same interval.
 */
export function bootstrapAlpha(data: ReliabilityData, level: Level, options: BootstrapOptions = {}): BootstrapResult {
  const samples = options.samples ?? 5000
  const confidence = options.confidence ?? 0.95
  const minimums = options.minimums ?? [0.667, 0.8]
  const exactDrawLimit = options.exactDrawLimit ?? 5e6
  if (!Number.isInteger(samples) || samples < 2) throw new RangeError('samples must be an integer ≥ 2')
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('confidence must be between 0 and 1')

  const alpha = krippendorffAlpha(data, level, options.order)
  const pairs = Math.round(alpha.coincidence.pairs)
  if (alpha.value === null) {
    return { alpha: null, interval: null, q: [], pairs, samples, method: 'exact', reason: alpha.reason }
  }
  const { matrix, n, labels } = alpha.coincidence
  const De = alpha.expectedDisagreement!

  // The cells c ≤ k of the coincidence matrix, each with its probability and difference.
  const probability: number[] = []
  const difference: number[] = []
  const diagonal: number[] = []
  for (let c = 0; c < labels.length; c++) {
    for (let k = c; k < labels.length; k++) {
      const p = (c === k ? matrix[c][c] : matrix[c][k] + matrix[k][c]) / n
      if (p <= 0) continue
      probability.push(p)
      difference.push(alpha.differences[c][k])
      if (c === k) diagonal.push(p)
    }
  }

  const rng = xoroshiro128plus(options.seed ?? 1)
  const alphas = new Float64Array(samples)
  const method = pairs * samples <= exactDrawLimit ? 'exact' : 'normal'
  if (method === 'exact') {
    const cumulative: number[] = []
    let running = 0
    for (const p of probability) cumulative.push((running += p))
    for (let s = 0; s < samples; s++) {
      let sum = 0
      for (let d = 0; d < pairs; d++) sum += difference[pick(cumulative, uniformFloat64(rng) * running)]
      alphas[s] = 1 - sum / (pairs * De)
    }
  } else {
    // The sum of `pairs` independent draws is normal to within far less than the sampling
    // error this interval describes once pairs × samples exceeds the limit.
    let mean = 0
    let square = 0
    probability.forEach((p, i) => {
      mean += p * difference[i]
      square += p * difference[i] * difference[i]
    })
    const sd = Math.sqrt(Math.max(0, square - mean * mean) / pairs)
    for (let s = 0; s < samples; s++) alphas[s] = 1 - (mean + sd * standardNormal(rng)) / De
  }

  for (let s = 0; s < samples; s++) if (alphas[s] < -1) alphas[s] = -1
  correctUndefinedSamples(alphas, diagonal, pairs)
  alphas.sort()

  const lowerRank = Math.max(1, Math.round(((1 - confidence) / 2) * samples))
  const upperRank = Math.min(samples, Math.floor(((1 + confidence) / 2) * samples + 1))
  const interval: [number, number] = [alphas[lowerRank - 1], alphas[upperRank - 1]]
  const q = minimums.map((minimum) => {
    let below = 0
    for (let s = 0; s < samples; s++) if (alphas[s] < minimum) below++
    return { minimum, q: below / samples }
  })
  return { alpha: alpha.value, interval, q, pairs, samples, method, reason: null }
}

/** Index of the first cumulative probability above `r`. */
function pick(cumulative: readonly number[], r: number): number {
  let lo = 0
  let hi = cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (cumulative[mid] > r) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** A standard normal deviate (Box–Muller), from two uniforms of `rng`. */
function standardNormal(rng: ReturnType<typeof xoroshiro128plus>): number {
  const u = 1 - uniformFloat64(rng)
  const v = uniformFloat64(rng)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

/**
 * Samples whose pairs all fell in one diagonal cell show no variation; alpha is undefined
 * for them and the algorithm counts them as 0 rather than as perfect agreement.
 */
function correctUndefinedSamples(alphas: Float64Array, diagonal: readonly number[], pairs: number): void {
  let ones = 0
  for (const a of alphas) if (a === 1) ones++
  if (ones === 0 || diagonal.length === 0) return
  const expected = diagonal.length === 1 ? ones : Math.round(alphas.length * diagonal.reduce((s, p) => s + p ** pairs, 0))
  let left = Math.min(expected, ones)
  for (let s = 0; s < alphas.length && left > 0; s++) {
    if (alphas[s] === 1) {
      alphas[s] = 0
      left--
    }
  }
}

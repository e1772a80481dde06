import { coincidenceMatrix, type CoincidenceMatrix } from './coincidenceMatrix'
import { differenceMatrix } from './differenceFunction'
import type { Level, ReliabilityData, Value } from './reliabilityData'

export interface AlphaResult {
  /** α = 1 − D_o/D_e, or null when undefined (see `reason`). */
  readonly value: number | null
  readonly reason: string | null
  /** D_o = (1/n..) Σ_c Σ_k o_ck δ²_ck; null when no unit is pairable. */
  readonly observedDisagreement: number | null
  /** D_e = 1/(n..(n.. − 1)) Σ_c Σ_k n_c n_k δ²_ck; null when no unit is pairable. */
  readonly expectedDisagreement: number | null
  readonly coincidence: CoincidenceMatrix
  /** δ²_ck over `coincidence.labels`. */
  readonly differences: number[][]
}

/**
 * Krippendorff's alpha for any number of coders, missing values and the nominal, ordinal,
 * interval or ratio metric, computed from the coincidence matrix as in Krippendorff (2011)
 * "Computing Krippendorff's Alpha-Reliability", sections C–E. Units coded by fewer than two
 * coders are left out (their values are not pairable). `order` fixes the label order (needed
 * for ordinal strings). Undefined, with `value: null` and a reason, when no unit has two
 * values, or when all pairable values are the same (D_e = 0: no variation to agree on).
 */
export function krippendorffAlpha(data: ReliabilityData, level: Level, order?: readonly Value[]): AlphaResult {
  const coincidence = coincidenceMatrix(data, order)
  const differences = differenceMatrix(level, coincidence.labels, coincidence.totals)
  const { matrix, totals, n, labels } = coincidence
  if (n === 0) {
    return {
      value: null,
      reason: 'no unit was coded by two or more coders',
      observedDisagreement: null,
      expectedDisagreement: null,
      coincidence,
      differences,
    }
  }
  let observed = 0
  let expected = 0
  for (let c = 0; c < labels.length; c++) {
    for (let k = 0; k < labels.length; k++) {
      observed += matrix[c][k] * differences[c][k]
      expected += totals[c] * totals[k] * differences[c][k]
    }
  }
  const Do = observed / n
  const De = expected / (n * (n - 1))
  if (De === 0) {
    const only = labels.filter((_, i) => totals[i] > 0).map((l) => JSON.stringify(l)).join(', ')
    return {
      value: null,
      reason: `no variation: every pairable value is ${only}, so there is nothing to agree on beyond chance`,
      observedDisagreement: Do,
      expectedDisagreement: De,
      coincidence,
      differences,
    }
  }
  return { value: 1 - Do / De, reason: null, observedDisagreement: Do, expectedDisagreement: De, coincidence, differences }
}

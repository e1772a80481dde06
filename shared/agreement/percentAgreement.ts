import { coincidenceMatrix } from './coincidenceMatrix'
import { defined, undefinedBecause, type Coefficient } from './coefficient'
import type { ReliabilityData } from './reliabilityData'

/**
 * Percent agreement over pairable values, as a proportion 0–1: Σ_c o_cc / n.., the share of
 * pairable values that agree with the other values of their unit, each unit's pairs
 * weighted 1/(m_u − 1) (Krippendorff 2004, pp. 222–223, 230; it equals 1 − D_o of nominal
 * alpha). For two coders this is plain % agreement over the units both coded; with the same
 * number of coders in every unit it is the mean agreement over all coder pairs. Values are
 * compared as nominal categories. Undefined when no unit has values from two coders.
 */
export function percentAgreement(data: ReliabilityData): Coefficient {
  const { matrix, n } = coincidenceMatrix(data)
  if (n === 0) return undefinedBecause('no unit was coded by two or more coders')
  let agree = 0
  for (let c = 0; c < matrix.length; c++) agree += matrix[c][c]
  return defined(agree / n)
}

import { defined, undefinedBecause, type Coefficient } from './coefficient'
import { confusionMatrix } from './confusionMatrix'
import type { ReliabilityData } from './reliabilityData'

/**
 * Cohen's (1960) kappa for exactly two coders, over the units both coded (units either left
 * missing are skipped), values as nominal categories: κ = (p_o − p_e)/(1 − p_e) with
 * p_e = Σ_c p_A(c) p_B(c) from each coder's own marginal proportions. Undefined when the
 * data do not have exactly two coders, no unit was coded by both, or p_e = 1 (both coders
 * used one and the same value throughout).
 */
export function cohenKappa(data: ReliabilityData): Coefficient {
  if (data.coders.length !== 2) return undefinedBecause(`Cohen's kappa needs exactly 2 coders, not ${data.coders.length}`)
  const { counts, units } = confusionMatrix(data)
  if (units === 0) return undefinedBecause('no unit was coded by both coders')
  const size = counts.length
  let agree = 0
  let chance = 0
  for (let c = 0; c < size; c++) {
    agree += counts[c][c]
    let row = 0
    let col = 0
    for (let k = 0; k < size; k++) {
      row += counts[c][k]
      col += counts[k][c]
    }
    chance += (row / units) * (col / units)
  }
  const po = agree / units
  if (chance >= 1) return undefinedBecause('no variation: both coders used one and the same value, chance agreement is 1')
  return defined((po - chance) / (1 - chance))
}

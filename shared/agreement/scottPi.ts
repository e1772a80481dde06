import { defined, undefinedBecause, type Coefficient } from './coefficient'
import { confusionMatrix } from './confusionMatrix'
import type { ReliabilityData } from './reliabilityData'

/**
 * Scott's (1955) pi for two coders, over the units both coded, values as nominal
 * categories: π = (p_o − p_e)/(1 − p_e) with p_e = Σ_c ((n_Ac + n_Bc)/2N)², chance estimated
 * from the two coders' pooled values (Krippendorff 2004, pp. 245–246).
 * More than two coders: undefined, on purpose. Averaging pairwise pis is no published
 * coefficient; Fleiss' (1971) kappa is pi's generalisation to many coders and Krippendorff's
 * alpha its generalisation to missing data, so the report gives those instead.
 * Also undefined when no unit was coded by both or p_e = 1 (one value used throughout).
 */
export function scottPi(data: ReliabilityData): Coefficient {
  if (data.coders.length !== 2) {
    return undefinedBecause(`Scott's pi is defined for 2 coders, not ${data.coders.length}; see Fleiss' kappa and alpha`)
  }
  const { counts, units } = confusionMatrix(data)
  if (units === 0) return undefinedBecause('no unit was coded by both coders')
  let agree = 0
  let chance = 0
  for (let c = 0; c < counts.length; c++) {
    agree += counts[c][c]
    let pooled = 0
    for (let k = 0; k < counts.length; k++) pooled += counts[c][k] + counts[k][c]
    chance += (pooled / (2 * units)) ** 2
  }
  if (chance >= 1) return undefinedBecause('no variation: both coders used one and the same value, chance agreement is 1')
  return defined((agree / units - chance) / (1 - chance))
}

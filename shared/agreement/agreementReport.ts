import { bootstrapAlpha, type BootstrapOptions } from './bootstrapAlpha'
import type { CoincidenceMatrix } from './coincidenceMatrix'
import { cohenKappa } from './cohenKappa'
import { confusionMatrix, type ConfusionMatrix } from './confusionMatrix'
import { fleissKappa } from './fleissKappa'
import { krippendorffAlpha } from './krippendorffAlpha'
import { percentAgreement } from './percentAgreement'
import { unitCount, validateReliabilityData, type Level, type ReliabilityData } from './reliabilityData'
import { scottPi } from './scottPi'
import { reliabilityFlag, type ReliabilityFlag } from './thresholds'

/** Every coefficient of `agreementReport`, by its report field name. */
export type CoefficientName = 'percent_agreement' | 'cohen_kappa' | 'scott_pi' | 'fleiss_kappa' | 'krippendorff_alpha' | 'alpha_ci95'

export interface AgreementReport {
  /** Units in the data (weighted rows counted as many units). */
  readonly units: number
  readonly coders: number
  /** Units with values from at least two coders, the only ones alpha can use. */
  readonly pairable_units: number
  /** n..: values in pairable units. */
  readonly pairable_values: number
  readonly level: Level
  /** Proportion 0–1 (see percentAgreement). */
  readonly percent_agreement: number | null
  /** Null unless exactly 2 coders. Nominal. */
  readonly cohen_kappa: number | null
  /** Null unless exactly 2 coders. Nominal. */
  readonly scott_pi: number | null
  /** Nominal; over the units every coder coded (`fleiss_units`). */
  readonly fleiss_kappa: number | null
  readonly fleiss_units: number
  /** At the report's level of measurement. */
  readonly krippendorff_alpha: number | null
  readonly alpha_ci95: [number, number] | null
  /** q: the bootstrapped probability that alpha is below each minimum. */
  readonly alpha_q: { readonly minimum: number; readonly q: number }[]
  /** Krippendorff's verdict on alpha (below .667 unacceptable, below .8 tentative). */
  readonly flag: ReliabilityFlag
  /** Why each null coefficient is null; absent for the defined ones. */
  readonly reasons: Partial<Record<CoefficientName, string>>
  readonly coincidence: CoincidenceMatrix
  /** For two coders, their confusion matrix; otherwise null. */
  readonly confusion: ConfusionMatrix | null
}

/**
 * All agreement statistics for one variable. Undefined coefficients are `null`, never NaN,
 * with a sentence in `reasons` (e.g. cohen_kappa with three coders, any coefficient when the
 * values never vary). Kappa, pi and Fleiss' kappa treat values as nominal categories
 * whatever `level` is; alpha uses `level`. The 95% interval is bootstrapped as in
 * `bootstrapAlpha` (seed 1 and 5000 samples unless `bootstrap` says otherwise), so it is the
 * same every time; `bootstrap: false` skips it (alpha_ci95 null, reason given).
 */
export function agreementReport(
  data: ReliabilityData,
  level: Level,
  options: { bootstrap?: BootstrapOptions | false } = {},
): AgreementReport {
  validateReliabilityData(data)
  const reasons: Partial<Record<CoefficientName, string>> = {}
  const note = (name: CoefficientName, c: { value: number | null; reason: string | null }) => {
    if (c.value === null) reasons[name] = c.reason ?? 'undefined'
    return c.value
  }
  const alpha = krippendorffAlpha(data, level, options.bootstrap ? options.bootstrap.order : undefined)
  const fleiss = fleissKappa(data)
  let interval: [number, number] | null = null
  let q: { minimum: number; q: number }[] = []
  if (options.bootstrap === false) {
    reasons.alpha_ci95 = 'not computed: bootstrap switched off'
  } else if (alpha.value === null) {
    reasons.alpha_ci95 = alpha.reason ?? 'alpha is undefined'
  } else {
    const boot = bootstrapAlpha(data, level, { confidence: 0.95, ...options.bootstrap })
    interval = boot.interval
    q = boot.q
  }
  return {
    units: unitCount(data),
    coders: data.coders.length,
    pairable_units: alpha.coincidence.pairableUnits,
    pairable_values: alpha.coincidence.n,
    level,
    percent_agreement: note('percent_agreement', percentAgreement(data)),
    cohen_kappa: note('cohen_kappa', cohenKappa(data)),
    scott_pi: note('scott_pi', scottPi(data)),
    fleiss_kappa: note('fleiss_kappa', fleiss.kappa),
    fleiss_units: fleiss.units,
    krippendorff_alpha: note('krippendorff_alpha', alpha),
    alpha_ci95: interval,
    alpha_q: q,
    flag: reliabilityFlag(alpha.value),
    reasons,
    coincidence: alpha.coincidence,
    confusion: data.coders.length === 2 ? confusionMatrix(data) : null,
  }
}

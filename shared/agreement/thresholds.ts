/**
 * Krippendorff's (2004, p. 241) standards for alpha: rely on variables with α ≥ .800,
 * consider variables with .667 ≤ α < .800 only for tentative conclusions, and discard
 * data below .667. `undefined` when the coefficient could not be computed.
 */
export type ReliabilityFlag = 'acceptable' | 'tentative' | 'unacceptable' | 'undefined'

/** The smallest alpha for tentative conclusions. */
export const TENTATIVE_ALPHA = 0.667
/** The smallest alpha for relying on the data. */
export const ACCEPTABLE_ALPHA = 0.8

/** Flags a reliability coefficient (a proportion, −1…1) against Krippendorff's thresholds; null → 'undefined'. */
export function reliabilityFlag(value: number | null): ReliabilityFlag {
  if (value === null) return 'undefined'
  if (value < TENTATIVE_ALPHA) return 'unacceptable'
  if (value < ACCEPTABLE_ALPHA) return 'tentative'
  return 'acceptable'
}

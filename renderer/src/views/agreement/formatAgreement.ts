import type { ReliabilityFlag } from '../../../../shared/agreement'

/** A coefficient to three decimals with a true minus sign; an em dash when undefined. */
export function formatCoefficient(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  return value.toFixed(3).replace('-', '−')
}

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  return `${(value * 100).toFixed(1)}%`
}

/** An interval as journals print it, [−0.120, 0.480]: a dash between two numbers that may be negative reads as a minus. */
export function formatInterval(ci: readonly [number, number] | null | undefined): string {
  if (!ci) return '—'
  return `[${formatCoefficient(ci[0])}, ${formatCoefficient(ci[1])}]`
}

/** Krippendorff's verdicts in words, with an icon, so the flag never rests on color alone. */
export const FLAGS: Record<ReliabilityFlag, { icon: string; label: string; description: string }> = {
  acceptable: { icon: '✓', label: 'Reliable', description: 'α ≥ .800: rely on this variable' },
  tentative: { icon: '▲', label: 'Tentative', description: '.667 ≤ α < .800: tentative conclusions only' },
  unacceptable: { icon: '✕', label: 'Below .667', description: 'α < .667: discard or recode' },
  undefined: { icon: '–', label: 'Undefined', description: 'α could not be computed (no variation, or too few units)' },
}

import type { Level, Value } from './reliabilityData'

/**
 * Krippendorff's squared difference functions δ²(c, k) for the four common levels of
 * measurement (Krippendorff 2011, section E; 2004, pp. 232–236), as a matrix over `labels`:
 * - nominal: 0 if c = k, else 1;
 * - ordinal: (Σ_{g=c..k} n_g − (n_c + n_k)/2)², from the pairable-value totals `totals`
 *   in label order (so an unused rank between two values adds nothing);
 * - interval: (c − k)²;
 * - ratio: ((c − k)/(c + k))², 0 when c = k = 0.
 * Interval and ratio need numeric labels and ratio non-negative ones: a RangeError otherwise.
 */
export function differenceMatrix(level: Level, labels: readonly Value[], totals: readonly number[]): number[][] {
  const size = labels.length
  if (level === 'interval' || level === 'ratio') {
    for (const l of labels) {
      if (typeof l !== 'number') throw new RangeError(`${level} data must be numbers, got ${JSON.stringify(l)}`)
      if (level === 'ratio' && l < 0) throw new RangeError(`ratio data must not be negative, got ${l}`)
    }
  }
  const out = Array.from({ length: size }, () => new Array<number>(size).fill(0))
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      if (c === k) continue
      out[c][k] = difference(level, c, k, labels, totals)
    }
  }
  return out
}

function difference(level: Level, c: number, k: number, labels: readonly Value[], totals: readonly number[]): number {
  switch (level) {
    case 'nominal':
      return 1
    case 'ordinal': {
      const lo = Math.min(c, k)
      const hi = Math.max(c, k)
      let sum = 0
      for (let g = lo; g <= hi; g++) sum += totals[g]
      const d = sum - (totals[lo] + totals[hi]) / 2
      return d * d
    }
    case 'interval': {
      const d = (labels[c] as number) - (labels[k] as number)
      return d * d
    }
    case 'ratio': {
      const a = labels[c] as number
      const b = labels[k] as number
      if (a + b === 0) return 0
      const d = (a - b) / (a + b)
      return d * d
    }
  }
}

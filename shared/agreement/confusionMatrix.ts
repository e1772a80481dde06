import { orderedLabels, weightOf, type ReliabilityData, type Value } from './reliabilityData'

/** A two-coder contingency table: `counts[i][j]` units coder A put in `labels[i]` and coder B in `labels[j]`. */
export interface ConfusionMatrix {
  readonly coders: readonly [string, string]
  readonly labels: Value[]
  readonly counts: number[][]
  /** Units both coders coded (weighted rows counted as many units). */
  readonly units: number
}

/**
 * The confusion (contingency) matrix of coders `a` and `b` (column indexes into
 * `data.coders`, default the first two) over the units both coded; units either left
 * missing are skipped. Labels are the values either coder used, numbers ascending then strings.
 */
export function confusionMatrix(data: ReliabilityData, a = 0, b = 1): ConfusionMatrix {
  if (a === b || !data.coders[a] || !data.coders[b]) throw new RangeError('a confusion matrix needs two different coders')
  const both: number[] = []
  const seen: Value[] = []
  data.values.forEach((row, r) => {
    if (row[a] !== null && row[b] !== null && weightOf(data, r) > 0) {
      both.push(r)
      seen.push(row[a], row[b])
    }
  })
  const labels = orderedLabels(seen)
  const index = new Map<Value, number>(labels.map((l, i) => [l, i]))
  const counts = labels.map(() => new Array<number>(labels.length).fill(0))
  let units = 0
  for (const r of both) {
    const w = weightOf(data, r)
    counts[index.get(data.values[r][a])!][index.get(data.values[r][b])!] += w
    units += w
  }
  return { coders: [data.coders[a], data.coders[b]], labels, counts, units }
}

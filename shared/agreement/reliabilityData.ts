/**
 * Reliability data: the units × coders matrix every agreement coefficient reads
 * (Krippendorff 2004, ch. 11: "reliability data"). One row per unit of analysis, one
 * column per coder; `null` is a missing value (the coder did not code that unit).
 */

/** One coder's value for one unit: a category label, a number, or `null` for missing. */
export type Value = string | number | null

/** The level of measurement of the values, which picks alpha's difference function. */
export type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio'

export interface ReliabilityData {
  /** Coder names or ids, one per column. */
  readonly coders: readonly string[]
  /** One row per unit (or per group of identical units, see `weights`), one value per coder. */
  readonly values: readonly (readonly Value[])[]
  /** Optional unit ids, parallel to `values`. */
  readonly units?: readonly string[]
  /**
   * How many identical units each row stands for (all 1 when absent). Unit building uses it
   * to fold the thousands of sentences nobody coded into one row; every statistic here is a
   * sum over units, so a weighted row is exactly the same as that many copies of it.
   */
  readonly weights?: readonly number[]
}

/**
 * Throws a RangeError if `data` is malformed: a row whose length differs from the number of
 * coders, a non-finite number, a weight that is not a non-negative integer, or `units` /
 * `weights` arrays of the wrong length. Returns nothing when the data are well formed.
 */
export function validateReliabilityData(data: ReliabilityData): void {
  const m = data.coders.length
  data.values.forEach((row, u) => {
    if (row.length !== m) throw new RangeError(`unit ${u + 1} has ${row.length} values for ${m} coders`)
    for (const v of row) {
      if (typeof v === 'number' && !Number.isFinite(v)) throw new RangeError(`unit ${u + 1} has a non-finite number`)
    }
  })
  if (data.units && data.units.length !== data.values.length) throw new RangeError('units and values differ in length')
  if (data.weights) {
    if (data.weights.length !== data.values.length) throw new RangeError('weights and values differ in length')
    for (const w of data.weights) {
      if (!Number.isInteger(w) || w < 0) throw new RangeError(`weight ${w} is not a non-negative integer`)
    }
  }
}

/** Number of units row `row` stands for: its weight, or 1 when the data carry no weights. */
export function weightOf(data: ReliabilityData, row: number): number {
  return data.weights ? data.weights[row] : 1
}

/** Total number of units in `data`, counting weighted rows as many units. */
export function unitCount(data: ReliabilityData): number {
  if (!data.weights) return data.values.length
  let n = 0
  for (const w of data.weights) n += w
  return n
}

/**
 * The same data with identical rows merged into one weighted row (unit ids are dropped,
 * since a merged row no longer names one unit). Statistics computed on the result are
 * identical to those on the input; rows keep the order of their first occurrence.
 */
export function compressRows(data: ReliabilityData): ReliabilityData {
  const index = new Map<string, number>()
  const values: Value[][] = []
  const weights: number[] = []
  data.values.forEach((row, r) => {
    const key = JSON.stringify(row)
    const at = index.get(key)
    if (at === undefined) {
      index.set(key, values.length)
      values.push([...row])
      weights.push(weightOf(data, r))
    } else {
      weights[at] += weightOf(data, r)
    }
  })
  return { coders: data.coders, values, weights }
}

/**
 * The distinct non-missing values in `values`, in a stable order: numbers ascending, then
 * strings in code unit order (so results never depend on the machine's locale). With
 * `order`, that order is used instead and a value missing from it throws a RangeError.
 */
export function orderedLabels(values: Iterable<Value>, order?: readonly Value[]): Value[] {
  const seen = new Set<string | number>()
  for (const v of values) if (v !== null) seen.add(v)
  if (order) {
    const allowed = new Set(order)
    for (const v of seen) {
      if (!allowed.has(v)) throw new RangeError(`value ${JSON.stringify(v)} is not in the given order`)
    }
    return [...order]
  }
  const numbers = [...seen].filter((v): v is number => typeof v === 'number').sort((a, b) => a - b)
  const strings = [...seen].filter((v): v is string => typeof v === 'string').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return [...numbers, ...strings]
}

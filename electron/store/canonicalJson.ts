/**
 * Serialises data the same way every time: object keys sorted, two-space indent, "\n" at
 * the end. An unchanged project therefore re-saves byte-identically, and diffs under git
 * show only what changed. Arrays keep their order: callers sort items where order is free.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n'
}

/**
 * A copy of `value` with every object's keys in sorted order. Objects whose keys are
 * already sorted (everything Margin read from its own files) are reused, not copied, so
 * re-saving a large coder file costs little more than JSON.stringify.
 */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null
    for (let i = 0; i < value.length; i++) {
      const item = sortKeys(value[i])
      if (item !== value[i]) (copy ??= value.slice())[i] = item
    }
    return copy ?? value
  }
  if (value === null || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  let sorted = true
  let changed = false
  const items: unknown[] = new Array(keys.length)
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && keys[i - 1] > keys[i]) sorted = false
    const item = record[keys[i]]
    if (item === undefined) changed = true
    const next = sortKeys(item)
    if (next !== item) changed = true
    items[i] = next
  }
  if (sorted && !changed) return value
  const order = keys.map((key, i) => [key, items[i]] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const out: Record<string, unknown> = {}
  for (const [key, item] of order) if (item !== undefined) out[key] = item
  return out
}

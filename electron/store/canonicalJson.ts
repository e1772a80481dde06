/**
 * Serialises data the same way every time: object keys sorted, two-space indent, "\n" at
 * the end. An unchanged project therefore re-saves byte-identically, and diffs under git
 * show only what changed. Arrays keep their order: callers sort items where order is free.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n'
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key]
      if (item !== undefined) out[key] = sortKeys(item)
    }
    return out
  }
  return value
}

import { z } from 'zod'

/**
 * `schema` (a z.record, possibly with a default) with a checked fast path: a plain object
 * whose every key passes `isKey` and every value `isValue` is taken as it is; anything
 * else (missing, a bad entry) goes through `schema`, which fills the default and words the
 * error. For the records of 10,000 documents in a coder's file, where zod's per-entry work
 * shows. `isKey`/`isValue` must accept nothing `schema` would reject or change.
 */
export function checkedRecord<V>(
  schema: z.ZodType<Record<string, V>>,
  isKey: (key: string) => boolean,
  isValue: (value: unknown) => value is V,
): z.ZodType<Record<string, V>> {
  return z.unknown().optional().transform((raw, ctx) => {
    if (isPlainRecord(raw)) {
      let ok = true
      for (const key in raw) {
        if (!isKey(key) || !isValue(raw[key])) {
          ok = false
          break
        }
      }
      if (ok) return raw as Record<string, V>
    }
    const parsed = schema.safeParse(raw)
    if (parsed.success) return parsed.data
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
    return z.NEVER
  }) as unknown as z.ZodType<Record<string, V>>
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype
}

import type { Annotation } from '../../../shared/model'
import { canonicalJson } from '../../store/canonicalJson'

/**
 * The order "later edit wins" uses: by `updatedAt` (as an instant), ties broken by the
 * canonical JSON text, so any two versions compare the same way on every machine and in
 * every merge order. Returns < 0, 0 (identical versions) or > 0.
 */
export function compareVersions(a: Annotation, b: Annotation): number {
  const dt = Date.parse(a.updatedAt) - Date.parse(b.updatedAt)
  if (dt !== 0) return dt
  if (sameJson(a, b)) return 0
  const ca = canonicalJson(a)
  const cb = canonicalJson(b)
  return ca < cb ? -1 : ca > cb ? 1 : 0
}

/** The latest of `versions` (undefined entries skipped). */
export function latest<T extends Annotation>(versions: readonly (T | undefined)[]): T | undefined {
  let best: T | undefined
  for (const v of versions) if (v && (!best || compareVersions(v, best) > 0)) best = v
  return best
}

/**
 * Deep equality of JSON values, whatever their key order; undefined properties count as
 * absent. Allocates nothing: merging a coder's file again compares every one of 50,000
 * annotations with the project's copy, and building key lists for each took most of it.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  const isArray = Array.isArray(a)
  if (isArray !== Array.isArray(b)) return false
  if (isArray) {
    const x = a as unknown[]
    const y = b as unknown[]
    if (x.length !== y.length) return false
    for (let i = 0; i < x.length; i++) if (!sameJson(x[i], y[i])) return false
    return true
  }
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  // Every defined key of `a` is in `b` with an equal value, and `b` has as many: the same keys.
  let keys = 0
  for (const key in ra) {
    if (!Object.hasOwn(ra, key) || ra[key] === undefined) continue
    if (!Object.hasOwn(rb, key) || !sameJson(ra[key], rb[key])) return false
    keys++
  }
  for (const key in rb) if (Object.hasOwn(rb, key) && rb[key] !== undefined) keys--
  return keys === 0
}

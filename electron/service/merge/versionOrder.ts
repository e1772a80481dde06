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

/** Deep equality of JSON values, whatever their key order; undefined properties count as absent. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]))
  }
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined)
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined)
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && sameJson(ra[k], rb[k]))
}

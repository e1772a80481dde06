import type { Annotation, Codebook } from '../../../shared/model'

/** One annotation as it is and as a codebook change leaves it. */
export interface AnnotationChange {
  before: Annotation
  after: Annotation
}

/** What a merge, delete or split does: the codebook before and after, and every annotation it re-saves. */
export interface CodebookChange {
  before: Codebook
  after: Codebook
  annotations: AnnotationChange[]
}

/** Now, or a millisecond after `previous` if the clock has not moved past it (team merges order edits by time). */
export function laterThan(previous: string, now = Date.now()): string {
  const before = Date.parse(previous)
  return new Date(now > before ? now : before + 1).toISOString()
}

/**
 * Every live annotation that refers to `codeId` through a 'code' attribute (a stance's
 * actor, say), with the attribute ids that do: merging or deleting the code must update them.
 */
export function attributeReferences(codebook: Codebook, annotations: Annotation[], codeId: string): Map<Annotation, string[]> {
  const codeAttributes = new Map<string, string[]>()
  for (const code of codebook.codes) {
    const ids = code.attributes.filter((a) => a.type === 'code').map((a) => a.id)
    if (ids.length) codeAttributes.set(code.id, ids)
  }
  const out = new Map<Annotation, string[]>()
  for (const annotation of annotations) {
    if (annotation.deleted) continue
    const keys = (codeAttributes.get(annotation.codeId) ?? []).filter((key) => annotation.attributes[key] === codeId)
    if (keys.length) out.set(annotation, keys)
  }
  return out
}

/** The ids of a code's descendants (children, their children…), cycle-safe. */
export function descendantIds(codebook: Codebook, codeId: string): Set<string> {
  const out = new Set<string>()
  const queue = [codeId]
  while (queue.length) {
    const id = queue.shift()!
    for (const code of codebook.codes) {
      if (code.parentId === id && !out.has(code.id) && code.id !== codeId) {
        out.add(code.id)
        queue.push(code.id)
      }
    }
  }
  return out
}

/** Stable text of any JSON value (keys sorted), to compare stored data regardless of key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sort(value))
}

function sort(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sort)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sort((value as Record<string, unknown>)[k])]),
    )
  }
  return value
}

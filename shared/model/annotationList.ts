import { z } from 'zod'
import { annotationSchema, type Annotation } from './annotation'
import { ID_PATTERN, TIMESTAMP_PATTERN } from './ids'

const KEYS: ReadonlySet<string> = new Set(['after', 'attributes', 'before', 'codeId', 'coderId', 'createdAt', 'deleted', 'documentId', 'end', 'id', 'memo', 'quote', 'start', 'updatedAt'])

/**
 * True when `raw` is an annotation exactly as Margin writes it: every field present, of the
 * right type and form, nothing extra. Such an object is what annotationSchema would return
 * for it, so it can be used as it is. Anything else (a missing field that takes a default,
 * an extra field, a bad value) answers false and goes through annotationSchema, which
 * fills defaults and words the error. Tested against annotationSchema itself.
 */
export function isWellFormedAnnotation(raw: unknown): raw is Annotation {
  if (!isPlainObject(raw) || Object.getPrototypeOf(raw) !== Object.prototype) return false
  const a = raw as Record<string, unknown>
  // With a plain prototype, for…in sees exactly the own keys, and allocates nothing.
  let keys = 0
  for (const key in a) {
    if (!KEYS.has(key)) return false
    keys++
  }
  if (keys !== KEYS.size) return false
  if (!isId(a.id) || !isId(a.documentId) || !isId(a.codeId) || !isId(a.coderId)) return false
  if (a.start === null || a.end === null) {
    if (a.start !== a.end) return false
  } else if (!isOffset(a.start) || !isOffset(a.end) || a.start >= a.end) return false
  if (!isNullableString(a.quote) || !isNullableString(a.before) || !isNullableString(a.after)) return false
  if (!isPlainObject(a.attributes) || !allAttributeValues(a.attributes)) return false
  if (a.memo !== null && !isMemo(a.memo)) return false
  if (!isTimestamp(a.createdAt) || !isTimestamp(a.updatedAt)) return false
  return typeof a.deleted === 'boolean'
}

/**
 * A list of annotations validated item by item: well-formed items (all of them, in files
 * Margin wrote) are taken as they are, the rest go through annotationSchema. This makes
 * opening and merging files of 50,000 annotations several times faster than running zod
 * on every object, with the same result and the same error messages (paths included).
 */
export const annotationListSchema = z.array(z.unknown()).transform((items, ctx) => {
  const out = new Array<Annotation>(items.length)
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    if (isWellFormedAnnotation(item)) {
      out[i] = item
      continue
    }
    const parsed = annotationSchema.safeParse(item)
    if (parsed.success) out[i] = parsed.data
    else for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [i, ...issue.path] })
  }
  return out
})

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
function isId(value: unknown): boolean {
  return typeof value === 'string' && ID_PATTERN.test(value)
}
function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}
function isNullableString(value: unknown): boolean {
  return value === null || typeof value === 'string'
}
function allAttributeValues(attributes: Record<string, unknown>): boolean {
  for (const key of Object.keys(attributes)) if (!isAttributeValue(attributes[key])) return false
  return true
}
function isAttributeValue(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))
}
function isTimestamp(value: unknown): boolean {
  return typeof value === 'string' && TIMESTAMP_PATTERN.test(value)
}
function isMemo(value: unknown): boolean {
  if (!isPlainObject(value)) return false
  const keys = Object.keys(value)
  return keys.length === 2 && isPlainObject(value.doc) && typeof value.text === 'string'
}

import type { Annotation, Code, Codebook } from '../../shared/model'
import { CONTEXT_CODE_POINTS } from '../../shared/model'
import { CodePointIndex } from '../../shared/text/codePoints'
import { UserError } from './dispatch'

type AttributeValues = Annotation['attributes']

/**
 * Anchors a span in a document text: checks the code point offsets and returns the quote
 * with CONTEXT_CODE_POINTS of context on each side. For a document-level annotation
 * (no offsets) everything is null.
 */
export function anchorSpan(
  text: string | CodePointIndex,
  start: number | null,
  end: number | null,
): Pick<Annotation, 'start' | 'end' | 'quote' | 'before' | 'after'> {
  if (start === null && end === null) return { start: null, end: null, quote: null, before: null, after: null }
  if (start === null || end === null) throw new UserError('a span needs both start and end')
  const index = typeof text === 'string' ? new CodePointIndex(text) : text
  if (start >= end) throw new UserError(`empty or reversed span ${start}–${end}`)
  if (end > index.length) throw new UserError(`span ${start}–${end} runs past the end of the text (${index.length} characters)`)
  return {
    start,
    end,
    quote: index.slice(start, end),
    before: index.slice(Math.max(0, start - CONTEXT_CODE_POINTS), start),
    after: index.slice(end, Math.min(index.length, end + CONTEXT_CODE_POINTS)),
  }
}

/** Finds a code or explains that it is not in the codebook. */
export function requireCode(codebook: Codebook, codeId: string): Code {
  const code = codebook.codes.find((c) => c.id === codeId)
  if (!code) throw new UserError(`no code with id "${codeId}" in the codebook`)
  return code
}

/** Checks that a code may be applied at this level (span or whole document). */
export function checkLevel(code: Code, isSpan: boolean): void {
  if (isSpan && code.level === 'document') throw new UserError(`"${code.name}" is a document-level code; apply it to the whole document`)
  if (!isSpan && code.level === 'span') throw new UserError(`"${code.name}" is applied to passages; select text first`)
}

/**
 * Validates attribute values against the code's attribute definitions: unknown keys,
 * values outside a scale or list, and code references to the wrong group are refused.
 * Missing attributes take their defaults.
 */
export function checkAttributes(codebook: Codebook, code: Code, values: AttributeValues = {}): AttributeValues {
  const out: AttributeValues = {}
  for (const key of Object.keys(values)) {
    if (!code.attributes.some((a) => a.id === key)) throw new UserError(`"${code.name}" has no attribute "${key}"`)
  }
  for (const def of code.attributes) {
    const value = key(values, def.id) ? values[def.id] : def.default
    if (value === null || value === undefined || value === '') {
      out[def.id] = null
      continue
    }
    if ((def.type === 'scale' || def.type === 'list') && !def.options.some((o) => o.value === value)) {
      const allowed = def.options.map((o) => `${o.value} (${o.label})`).join(', ')
      throw new UserError(`${def.name} must be one of ${allowed}; got ${JSON.stringify(value)}`)
    }
    if (def.type === 'code') {
      const target = codebook.codes.find((c) => c.id === value)
      if (!target) throw new UserError(`${def.name}: no code with id ${JSON.stringify(value)}`)
      if (def.fromGroup && target.groupId !== def.fromGroup) {
        throw new UserError(`${def.name} must be a code of group "${def.fromGroup}"; "${target.name}" is not`)
      }
    }
    if (def.type === 'text' && typeof value !== 'string') throw new UserError(`${def.name} must be text`)
    out[def.id] = value
  }
  return out
}

function key(values: AttributeValues, id: string): boolean {
  return Object.hasOwn(values, id)
}

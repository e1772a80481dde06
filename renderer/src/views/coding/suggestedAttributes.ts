import type { Annotation, Code } from '../../../../shared/model'
import type { Span } from '../../reader/selectionSpan'
import type { CodeIndex } from './codeIndex'

/** How far before a passage an actor coded earlier still counts as its speaker (code points). */
const SPEAKER_REACH = 400

const lastUsed = new Map<string, Annotation['attributes'][string]>()

/** Remembers the values a coder gave a code's attributes, to suggest them next time. */
export function rememberAttributes(code: Code, values: Annotation['attributes']): void {
  for (const def of code.attributes) {
    const value = values[def.id]
    if (value !== null && value !== undefined && def.type !== 'scale') lastUsed.set(`${code.id}/${def.id}`, value)
  }
}

/**
 * Starting values for a new annotation's attributes, so coding a stance takes seconds:
 * a code attribute (the speaking actor) takes the actor the coder marked on or just before
 * the passage, in the same paragraph; otherwise, like a list attribute (the target), the
 * value used last. Scales (polarity) are never guessed: the coder always decides them.
 */
export function suggestedAttributes(code: Code, span: Span, annotations: readonly Annotation[], me: string, codes: CodeIndex): Annotation['attributes'] {
  const out: Annotation['attributes'] = {}
  for (const def of code.attributes) {
    if (def.type === 'scale') continue
    if (def.type === 'code' && def.fromGroup) {
      const speaker = nearestCoded(span, annotations, me, (codeId) => codes.byId.get(codeId)?.groupId === def.fromGroup)
      if (speaker) {
        out[def.id] = speaker.codeId
        continue
      }
    }
    const remembered = lastUsed.get(`${code.id}/${def.id}`)
    if (remembered !== undefined) out[def.id] = remembered
  }
  return out
}

function nearestCoded(span: Span, annotations: readonly Annotation[], me: string, wanted: (codeId: string) => boolean): Annotation | null {
  let best: Annotation | null = null
  for (const a of annotations) {
    if (a.coderId !== me || a.start === null || a.end === null || !wanted(a.codeId)) continue
    const overlaps = a.start < span.end && span.start < a.end
    const before = a.end <= span.start && span.start - a.end <= SPEAKER_REACH && !(a.after ?? '').slice(0, span.start - a.end).includes('\n')
    if (!overlaps && !before) continue
    if (!best || a.start > best.start!) best = a
  }
  return best
}

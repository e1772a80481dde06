import { getSchema } from '@tiptap/core'
import { Node as PMNode } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { CodePointIndex } from '../../shared/text/codePoints'
import { OffsetMap } from '../../renderer/src/reader/offsets'
import { readerExtensions } from '../../renderer/src/reader/readerSchema'
import { spanFromSelection } from '../../renderer/src/reader/selectionSpan'
import { textToDoc } from '../../renderer/src/reader/textToDoc'

const schema = getSchema(readerExtensions)

// Curly quotes, an em dash, emoji with a skin tone and a ZWJ family, a flag, combining
// accents (e + U+0301), astral math letters and CJK, blank lines: what selections cross.
const text =
  'Trump said talks would begin “immediately” — after the call.\n\n' +
  'Putin’s aide 👍🏽 said: 👨‍👩‍👧 families 🇺🇦 wait; cafe\u0301 owners 𝒳𝒴 agree 普京.\n' +
  'Last line, no newline'

const map = new OffsetMap(text)
const doc = PMNode.fromJSON(schema, textToDoc(text))
const index = new CodePointIndex(text)

/** ProseMirror positions of a UTF-16 range of `text` (as a drag in the reader would give). */
function positions(needle: string, occurrence = 0): { from: number; to: number } {
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1)
  if (at === -1) throw new Error(`no ${needle}`)
  const from = map.toPos(index.fromUtf16(at))
  return { from, to: from + needle.length }
}

/** The text the reader shows between two ProseMirror positions. */
const shown = (from: number, to: number) => doc.textBetween(from, to, '\n')

describe('spanFromSelection', () => {
  it('stores a quote equal to the text at its code point offsets, across every pair of positions', () => {
    const size = doc.content.size
    for (let from = 0; from <= size; from += 3) {
      for (let to = from + 1; to <= size; to += 7) {
        for (const snap of [false, true]) {
          const span = spanFromSelection(map, from, to, snap)
          if (!span) continue
          expect(span.quote).toBe([...text].slice(span.start, span.end).join(''))
          expect(span.quote).toBe(index.slice(span.start, span.end))
          expect(span.quote).toBe(span.quote.trim())
        }
      }
    }
  })

  it('keeps a selection of whole words exactly, curly quotes and em dash included', () => {
    const { from, to } = positions('talks would begin “immediately” — after')
    expect(shown(from, to)).toBe('talks would begin “immediately” — after')
    const span = spanFromSelection(map, from, to, true)!
    expect(span.quote).toBe('talks would begin “immediately” — after')
    expect(span.start).toBe(11)
    expect(span.end - span.start).toBe([...'talks would begin “immediately” — after'].length)
  })

  it('snaps partial words outwards to whole words, and not without snapping', () => {
    const { from, to } = positions('alks would beg')
    expect(spanFromSelection(map, from, to, true)!.quote).toBe('talks would begin')
    expect(spanFromSelection(map, from, to, false)!.quote).toBe('alks would beg')
    // An apostrophe inside a word keeps the word whole.
    const p = positions('utin’s ai')
    expect(spanFromSelection(map, p.from, p.to, true)!.quote).toBe('Putin’s aide')
  })

  it('never splits an emoji, a ZWJ sequence, a flag or a letter from its combining accent', () => {
    const skin = text.indexOf('👍🏽')
    const from = map.toPos(index.fromUtf16(skin))
    // Ends inside the skin-tone modifier: the whole emoji is taken.
    let span = spanFromSelection(map, from, from + 3, false)!
    expect(span.quote).toBe('👍🏽')
    const family = text.indexOf('👨‍👩‍👧')
    const f = map.toPos(index.fromUtf16(family))
    span = spanFromSelection(map, f + 2, f + 4, false)!
    expect(span.quote).toBe('👨‍👩‍👧')
    const flag = text.indexOf('🇺🇦')
    const g = map.toPos(index.fromUtf16(flag))
    expect(spanFromSelection(map, g, g + 2, false)!.quote).toBe('🇺🇦')
    const cafe = text.indexOf('cafe\u0301')
    const c = map.toPos(index.fromUtf16(cafe))
    expect(spanFromSelection(map, c, c + 4, false)!.quote).toBe('cafe\u0301')
    const math = text.indexOf('𝒳𝒴')
    const m = map.toPos(index.fromUtf16(math))
    span = spanFromSelection(map, m + 1, m + 3, false)!
    expect(span.quote).toBe('𝒳𝒴')
    expect(span.end - span.start).toBe(2)
  })

  it('trims whitespace and line breaks at the ends, and drops a whitespace-only selection', () => {
    const end = positions('call.')
    const next = positions('Putin’s')
    const span = spanFromSelection(map, end.from, next.to, false)!
    expect(span.quote).toBe('call.\n\nPutin’s')
    expect(spanFromSelection(map, end.to, next.from, true)).toBeNull()
    expect(spanFromSelection(map, 5, 5, true)).toBeNull()
  })

  it('works in either direction and at the very end of the text', () => {
    const { from, to } = positions('no newline')
    expect(spanFromSelection(map, to, from, true)).toEqual(spanFromSelection(map, from, to, true))
    expect(spanFromSelection(map, from, doc.content.size, true)!.quote).toBe('no newline')
  })
})

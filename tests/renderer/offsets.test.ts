import { getSchema } from '@tiptap/core'
import { Node as PMNode } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { CodePointIndex } from '../../shared/text/codePoints'
import { splitParagraphs } from '../../shared/text/normalize'
import { OffsetMap } from '../../renderer/src/reader/offsets'
import { readerExtensions } from '../../renderer/src/reader/readerSchema'
import { textToDoc } from '../../renderer/src/reader/textToDoc'

const schema = getSchema(readerExtensions)
const docOf = (text: string) => PMNode.fromJSON(schema, textToDoc(text))

// Curly quotes, an em dash, "½", astral emoji and CJK, blank and whitespace-only lines,
// a leading blank line and a tab: everything the offsets must survive.
const text = '\nTrump said “immediately” — ½ done.\n\n   \n👍🏽 Putin 普京 agreed\tto talk 𝒳.\nLast line'

describe('textToDoc', () => {
  it('makes one paragraph per non-empty line, with the text verbatim', () => {
    const doc = docOf(text)
    const lines = text.split('\n').filter((line) => line.trim())
    expect(doc.childCount).toBe(lines.length)
    doc.forEach((paragraph, _offset, i) => expect(paragraph.textContent).toBe(lines[i]))
  })

  it('builds the same document from a layout already at hand', () => {
    expect(textToDoc(text, new OffsetMap(text).paragraphs)).toEqual(textToDoc(text))
  })

  it('gives an empty text one empty paragraph', () => {
    const doc = docOf('')
    expect(doc.childCount).toBe(1)
    expect(doc.firstChild!.textContent).toBe('')
    expect(new OffsetMap('').toPos(0)).toBe(1)
    expect(new OffsetMap('').fromPos(1)).toBe(0)
  })
})

describe('OffsetMap', () => {
  const map = new OffsetMap(text)
  const doc = docOf(text)
  const index = new CodePointIndex(text)

  it('maps every in-paragraph span to the same text in the ProseMirror document', () => {
    for (const { start, end } of splitParagraphs(text)) {
      for (let a = start; a <= end; a++) {
        for (let b = a; b <= end; b++) {
          const { from, to } = map.toRange(a, b)
          expect(doc.textBetween(from, to)).toBe(index.slice(a, b))
        }
      }
    }
  })

  it('round-trips every in-paragraph offset', () => {
    for (const { start, end } of splitParagraphs(text)) {
      for (let cp = start; cp <= end; cp++) expect(map.fromPos(map.toPos(cp))).toBe(cp)
    }
  })

  it('maps every position inside a paragraph to an offset whose text matches', () => {
    doc.descendants((node, pos) => {
      if (!node.isText) return
      for (let i = 0; i <= node.text!.length; i++) {
        const cp = map.fromPos(pos + i)
        // Inside a surrogate pair the offset snaps back to the character's start.
        const back = map.toPos(cp)
        expect(back).toBeLessThanOrEqual(pos + i)
        expect(pos + i - back).toBeLessThanOrEqual(1)
      }
    })
  })

  it('snaps offsets between paragraphs by bias', () => {
    const [first, second] = splitParagraphs(text)
    const gap = first.end + 2 // inside the blank lines
    expect(map.toPos(gap, 'forward')).toBe(map.toPos(second.start))
    expect(map.toPos(gap, 'backward')).toBe(map.toPos(first.end))
    // The leading blank line snaps forward to the first paragraph either way.
    expect(map.toPos(0, 'backward')).toBe(map.toPos(first.start))
    expect(map.toPos(0)).toBe(1)
  })

  it('maps paragraph boundaries and the document edges', () => {
    const paragraphs = splitParagraphs(text)
    expect(map.fromPos(0)).toBe(paragraphs[0].start)
    expect(map.fromPos(doc.content.size)).toBe(paragraphs[paragraphs.length - 1].end)
    // Between two paragraph nodes: the start of the next one.
    const between = map.paragraphs[1].contentPos - 1
    expect(map.fromPos(between)).toBe(paragraphs[1].start)
  })

  it('counts astral characters as one code point', () => {
    const emoji = text.indexOf('👍')
    const cp = index.fromUtf16(emoji)
    expect(doc.textBetween(map.toPos(cp), map.toPos(cp + 2))).toBe('👍🏽')
    expect(map.fromPos(map.toPos(cp) + 1)).toBe(cp) // inside the surrogate pair
  })

  it('rejects offsets outside the text', () => {
    expect(() => map.toPos(-1)).toThrow(RangeError)
    expect(() => map.toPos(index.length + 1)).toThrow(RangeError)
    expect(map.toPos(index.length)).toBe(doc.content.size - 1)
  })
})

describe('OffsetMap.paragraphAt', () => {
  const map = new OffsetMap(text)
  const doc = docOf(text)

  it('names the paragraph holding every position of the document, its tokens included', () => {
    doc.forEach((paragraph, offset, i) => {
      for (let pos = offset; pos <= offset + paragraph.nodeSize - 1; pos++) expect(map.paragraphAt(pos)).toBe(i)
    })
  })

  it('agrees with the span ranges the reader draws', () => {
    const paragraphs = splitParagraphs(text)
    paragraphs.forEach(({ start, end }, i) => {
      const { from, to } = map.toRange(start, end)
      expect([map.paragraphAt(from), map.paragraphAt(to)]).toEqual([i, i])
    })
  })

  it('answers 0 for a text without paragraphs', () => {
    expect(new OffsetMap('').paragraphAt(1)).toBe(0)
  })
})


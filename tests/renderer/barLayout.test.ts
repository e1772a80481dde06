import type { EditorView } from '@tiptap/pm/view'
import { describe, expect, it } from 'vitest'
import type { Annotation, Codebook } from '../../shared/model'
import codebookJson from '../../seeds/codebook.json'
import { OffsetMap } from '../../renderer/src/reader/offsets'
import { indexCodebook } from '../../renderer/src/views/coding/codeIndex'
import { BarLayout } from '../../renderer/src/views/reader/barLayout'

const codes = indexCodebook(codebookJson as Codebook)
// Three paragraphs of 100 characters; the fake layout below wraps them at 40 per 20 px line.
const line = 'x'.repeat(100)
const text = [line, line, line].join('\n')
const map = new OffsetMap(text)
const at = '2025-03-01T10:00:00.000Z'
const a = (id: string, start: number, end: number, codeId = 'frame-economic'): Annotation => ({
  id, documentId: 'doc', codeId, coderId: 'me', start, end, quote: null, before: null, after: null, attributes: {}, memo: null, createdAt: at, updatedAt: at, deleted: false,
})

/** Paragraph tops and a text width, as a browser would lay them out; counts what is measured. */
function fakeLayout() {
  const state = { tops: [0, 100, 200], heights: [60, 60, 60], width: 600, coords: 0 }
  const rect = (top: number, height: number, width = state.width) => ({ top, bottom: top + height, height, width, left: 0, right: width, x: 0, y: top }) as DOMRect
  const paragraphs = map.paragraphs.map((p, i) => {
    const element = document.createElement('p')
    element.getBoundingClientRect = () => rect(state.tops[i], state.heights[i])
    return { p, element }
  })
  const box = document.createElement('div')
  box.getBoundingClientRect = () => rect(0, 300)
  const view = {
    nodeDOM: (pos: number) => paragraphs.find(({ p }) => p.contentPos - 1 === pos)?.element ?? null,
    coordsAtPos: (pos: number) => {
      state.coords++
      const i = map.paragraphAt(pos)
      const top = state.tops[i] + Math.floor((pos - map.paragraphs[i].contentPos) / 40) * 20
      return { top, bottom: top + 20, left: 0, right: 0 }
    },
  } as unknown as EditorView
  return { state, view, box, paragraphs }
}

describe('BarLayout', () => {
  const annotations = [a('one', 10, 50), a('two', 101 + 5, 101 + 15), a('three', 202 + 0, 202 + 90, 'frame-morality')]

  it('puts each bar in the group of its paragraph, from its first line to its last', () => {
    const { view, box } = fakeLayout()
    const bars = new BarLayout(map, false)
    bars.readParagraphs(view, box)
    bars.measure(view, annotations)
    const { lanes, groups } = bars.layout(annotations, codes, 'me')
    expect(lanes).toBe(2)
    expect(groups.map((g) => [g.paragraph, g.top])).toEqual([[0, 0], [1, 100], [2, 200]])
    expect(groups[0].bars[0]).toMatchObject({ id: 'one', lane: 0, top: 0, height: 40 }) // lines 1–2
    expect(groups[2].bars[0]).toMatchObject({ id: 'three', lane: 1, top: 0, height: 60 }) // lines 1–3
  })

  it('moves the bars of a paragraph that moved without measuring them again', () => {
    const { state, view, box } = fakeLayout()
    const bars = new BarLayout(map, false)
    bars.readParagraphs(view, box)
    bars.measure(view, annotations)
    const before = bars.layout(annotations, codes, 'me').groups
    const measured = state.coords
    state.tops = [0, 150, 250] // the first paragraph grew taller above the others
    bars.readParagraphs(view, box)
    bars.measure(view, annotations)
    const after = bars.layout(annotations, codes, 'me').groups
    expect(after.map((g) => g.top)).toEqual([0, 150, 250])
    expect(after[1].bars).toEqual(before[1].bars)
    expect(state.coords).toBe(measured)
  })

  it('measures again the bars of a paragraph whose height changed (its text rewrapped)', () => {
    const { state, view, box } = fakeLayout()
    const bars = new BarLayout(map, false)
    bars.readParagraphs(view, box)
    bars.measure(view, annotations)
    const measured = state.coords
    state.heights = [60, 80, 60]
    bars.readParagraphs(view, box)
    bars.measure(view, annotations)
    expect(state.coords).toBe(measured + 2) // "two": its first and its last line
  })

  it('hands out an unchanged group as the very same object', () => {
    const { view, box } = fakeLayout()
    const bars = new BarLayout(map, false)
    bars.readParagraphs(view, box)
    bars.measure(view, annotations)
    const before = bars.layout(annotations, codes, 'me').groups
    const added = [...annotations, a('four', 101 + 60, 101 + 70)]
    bars.measure(view, added)
    const after = bars.layout(added, codes, 'me').groups
    expect(after[0]).toBe(before[0])
    expect(after[2]).toBe(before[2])
    expect(after[1]).not.toBe(before[1])
    expect(after[1].bars.map((b) => b.id)).toEqual(['two', 'four'])
  })

  it('measures again after the text width changed', () => {
    const { state, view, box } = fakeLayout()
    const bars = new BarLayout(map, false)
    bars.readParagraphs(view, box)
    bars.measure(view, annotations)
    const measured = state.coords
    state.width = 500
    box.getBoundingClientRect = () => ({ top: 0, bottom: 300, height: 300, width: 500, left: 0, right: 500, x: 0, y: 0 }) as DOMRect
    bars.readParagraphs(view, box)
    bars.measure(view, annotations)
    expect(state.coords).toBe(measured * 2)
  })

  it('leaves paragraphs the browser skips unmeasured until it lays them out, unless asked', () => {
    const { state, view, box } = fakeLayout()
    const bars = new BarLayout(map, true)
    bars.setRendered(0, true)
    bars.readParagraphs(view, box)
    bars.measure(view, annotations, new Set(['three']))
    expect(bars.layout(annotations, codes, 'me').groups.map((g) => g.paragraph)).toEqual([0, 2])
    const measured = state.coords
    bars.setRendered(1, true)
    bars.measure(view, annotations)
    expect(bars.layout(annotations, codes, 'me').groups.map((g) => g.paragraph)).toEqual([0, 1, 2])
    expect(state.coords).toBe(measured + 2)
  })
})

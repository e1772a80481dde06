import { describe, expect, it } from 'vitest'
import type { Annotation, Codebook } from '../../shared/model'
import codebookJson from '../../seeds/codebook.json'
import { OffsetMap } from '../../renderer/src/reader/offsets'
import { indexCodebook } from '../../renderer/src/views/coding/codeIndex'
import { highlightClass, highlightRules, ReaderHighlights, type HighlightView } from '../../renderer/src/views/reader/readerHighlights'

const codes = indexCodebook(codebookJson as Codebook)
const text = 'Trump said talks on ending the war would begin “immediately”.\nPutin agreed 👍 to work together, very closely.'
const at = '2025-03-01T10:00:00.000Z'
const a = (id: string, start: number | null, end: number | null, coderId = 'me', codeId = 'frame-economic'): Annotation => ({
  id, documentId: 'doc', codeId, coderId, start, end, quote: null, before: null, after: null, attributes: {}, memo: null, createdAt: at, updatedAt: at, deleted: false,
})
const view = (over: Partial<HighlightView> = {}): HighlightView => ({ map: new OffsetMap(text), codes, isVisible: () => true, me: 'me', selectedId: null, ...over })
const laneOf = (cls: string) => Number(/-lane-(\d)/.exec(cls)![1])

describe('ReaderHighlights', () => {
  it('draws visible passages only, at their ProseMirror range, with their code, lane and coder', () => {
    const v = view({ isVisible: (x) => x.coderId !== 'hidden', selectedId: 'b' })
    const list = new ReaderHighlights().all([a('a', 0, 10), a('b', 5, 20, 'other', 'frame-morality'), a('doc', null, null), a('h', 0, 4, 'hidden')], v)
    expect(list.map((h) => h.id)).toEqual(['a', 'b'])
    expect(list[0]).toMatchObject({ from: 1, to: 11, attrs: { 'data-aid': 'a', class: highlightClass(codes, 'frame-economic', 0) } })
    expect(list[1].attrs.class).toBe(`${highlightClass(codes, 'frame-morality', 1)} hl-other hl-selected`)
  })

  it('redraws only the ids it is told about, placing a new passage among the others without moving them', () => {
    const drawn = new ReaderHighlights()
    const v = view()
    const annotations = new Map([a('a', 0, 10), a('b', 5, 20), a('c', 30, 40)].map((x) => [x.id, x]))
    const before = new Map(drawn.all([...annotations.values()], v).map((h) => [h.id, laneOf(h.attrs.class)]))
    annotations.set('n', a('n', 8, 12))
    const { put, remove } = drawn.some(['n'], (id) => annotations.get(id), v)
    expect(remove).toEqual([])
    expect(put.map((h) => h.id)).toEqual(['n'])
    expect(laneOf(put[0].attrs.class)).toBe(2) // a and b hold lanes 0 and 1 there

    // Taking one away frees its lane for the next; nobody else moves.
    annotations.delete('b')
    expect(drawn.some(['b'], (id) => annotations.get(id), v)).toEqual({ put: [], remove: ['b'] })
    annotations.set('m', a('m', 6, 9))
    expect(laneOf(drawn.some(['m'], (id) => annotations.get(id), v).put[0].attrs.class)).toBe(1)
    const after = new Map(drawn.all([...annotations.values()], v).map((h) => [h.id, laneOf(h.attrs.class)]))
    expect([after.get('a'), after.get('c'), after.get('n'), after.get('m')]).toEqual([before.get('a'), before.get('c'), 2, 1])
  })

  it('removes an annotation that became hidden or lost its passage', () => {
    const drawn = new ReaderHighlights()
    drawn.all([a('a', 0, 10)], view())
    expect(drawn.some(['a'], () => a('a', 0, 10), view({ isVisible: () => false })).remove).toEqual(['a'])
    expect(drawn.some(['gone'], () => undefined, view()).remove).toEqual(['gone'])
  })
})

describe('highlightRules', () => {
  it('gives every code a rule with its color in every lane, and unknown codes a lane', () => {
    const rules = highlightRules(codes)
    const economic = codes.byId.get('frame-economic')!
    for (let lane = 0; lane < 4; lane++) {
      expect(rules).toContain(`.${highlightClass(codes, economic.id, lane)}{--c:${economic.color};--lane:${lane}}`)
      expect(rules).toContain(`.${highlightClass(codes, 'no-such-code', lane)}{--lane:${lane}}`)
    }
  })
})

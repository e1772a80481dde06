import { getSchema } from '@tiptap/core'
import { Node as PMNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import type { Decoration } from '@tiptap/pm/view'
import { describe, expect, it } from 'vitest'
import { diffHighlights, highlightKey, highlightKeyName, highlightPlugin, patchHighlights, syncHighlights, type Highlight } from '../../renderer/src/reader/highlightPlugin'
import { readerExtensions } from '../../renderer/src/reader/readerSchema'
import { textToDoc } from '../../renderer/src/reader/textToDoc'
import { assignLanes, placeLane } from '../../renderer/src/reader/underlineLanes'

const schema = getSchema(readerExtensions)
const text = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says something about talks and sanctions.`).join('\n')
const doc = PMNode.fromJSON(schema, textToDoc(text))

const h = (id: string, from: number, to: number, cls = 'hl lane-0'): Highlight => ({ id, from, to, attrs: { class: cls, style: '--c:#123456', 'data-aid': id } })
const many = (n: number) => Array.from({ length: n }, (_, i) => h(`a${i}`, 2 + (i % 40) * 10, 8 + (i % 40) * 10))

describe('diffHighlights', () => {
  it('adds new ids, removes missing ones and replaces changed ones, leaving the rest alone', () => {
    const shown = new Map([h('a', 1, 5), h('b', 6, 9), h('c', 10, 12)].map((x) => [x.id, highlightKey(x)]))
    const { added, removed } = diffHighlights(shown, [h('a', 1, 5), h('b', 6, 9, 'hl lane-0 hl-selected'), h('d', 3, 4)])
    expect(removed.sort()).toEqual(['b', 'c'])
    expect(added.map((x) => x.id).sort()).toEqual(['b', 'd'])
  })

  it('finds nothing to do when nothing changed', () => {
    const list = many(100)
    const shown = new Map(list.map((x) => [x.id, highlightKey(x)]))
    expect(diffHighlights(shown, list)).toEqual({ added: [], removed: [] })
  })
})

describe('the highlight plugin', () => {
  const start = () => EditorState.create({ doc, plugins: [highlightPlugin()] })
  const decorations = (state: EditorState): Decoration[] => highlightKeyName.getState(state)!.set.find()
  /** The Decoration objects the plugin made, by id (the set hands out positioned copies). */
  const made = (state: EditorState) => new Map([...highlightKeyName.getState(state)!.shown].map(([id, s]) => [id, s.decoration]))

  it('draws exactly the highlights it is given', () => {
    let state = start()
    state = state.apply(syncHighlights(state, many(30)))
    expect(decorations(state).map((d) => d.spec.id).sort()).toEqual(many(30).map((x) => x.id).sort())
  })

  it('keeps the same Decoration objects for unchanged highlights when one is added, changed or removed', () => {
    let state = start()
    const list = many(200)
    state = state.apply(syncHighlights(state, list))
    const before = made(state)

    // Add one: the 200 old decorations survive as the very same objects.
    state = state.apply(syncHighlights(state, [...list, h('new', 20, 30)]))
    expect(decorations(state)).toHaveLength(201)
    let after = made(state)
    expect([...before].filter(([id, d]) => after.get(id) === d)).toHaveLength(200)

    // Select one (its class changes): only that one is redrawn.
    const changed = list.map((x) => (x.id === 'a7' ? h('a7', x.from, x.to, 'hl lane-0 hl-selected') : x))
    state = state.apply(syncHighlights(state, [...changed, h('new', 20, 30)]))
    after = made(state)
    expect(after.get('a7')).not.toBe(before.get('a7'))
    expect((decorations(state).find((d) => d.spec.id === 'a7') as unknown as { type: { attrs: { class: string } } }).type.attrs.class).toBe('hl lane-0 hl-selected')
    expect([...before].filter(([id, d]) => after.get(id) === d)).toHaveLength(199)

    // Remove one.
    state = state.apply(syncHighlights(state, changed))
    expect(decorations(state).map((d) => d.spec.id)).not.toContain('new')
    expect(decorations(state)).toHaveLength(200)
  })

  it('returns the very same plugin state for a sync that changes nothing and for other transactions', () => {
    let state = start()
    state = state.apply(syncHighlights(state, many(50)))
    const value = highlightKeyName.getState(state)
    state = state.apply(syncHighlights(state, many(50)))
    expect(highlightKeyName.getState(state)).toBe(value)
    state = state.apply(state.tr.setSelection(state.selection))
    expect(highlightKeyName.getState(state)).toBe(value)
  })

  it('patches just the highlights it is given, leaving every other decoration as it was', () => {
    let state = start()
    const list = many(200)
    state = state.apply(syncHighlights(state, list))
    const before = made(state)

    // A new one, one whose drawing changed, one taken away: three decorations touched.
    state = state.apply(patchHighlights(state, [h('new', 20, 30), h('a7', list[7].from, list[7].to, 'hl lane-0 hl-selected')], ['a9']))
    const after = made(state)
    expect(decorations(state)).toHaveLength(200)
    expect(after.has('a9')).toBe(false)
    expect(after.get('a7')).not.toBe(before.get('a7'))
    expect((decorations(state).find((d) => d.spec.id === 'a7') as unknown as { type: { attrs: { class: string } } }).type.attrs.class).toBe('hl lane-0 hl-selected')
    expect([...before].filter(([id, d]) => after.get(id) === d)).toHaveLength(198)
    expect(decorations(state).map((d) => d.spec.id).sort()).toEqual([...list.filter((x) => x.id !== 'a9').map((x) => x.id), 'new'].sort())
  })

  it('returns the very same plugin state for a patch that changes nothing', () => {
    let state = start()
    state = state.apply(syncHighlights(state, many(50)))
    const value = highlightKeyName.getState(state)
    state = state.apply(patchHighlights(state, many(50).slice(0, 3), ['not-drawn']))
    expect(highlightKeyName.getState(state)).toBe(value)
  })

  it('draws its initial highlights from the first state, as a sync would', () => {
    const initial = EditorState.create({ doc, plugins: [highlightPlugin(many(30))] })
    let synced = start()
    synced = synced.apply(syncHighlights(synced, many(30)))
    const drawing = (state: EditorState) => decorations(state).map((d) => `${d.spec.id}@${d.from}-${d.to}`).sort()
    expect(drawing(initial)).toEqual(drawing(synced))
    // And a sync of the same list afterwards has nothing to do.
    const value = highlightKeyName.getState(initial)
    expect(highlightKeyName.getState(initial.apply(syncHighlights(initial, many(30))))).toBe(value)
  })

  it('places decorations at the given positions, clamped to the document', () => {
    let state = start()
    state = state.apply(syncHighlights(state, [h('x', 3, 9), h('y', 5, 1e9)]))
    const x = decorations(state).find((d) => d.spec.id === 'x')!
    expect([x.from, x.to]).toEqual([3, 9])
    const y = decorations(state).find((d) => d.spec.id === 'y')!
    expect(y.to).toBe(doc.content.size)
  })
})

describe('assignLanes', () => {
  it('stacks overlapping spans in separate lanes and reuses lanes once free', () => {
    const lanes = assignLanes(
      [
        { id: 'a', start: 0, end: 10 },
        { id: 'b', start: 5, end: 15 },
        { id: 'c', start: 6, end: 8 },
        { id: 'd', start: 12, end: 20 },
      ],
      new Map(),
    )
    expect(Object.fromEntries(lanes)).toEqual({ a: 0, b: 1, c: 2, d: 0 })
  })

  it('keeps existing lanes when a span is added or removed', () => {
    const spans = [
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 5, end: 15 },
    ]
    const first = assignLanes(spans, new Map())
    const added = assignLanes([{ id: 'z', start: 0, end: 20 }, ...spans], first)
    expect(added.get('a')).toBe(0)
    expect(added.get('b')).toBe(1)
    expect(added.get('z')).toBe(2)
    const removed = assignLanes([{ id: 'z', start: 0, end: 20 }, spans[1]], added)
    expect(Object.fromEntries(removed)).toEqual({ z: 2, b: 1 })
  })
})

describe('placeLane', () => {
  const placed = [
    { id: 'a', start: 0, end: 10 },
    { id: 'b', start: 5, end: 15 },
    { id: 'c', start: 30, end: 40 },
  ]
  const lanes = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 0],
  ])

  it('takes the lowest lane no overlapping span uses', () => {
    expect(placeLane({ id: 'x', start: 8, end: 12 }, placed, lanes)).toBe(2)
    expect(placeLane({ id: 'x', start: 12, end: 20 }, placed, lanes)).toBe(0)
    expect(placeLane({ id: 'x', start: 10, end: 30 }, placed, lanes)).toBe(0) // end exclusive on both sides
  })

  it('ignores the span itself among the placed ones, and spans without a lane', () => {
    expect(placeLane({ id: 'a', start: 0, end: 10 }, placed, lanes)).toBe(0)
    expect(placeLane({ id: 'x', start: 0, end: 3 }, [...placed, { id: 'y', start: 0, end: 3 }], lanes)).toBe(1)
  })

  it('follows the rule assignLanes uses for a span added to placed ones', () => {
    const added = assignLanes([...placed, { id: 'x', start: 8, end: 12 }], lanes)
    expect(added.get('x')).toBe(placeLane({ id: 'x', start: 8, end: 12 }, placed, lanes))
  })
})


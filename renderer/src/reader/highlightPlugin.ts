import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/**
 * One highlighted passage as the reader draws it: a ProseMirror range and the attributes of
 * its inline decoration. `id` identifies it across updates (an annotation's id).
 */
export interface Highlight {
  id: string
  from: number
  to: number
  attrs: { class: string; style?: string; 'data-aid': string }
}

/** What changed between the highlights shown and the ones wanted, by id. */
export interface HighlightDiff {
  added: Highlight[]
  removed: string[]
}

/** A highlight's drawing, as one string: a change to any part of it redraws just that one. */
export function highlightKey(h: Highlight): string {
  return `${h.from}:${h.to}:${h.attrs.class}:${h.attrs.style ?? ''}`
}

/**
 * Compares the highlights shown (id → key) with the ones wanted: new ids are added, ids no
 * longer wanted are removed, and an id whose drawing changed is both removed and added.
 * Unchanged highlights appear in neither list. Duplicate ids in `next`: the last one wins.
 */
export function diffHighlights(shown: ReadonlyMap<string, string>, next: readonly Highlight[]): HighlightDiff {
  const wanted = new Map<string, Highlight>()
  for (const h of next) wanted.set(h.id, h)
  const added: Highlight[] = []
  const removed: string[] = []
  for (const id of shown.keys()) {
    const h = wanted.get(id)
    if (!h) removed.push(id)
    else if (highlightKey(h) !== shown.get(id)) {
      removed.push(id)
      added.push(h)
    }
  }
  for (const [id, h] of wanted) if (!shown.has(id)) added.push(h)
  return { added, removed }
}

interface HighlightState {
  set: DecorationSet
  /** id → the key of what is drawn, and its decoration (to remove it again). */
  shown: Map<string, { key: string; decoration: Decoration }>
}

export const highlightKeyName = new PluginKey<HighlightState>('margin-highlights')

type Meta = { sync: readonly Highlight[] } | { patch: { put: readonly Highlight[]; remove: readonly string[] } }

const EMPTY: HighlightState = { set: DecorationSet.empty, shown: new Map() }

/**
 * Keeps the reader's highlights in a DecorationSet in plugin state. `syncHighlights` sends
 * the full list wanted and the plugin diffs it against what it shows; `patchHighlights`
 * sends only the highlights that may have changed. Either way only the decorations that
 * differ are added or removed, so applying one code touches one decoration, not 2,000.
 * `initial` is drawn with the document's first render. When the document itself is replaced
 * (another article opens) everything is dropped.
 */
export function highlightPlugin(initial: readonly Highlight[] = []): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKeyName,
    state: {
      init: (_config, state) => (initial.length ? change(EMPTY, initial, [], state.doc) : EMPTY),
      apply(tr: Transaction, value: HighlightState, _old: EditorState, state: EditorState): HighlightState {
        const current = tr.docChanged ? EMPTY : value
        const meta = tr.getMeta(highlightKeyName) as Meta | undefined
        if (!meta) return current
        const { added, removed } = 'sync' in meta ? diffHighlights(new Map([...current.shown].map(([id, s]) => [id, s.key])), meta.sync) : patchDiff(current.shown, meta.patch)
        return added.length || removed.length ? change(current, added, removed, state.doc) : current
      },
    },
    props: {
      decorations: (state) => highlightKeyName.getState(state)?.set,
    },
  })
}

/** What a patch changes: highlights put whose drawing differs from what is shown, ids removed that are shown. */
function patchDiff(shown: HighlightState['shown'], patch: { put: readonly Highlight[]; remove: readonly string[] }): HighlightDiff {
  const added: Highlight[] = []
  const removed: string[] = []
  for (const id of patch.remove) if (shown.has(id)) removed.push(id)
  for (const h of patch.put) {
    const drawn = shown.get(h.id)
    if (drawn?.key === highlightKey(h)) continue
    if (drawn) removed.push(h.id)
    added.push(h)
  }
  return { added, removed }
}

/** The state with `removed` taken away and `added` drawn. */
function change(current: HighlightState, added: readonly Highlight[], removed: readonly string[], doc: EditorState['doc']): HighlightState {
  const shown = new Map(current.shown)
  const gone: Decoration[] = []
  for (const id of removed) {
    gone.push(shown.get(id)!.decoration)
    shown.delete(id)
  }
  const size = doc.content.size
  const fresh: Decoration[] = []
  for (const h of added) {
    const from = Math.max(0, Math.min(h.from, size))
    const to = Math.max(from, Math.min(h.to, size))
    // A nodeName gives every highlight its own element: without one, ProseMirror merges
    // overlapping decorations into one span and the last one's attributes win.
    const decoration = Decoration.inline(from, to, { nodeName: 'span', ...h.attrs }, { id: h.id, inclusiveStart: false, inclusiveEnd: false })
    shown.set(h.id, { key: highlightKey(h), decoration })
    fresh.push(decoration)
  }
  let set = current.set
  if (gone.length) set = set.remove(gone)
  if (fresh.length) set = set.add(doc, fresh)
  return { set, shown }
}

/**
 * A transaction that redraws just these highlights: each of `put` is drawn (replacing what
 * its id showed, if that differs), each id in `remove` is taken away if shown. The rest stay.
 */
export function patchHighlights(state: EditorState, put: readonly Highlight[], remove: readonly string[]): Transaction {
  return state.tr.setMeta(highlightKeyName, { patch: { put, remove } } satisfies Meta).setMeta('addToHistory', false)
}

/** A transaction that makes the reader show exactly `highlights` (changing only what differs). */
export function syncHighlights(state: EditorState, highlights: readonly Highlight[]): Transaction {
  return state.tr.setMeta(highlightKeyName, { sync: highlights } satisfies Meta).setMeta('addToHistory', false)
}

/** The TipTap extension carrying the plugin; `initial` highlights are drawn with the first render. */
export const HighlightExtension = Extension.create<{ initial: readonly Highlight[] }>({
  name: 'marginHighlights',
  addOptions: () => ({ initial: [] }),
  addProseMirrorPlugins() {
    return [highlightPlugin(this.options.initial)]
  },
})

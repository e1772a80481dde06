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

type Meta = { sync: readonly Highlight[] }

/**
 * Keeps the reader's highlights in a DecorationSet in plugin state. `syncHighlights` sends
 * the full list wanted; the plugin diffs it against what it shows and adds or removes only
 * the decorations that changed, so applying one code touches one decoration, not 2,000.
 * When the document itself is replaced (another article opens) everything is dropped.
 */
export function highlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKeyName,
    state: {
      init: () => ({ set: DecorationSet.empty, shown: new Map() }),
      apply(tr: Transaction, value: HighlightState, _old: EditorState, state: EditorState): HighlightState {
        let current = value
        if (tr.docChanged) current = { set: DecorationSet.empty, shown: new Map() }
        const meta = tr.getMeta(highlightKeyName) as Meta | undefined
        if (!meta) return current
        const shownKeys = new Map([...current.shown].map(([id, s]) => [id, s.key]))
        const { added, removed } = diffHighlights(shownKeys, meta.sync)
        if (!added.length && !removed.length) return current
        const shown = new Map(current.shown)
        const gone: Decoration[] = []
        for (const id of removed) {
          gone.push(shown.get(id)!.decoration)
          shown.delete(id)
        }
        const size = state.doc.content.size
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
        if (fresh.length) set = set.add(state.doc, fresh)
        return { set, shown }
      },
    },
    props: {
      decorations: (state) => highlightKeyName.getState(state)?.set,
    },
  })
}

/** A transaction that makes the reader show exactly `highlights` (changing only what differs). */
export function syncHighlights(state: EditorState, highlights: readonly Highlight[]): Transaction {
  return state.tr.setMeta(highlightKeyName, { sync: highlights } satisfies Meta).setMeta('addToHistory', false)
}

/** The TipTap extension carrying the plugin. */
export const HighlightExtension = Extension.create({
  name: 'marginHighlights',
  addProseMirrorPlugins: () => [highlightPlugin()],
})

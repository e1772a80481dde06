import { Extension } from '@tiptap/core'
import { Plugin, TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { EditorContent, useEditor } from '@tiptap/react'
import { forwardRef, memo, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react'
import type { Annotation } from '../../../../shared/model'
import { HighlightExtension, syncHighlights, type Highlight } from '../../reader/highlightPlugin'
import type { OffsetMap } from '../../reader/offsets'
import { readerExtensions } from '../../reader/readerSchema'
import { spanFromSelection, type Span } from '../../reader/selectionSpan'
import { textToDoc } from '../../reader/textToDoc'
import { assignLanes } from '../../reader/underlineLanes'
import type { CodingSession } from '../coding/codingSession'
import type { CodeIndex } from '../coding/codeIndex'
import { HoverCard } from '../coding/HoverCard'
import { MarginLanes, type LaneBar } from '../coding/MarginLanes'

/** Underlines stack up to this many lanes under a line; deeper overlaps share the last (the margin shows all). */
const MAX_UNDERLINES = 4

/** What the coding views ask of the reader. */
export interface ReaderHandle {
  /** The passage selected now, snapped as asked; null for an empty selection. */
  selectionSpan(snapToWords: boolean): Span | null
  /** Collapses the text selection to its end, so the next selection starts from there. */
  collapseSelection(): void
  /** Scrolls an annotation into view and puts the caret at its start. */
  reveal(annotation: Annotation): void
  /** The client rectangle of an annotation's text, to anchor popovers to. */
  rectOf(annotation: Annotation): DOMRect | null
  focus(): void
}

interface Props {
  text: string
  label: string
  map: OffsetMap
  session: CodingSession
  codes: CodeIndex
  /** Which annotations to draw (the view: mine, all, another coder…). */
  isVisible: (annotation: Annotation) => boolean
  me: string
  coderName: (coderId: string) => string
  selectedId: string | null
  onSelect: (id: string | null, open: boolean) => void
  onKey: (event: KeyboardEvent) => boolean
}

/**
 * The article in a TipTap editor that takes a caret and a selection (mouse or Shift+arrows)
 * but never an edit: every transaction that would change the text is refused, so the stored
 * text and every offset into it stay put. Annotations are inline decorations kept by the
 * highlight plugin, which is told the whole wanted list and changes only what differs.
 */
export const CodingReader = memo(
  forwardRef<ReaderHandle, Props>(function CodingReader(props, ref) {
  const latest = useRef(props)
  latest.current = props
  const lanes = useRef(new Map<string, number>())
  const [bars, setBars] = useState<LaneBar[]>([])
  const [hover, setHover] = useState<{ ids: string[]; x: number; y: number } | null>(null)
  const textBox = useRef<HTMLDivElement>(null)

  // Built once per reader (it is keyed by document): new options on every render would make
  // TipTap call setOptions, and so ProseMirror's setProps, on each one.
  const options = useMemo(
    () => ({
      extensions: [...readerExtensions, TextGuard, HighlightExtension],
      content: textToDoc(props.text),
      editable: true,
      editorProps: {
        attributes: {
          class: 'article-text',
          role: 'document',
          'aria-label': props.label,
          'aria-readonly': 'true',
          spellcheck: 'false',
          autocorrect: 'off',
          autocapitalize: 'off',
        },
        handleKeyDown: (_view: EditorView, event: KeyboardEvent) => readerKey(event, latest.current.onKey),
        handleTextInput: () => true,
        handlePaste: () => true,
        handleDrop: () => true,
        handleClick: (view: EditorView, _pos: number, event: MouseEvent) => {
          if (!view.state.selection.empty) return false
          const ids = idsAt(event.target)
          latest.current.onSelect(ids[0] ?? null, ids.length > 0)
          return false
        },
        handleDOMEvents: {
          beforeinput: (_view: EditorView, event: Event) => {
            event.preventDefault()
            return true
          },
          cut: (_view: EditorView, event: Event) => {
            event.preventDefault()
            return true
          },
        },
      },
    }),
    [props.text, props.label],
  )
  const editor = useEditor(options)

  /** Draws the visible annotations: the plugin diffs this list against what it shows. */
  const synced = useRef<unknown[]>([])
  const sync = useCallback(() => {
    if (!editor || editor.isDestroyed) return
    const { session, map, isVisible, me, selectedId, codes } = latest.current
    const { annotations } = session.getSnapshot()
    // A snapshot that changed only its save state keeps its list: nothing to redraw.
    const inputs = [annotations, map, isVisible, me, selectedId, codes]
    if (inputs.every((x, i) => x === synced.current[i])) return
    synced.current = inputs
    const spans = annotations.filter((a) => a.start !== null && a.end !== null && isVisible(a))
    lanes.current = assignLanes(spans as { id: string; start: number; end: number }[], lanes.current)
    const highlights: Highlight[] = spans.map((a) => {
      const { from, to } = map.toRange(a.start!, a.end!)
      const lane = Math.min(lanes.current.get(a.id) ?? 0, MAX_UNDERLINES - 1)
      const color = codes.byId.get(a.codeId)?.color ?? '#888888'
      const classes = `hl lane-${lane}${a.coderId === me ? '' : ' hl-other'}${a.id === selectedId ? ' hl-selected' : ''}`
      return { id: a.id, from, to, attrs: { class: classes, style: `--c:${color}`, 'data-aid': a.id } }
    })
    const tr = syncHighlights(editor.state, highlights)
    // A selection the person just made may not have reached ProseMirror's state yet (it reads
    // the DOM on the next selectionchange); dispatching the stale one would wipe it from the page.
    const seen = currentSelection(editor.view)
    if (seen.from !== editor.state.selection.from || seen.to !== editor.state.selection.to) {
      tr.setSelection(TextSelection.create(tr.doc, seen.from, seen.to))
    }
    editor.view.dispatch(tr)
    scheduleNewBars()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor])

  // The margin's lane bars need layout. Text never reflows when highlights change (they add no
  // width), so measured positions are kept by annotation and range: a change measures only the
  // annotations not measured yet, after the frame that paints it, while a resize of the text
  // (or the first draw) measures everything again when the browser is idle.
  const positions = useRef(new Map<string, BarPosition>())
  const barsTimer = useRef<number | null>(null)
  const barsFrame = useRef<number | null>(null)
  const scheduleBars = useCallback(() => {
    if (barsTimer.current !== null) return
    barsTimer.current = window.setTimeout(() => {
      // Measuring thousands of positions forces layout: do it when the browser is idle.
      requestIdleCallback(
        () => {
          barsTimer.current = null
          if (!editor || editor.isDestroyed || !textBox.current) return
          positions.current = new Map()
          setBars(measureBars(editor.view, textBox.current, latest.current, positions.current, Infinity) ?? [])
        },
        { timeout: 400 },
      )
    }, 120)
  }, [editor])
  const scheduleNewBars = useCallback(() => {
    if (barsFrame.current !== null) return
    barsFrame.current = requestAnimationFrame(() => {
      barsFrame.current = null
      if (!editor || editor.isDestroyed || !textBox.current) return
      // Up to a few new ones now (layout is clean after the paint); a whole document waits for idle time.
      const bars = measureBars(editor.view, textBox.current, latest.current, positions.current, FEW_BARS)
      if (bars) setBars(bars)
      else scheduleBars()
    })
  }, [editor, scheduleBars])
  useEffect(
    () => () => {
      if (barsTimer.current !== null) clearTimeout(barsTimer.current)
      if (barsFrame.current !== null) cancelAnimationFrame(barsFrame.current)
      barsTimer.current = null // StrictMode mounts twice: a stale id would block every later measure
      barsFrame.current = null
    },
    [],
  )
  const onLaneSelect = useCallback((id: string) => latest.current.onSelect(id, true), [])

  useEffect(() => props.session.subscribe(sync), [props.session, sync])
  useEffect(sync, [sync, props.selectedId, props.isVisible, props.me, props.codes])

  useEffect(() => {
    const box = textBox.current
    if (!box) return
    const observer = new ResizeObserver(() => scheduleBars())
    observer.observe(box)
    return () => observer.disconnect()
  }, [scheduleBars])

  useImperativeHandle(
    ref,
    () => ({
      selectionSpan(snapToWords) {
        if (!editor) return null
        const { from, to } = currentSelection(editor.view)
        return from === to ? null : spanFromSelection(latest.current.map, from, to, snapToWords)
      },
      collapseSelection() {
        if (!editor) return
        editor.commands.setTextSelection(editor.state.selection.to)
      },
      reveal(annotation) {
        if (!editor || annotation.start === null) return
        const { from } = latest.current.map.toRange(annotation.start, annotation.end!)
        editor.commands.setTextSelection(from)
        const element = editor.view.dom.querySelector(`[data-aid="${CSS.escape(annotation.id)}"]`)
        element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior })
      },
      rectOf(annotation) {
        if (!editor || annotation.start === null) return null
        const elements = editor.view.dom.querySelectorAll(`[data-aid="${CSS.escape(annotation.id)}"]`)
        if (!elements.length) return null
        const first = elements[0].getBoundingClientRect()
        const last = elements[elements.length - 1].getClientRects()
        const end = last[last.length - 1] ?? first
        return new DOMRect(first.left, first.top, Math.max(1, end.right - first.left), end.bottom - first.top)
      },
      focus() {
        editor?.commands.focus(undefined, { scrollIntoView: false })
      },
    }),
    [editor],
  )

  return (
    <div className="reader-body">
      <MarginLanes bars={bars} codes={props.codes} onSelect={onLaneSelect} />
      <div
        ref={textBox}
        className="reader-text"
        onMouseOver={(event) => {
          const ids = idsAt(event.target)
          setHover((current) => (ids.length ? { ids, x: event.clientX, y: event.clientY } : current && null))
        }}
        onMouseLeave={() => setHover(null)}
      >
        <EditorContent editor={editor} />
      </div>
      {hover && (
        <HoverCard
          annotations={hover.ids.map((id) => props.session.get(id)).filter((a): a is Annotation => Boolean(a))}
          codes={props.codes}
          coderName={props.coderName}
          me={props.me}
          x={hover.x}
          y={hover.y}
        />
      )}
    </div>
  )
  }),
)

/**
 * The selection as the person sees it: the DOM's while it lies in the text (ProseMirror reads
 * it on the next selectionchange, which a fast key press can beat), otherwise ProseMirror's
 * own (kept while focus is in the codebook, say).
 */
function currentSelection(view: EditorView): { from: number; to: number } {
  const dom = window.getSelection()
  if (dom && dom.rangeCount && dom.anchorNode && dom.focusNode && view.dom.contains(dom.anchorNode) && view.dom.contains(dom.focusNode)) {
    try {
      const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset)
      const head = view.posAtDOM(dom.focusNode, dom.focusOffset)
      return { from: Math.min(anchor, head), to: Math.max(anchor, head) }
    } catch {
      // Fall back to ProseMirror's selection.
    }
  }
  const { from, to } = view.state.selection
  return { from, to }
}

/** Refuses every change to the text: the reader is for selecting, never for editing. */
const TextGuard = Extension.create({
  name: 'marginTextGuard',
  addProseMirrorPlugins: () => [new Plugin({ filterTransaction: (tr) => !tr.docChanged })],
})

/**
 * Keys in the reader: coding keys go to `onKey`; printable keys and Enter/Backspace/Delete
 * are kept from ProseMirror, which would otherwise try to edit. Arrows and Shift+arrows
 * move the caret and the selection as in any text.
 */
function readerKey(event: KeyboardEvent, onKey: (event: KeyboardEvent) => boolean): boolean {
  if (onKey(event)) return true
  if (event.ctrlKey || event.metaKey || event.altKey) return false
  return event.key.length === 1 || event.key === 'Enter' || event.key === 'Backspace' || event.key === 'Delete' || event.key === 'Tab'
    ? event.key !== 'Tab'
    : false
}

/** The annotation ids at a point in the text, innermost (shortest) first. */
function idsAt(target: EventTarget | null): string[] {
  const ids: string[] = []
  let element = target instanceof Element ? target : null
  while (element && !element.classList.contains('article-text')) {
    const id = element.getAttribute('data-aid')
    if (id && !ids.includes(id)) ids.push(id)
    element = element.parentElement
  }
  return ids
}

/** How many unmeasured annotations are measured right after a change; more wait for idle time. */
const FEW_BARS = 20

/** Where an annotation's range was measured, in the text box's coordinates. */
interface BarPosition {
  from: number
  to: number
  top: number
  height: number
}

/**
 * Where each visible annotation sits vertically, in the text box's coordinates, and its code's
 * lane. Positions in `known` for the same range are reused; others are measured and added to
 * it. Null, measuring nothing, when more than `limit` would have to be measured.
 */
function measureBars(view: EditorView, box: HTMLElement, props: Props, known: Map<string, BarPosition>, limit: number): LaneBar[] | null {
  const { session, map, isVisible, me, selectedId, codes } = props
  const spans = session.getSnapshot().annotations.filter((a) => a.start !== null && isVisible(a))
  const ranges = spans.map((a) => map.toRange(a.start!, a.end!))
  let unknown = 0
  ranges.forEach(({ from, to }, i) => {
    const p = known.get(spans[i].id)
    if (!p || p.from !== from || p.to !== to) unknown++
  })
  if (unknown > limit) return null
  const codeIds = [...new Set(spans.map((a) => a.codeId))].sort((a, b) => (codes.rank.get(a) ?? 1e9) - (codes.rank.get(b) ?? 1e9))
  const laneOf = new Map(codeIds.map((id, i) => [id, i]))
  const origin = unknown ? box.getBoundingClientRect().top : 0
  const bars: LaneBar[] = []
  spans.forEach((a, i) => {
    const { from, to } = ranges[i]
    let p = known.get(a.id)
    if (!p || p.from !== from || p.to !== to) {
      try {
        const top = view.coordsAtPos(from, 1).top - origin
        const bottom = view.coordsAtPos(to, -1).bottom - origin
        p = { from, to, top, height: Math.max(6, bottom - top) }
        known.set(a.id, p)
      } catch {
        // A position the view cannot measure (not laid out yet) is drawn on the next pass.
        return
      }
    }
    bars.push({ id: a.id, codeId: a.codeId, lane: laneOf.get(a.codeId)!, top: p.top, height: p.height, mine: a.coderId === me, selected: a.id === selectedId })
  })
  return bars
}

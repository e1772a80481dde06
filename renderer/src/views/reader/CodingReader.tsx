import { Extension } from '@tiptap/core'
import { Plugin, TextSelection, type Transaction } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { EditorContent, useEditor } from '@tiptap/react'
import { forwardRef, memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Annotation } from '../../../../shared/model'
import { afterNextPaint } from '../../app/afterNextPaint'
import { HighlightExtension, patchHighlights, syncHighlights } from '../../reader/highlightPlugin'
import type { OffsetMap } from '../../reader/offsets'
import { readerExtensions } from '../../reader/readerSchema'
import { spanFromSelection, type Span } from '../../reader/selectionSpan'
import { textToDoc } from '../../reader/textToDoc'
import type { CodingSession, SessionChange } from '../coding/codingSession'
import type { CodeIndex } from '../coding/codeIndex'
import { HoverCard } from '../coding/HoverCard'
import { MarginLanes, type MarginLayout } from '../coding/MarginLanes'
import { BarLayout } from './barLayout'
import { highlightRules, isDrawn, ReaderHighlights } from './readerHighlights'

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
  /** A key that applies a code at once (see below); true when it did. */
  onCodeKey: (event: KeyboardEvent) => boolean
}

/** Changes to draw at the end of the current task, in one transaction. */
interface Batch {
  /** Redraw every highlight (after a reload, or when the view, coder or codebook changed). */
  all: boolean
  /** Redraw just these annotations' highlights. */
  ids: Set<string>
  /** Collapse the selection to its end. */
  collapse: boolean
}

const NO_BARS: MarginLayout = { lanes: 0, groups: [] }

/**
 * The article in a TipTap editor that takes a caret and a selection (mouse or Shift+arrows)
 * but never an edit: every transaction that would change the text is refused, so the stored
 * text and every offset into it stay put. Annotations are inline decorations kept by the
 * highlight plugin. A change in the session is drawn in the same task that made it (a code
 * key's highlight is painted in the very next frame), touching only the highlights it
 * changed; the margin bars follow after that paint.
 */
export const CodingReader = memo(
  forwardRef<ReaderHandle, Props>(function CodingReader(props, ref) {
    // The props of the last commit, for callbacks and effects: a render may be thrown away
    // (a transition interrupted), so it must not be what a redraw reads.
    const latest = useRef(props)
    useLayoutEffect(() => {
      latest.current = props
    })
    const [margin, setMargin] = useState<MarginLayout>(NO_BARS)
    const [hover, setHover] = useState<{ ids: string[]; x: number; y: number } | null>(null)
    const textBox = useRef<HTMLDivElement>(null)
    const highlights = useRef<ReaderHighlights | null>(null)
    highlights.current ??= new ReaderHighlights()
    /** What the last full drawing was made of: the same again needs no redraw. */
    const drawnFrom = useRef<readonly unknown[]>([])
    const inputsOf = (p: Props) => [p.session.getSnapshot().annotations, p.map, p.isVisible, p.me, p.codes]

    // When the session has its annotations already, they are drawn with the text's first render.
    const initialHighlights = () => {
      const snapshot = props.session.getSnapshot()
      if (snapshot.loading) return []
      drawnFrom.current = inputsOf(props)
      return highlights.current!.all(snapshot.annotations, props)
    }

    // Built once per reader (it is keyed by document and coder): new options on every render
    // would make TipTap call setOptions, and so ProseMirror's setProps, on each one.
    const options = useMemo(
      () => ({
        extensions: [...readerExtensions, TextGuard, HighlightExtension.configure({ initial: initialHighlights() })],
        content: textToDoc(props.text, props.map.paragraphs),
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
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [props.text, props.label],
    )
    const editor = useEditor(options)

    // ----- margin bars: measured after the paint, only what is new -----
    const bars = useMemo(() => new BarLayout(props.map, reportsSkipping()), [props.map])
    const barsDue = useRef<{ paragraphs: boolean; force: Set<string> } | null>(null)
    const scheduleBars = useCallback(
      (change: { paragraphs?: boolean; force?: Iterable<string> }) => {
        let due = barsDue.current
        if (!due) {
          due = barsDue.current = { paragraphs: false, force: new Set() }
          afterNextPaint(() => {
            const { paragraphs, force } = barsDue.current!
            barsDue.current = null
            const box = textBox.current
            if (!editor || editor.isDestroyed || !box) return
            const { session, codes, me } = latest.current
            const spans = session.getSnapshot().annotations.filter((a) => isDrawn(a, latest.current))
            if (paragraphs) bars.readParagraphs(editor.view, box)
            bars.measure(editor.view, spans, force)
            setMargin(bars.layout(spans, codes, me))
          })
        }
        if (change.paragraphs) due.paragraphs = true
        for (const id of change.force ?? []) due.force.add(id)
      },
      [editor, bars],
    )

    // ----- highlights: drawn at the end of the task that changed them -----
    const pending = useRef<Batch | null>(null)
    const flush = useCallback(() => {
      const batch = pending.current
      pending.current = null
      if (!batch || !editor || editor.isDestroyed) return
      const { view } = editor
      const { session } = latest.current
      let tr: Transaction | null = null
      const inputs = batch.all ? inputsOf(latest.current) : drawnFrom.current
      if (!inputs.every((x, i) => x === drawnFrom.current[i])) {
        drawnFrom.current = inputs
        tr = syncHighlights(view.state, highlights.current!.all(session.getSnapshot().annotations, latest.current))
      } else if (batch.ids.size) {
        const { put, remove } = highlights.current!.some(batch.ids, (id) => session.get(id), latest.current)
        if (put.length || remove.length) tr = patchHighlights(view.state, put, remove)
      }
      if (tr || batch.collapse) {
        // A selection the person just made may not have reached ProseMirror's state yet (it reads
        // the DOM on the next selectionchange); dispatching the stale one would wipe it from the page.
        const seen = currentSelection(view)
        const wanted = batch.collapse ? { from: seen.to, to: seen.to } : seen
        tr ??= view.state.tr
        if (wanted.from !== view.state.selection.from || wanted.to !== view.state.selection.to) {
          tr.setSelection(TextSelection.create(tr.doc, wanted.from, wanted.to))
        }
        view.dispatch(tr)
      }
      if (batch.all) scheduleBars({ paragraphs: true })
      else if (batch.ids.size) scheduleBars({ force: batch.ids })
    }, [editor, scheduleBars])
    const queue = useCallback(
      (change: SessionChange, collapse = false) => {
        if (change !== null && !change.length && !collapse) return // only the save state changed
        let batch = pending.current
        if (!batch) {
          batch = pending.current = { all: false, ids: new Set(), collapse: false }
          queueMicrotask(flush)
        }
        if (change === null) batch.all = true
        else for (const id of change) batch.ids.add(id)
        if (collapse) batch.collapse = true
      },
      [flush],
    )

    useEffect(() => props.session.subscribe((change) => queue(change)), [props.session, queue])
    // Everything again when what decides the drawing changes (and once at the start).
    useEffect(() => queue(null), [queue, props.isVisible, props.me, props.codes])
    // A new selection redraws the annotation it leaves and the one it picks.
    const drawnSelection = useRef(props.selectedId)
    useEffect(() => {
      const before = drawnSelection.current
      drawnSelection.current = props.selectedId
      queue([before, props.selectedId].filter((id): id is string => id !== null))
    }, [queue, props.selectedId])

    // Paragraphs the browser starts laying out (scrolled near) get their bars; a resize of the
    // text moves paragraphs (or rewraps them) and re-reads where they are.
    useLayoutEffect(() => {
      const box = textBox.current
      if (!box || !editor) return
      const onState = (event: Event) => {
        const { target, skipped } = event as ContentVisibilityAutoStateChangeEvent
        if (!(target instanceof HTMLElement) || target.parentElement !== editor.view.dom) return
        bars.setRendered(props.map.paragraphAt(editor.view.posAtDOM(target, 0)), !skipped)
        if (!skipped) scheduleBars({ paragraphs: true })
      }
      box.addEventListener('contentvisibilityautostatechange', onState, { capture: true })
      const observer = new ResizeObserver(() => scheduleBars({ paragraphs: true }))
      observer.observe(box)
      return () => {
        box.removeEventListener('contentvisibilityautostatechange', onState, { capture: true })
        observer.disconnect()
      }
    }, [editor, bars, props.map, scheduleBars])

    // A code's key is taken before the page's own key listeners see it: react-aria's would switch
    // the app to keyboard mode after a mouse selection, re-rendering every list and tree that
    // follows the mode (some 12 ms) before the highlight could paint. Keys that open a form or
    // a dialog go the usual way, so focus rings still show where focus moves.
    useEffect(() => {
      if (!editor) return
      const onKeyDown = (event: KeyboardEvent) => {
        if (!(event.target instanceof Node) || !editor.view.dom.contains(event.target) || !latest.current.onCodeKey(event)) return
        event.preventDefault()
        event.stopPropagation()
      }
      window.addEventListener('keydown', onKeyDown, { capture: true })
      return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
    }, [editor])

    const onLaneSelect = useCallback((id: string) => latest.current.onSelect(id, true), [])
    const colorRules = useMemo(() => highlightRules(props.codes), [props.codes])

    useImperativeHandle(
      ref,
      () => ({
        selectionSpan(snapToWords) {
          if (!editor) return null
          flush()
          const { from, to } = currentSelection(editor.view)
          return from === to ? null : spanFromSelection(latest.current.map, from, to, snapToWords)
        },
        collapseSelection() {
          queue([], true)
        },
        reveal(annotation) {
          if (!editor || annotation.start === null) return
          flush()
          const { from } = latest.current.map.toRange(annotation.start, annotation.end!)
          editor.commands.setTextSelection(from)
          const element = editor.view.dom.querySelector(`[data-aid="${CSS.escape(annotation.id)}"]`)
          element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior })
        },
        rectOf(annotation) {
          if (!editor || annotation.start === null) return null
          flush()
          const elements = editor.view.dom.querySelectorAll(`[data-aid="${CSS.escape(annotation.id)}"]`)
          if (!elements.length) return null
          const first = elements[0].getBoundingClientRect()
          const last = elements[elements.length - 1].getClientRects()
          const end = last[last.length - 1] ?? first
          return new DOMRect(first.left, first.top, Math.max(1, end.right - first.left), end.bottom - first.top)
        },
        focus() {
          flush()
          editor?.commands.focus(undefined, { scrollIntoView: false })
        },
      }),
      [editor, flush, queue],
    )

    return (
      <div className="reader-body">
        <style>{colorRules}</style>
        <MarginLanes layout={margin} codes={props.codes} selectedId={props.selectedId} onSelect={onLaneSelect} />
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

/** Whether the browser says which content-visibility paragraphs it skips (Chromium does; test DOMs do not). */
function reportsSkipping(): boolean {
  return typeof window !== 'undefined' && 'ContentVisibilityAutoStateChangeEvent' in window
}

/**
 * The selection as the person sees it: the DOM's while it lies in the text (ProseMirror reads
 * it on the next selectionchange, which a fast key press can beat), otherwise ProseMirror's
 * own (kept while focus is in the codebook, say).
 */
function currentSelection(view: EditorView): { from: number; to: number } {
  // Without focus the selection has long been read (and ProseMirror will not write it); asking
  // the DOM would only lay out a text just drawn ahead of its frame.
  if (!view.hasFocus()) return view.state.selection
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
  return view.state.selection
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

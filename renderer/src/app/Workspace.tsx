import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import type { Annotation, Code, DocumentStatus, Memo } from '../../../shared/model'
import { call } from '../api/client'
import { OffsetMap } from '../reader/offsets'
import { CodebookPane } from '../views/codebook/CodebookPane'
import { AnnotationPopover } from '../views/coding/AnnotationPopover'
import { CoderControls } from '../views/coding/CoderControls'
import { CoderDialog } from '../views/coding/CoderDialog'
import type { Span } from '../reader/selectionSpan'
import { rememberCoder, rememberedCoder } from '../views/coding/coderIdentity'
import { defaultAttributes, indexCodebook } from '../views/coding/codeIndex'
import { CodingSession, type AnnotationChange } from '../views/coding/codingSession'
import { shows, showsMine, type CodingView } from '../views/coding/codingView'
import { DocumentPanel } from '../views/coding/DocumentPanel'
import { QuickPicker } from '../views/coding/QuickPicker'
import { ShortcutsOverlay } from '../views/coding/ShortcutsOverlay'
import { rememberAttributes, suggestedAttributes } from '../views/coding/suggestedAttributes'
import { useCoders } from '../views/coding/useCoders'
import { useListedAnnotations } from '../views/coding/useListedAnnotations'
import { useSessionSnapshot } from '../views/coding/useSessionSnapshot'
import { DocumentsPane } from '../views/documents/DocumentsPane'
import type { ReaderHandle } from '../views/reader/CodingReader'
import { ReaderPane } from '../views/reader/ReaderPane'
import { useDocumentText } from '../views/reader/useDocumentText'
import { usePassageRequest } from '../views/codebook/codebookViewStore'
import { useStateAfterPaint } from './afterNextPaint'
import { PaneResizer } from './PaneResizer'
import { ProblemsNotice } from './ProblemsNotice'
import { ProjectToolbar } from './ProjectToolbar'
import { usePaneLayout } from './usePaneLayout'
import type { ProjectData } from './useProjectData'

const SIDE_PANE = { min: 200, max: 560 }
const SNAP_KEY = 'margin.snapToWords'
// The side panes re-render only when their own inputs change, never on the keystroke that codes.
const StableDocumentsPane = memo(DocumentsPane)
const StableCodebookPane = memo(CodebookPane)
// Nor does the chrome around them: the toolbar, the coder controls, the pane resizers.
const StableProjectToolbar = memo(ProjectToolbar)
const StableCoderControls = memo(CoderControls)
const StablePaneResizer = memo(PaneResizer)

type Editing = { id: string; fresh: boolean; rect: DOMRect }
const NO_COUNTS: ReadonlyMap<string, number> = new Map()

/** The project window once loaded: toolbar, documents | reader | codebook and "This document". */
export function Workspace({ data, reload }: { data: ProjectData; reload: () => void }) {
  const { project, codebook, documents } = data
  const readOnly = project.readOnlyReason !== null
  const [layout, setLayout] = usePaneLayout()
  const codes = useMemo(() => indexCodebook(codebook), [codebook])
  const { coders, replace: replaceCoder } = useCoders(project.path)
  const [me, setMe] = useState<string | null>(() => rememberedCoder(project.path))
  const [askCoder, setAskCoder] = useState(false)
  const [view, setView] = useState<CodingView>('mine')
  const [documentId, setDocumentId] = useState<string | null>(null)
  // What actions act on is current at once; the views show a keystroke's change after its paint.
  const [selectedId, selection, setSelectedId] = useStateAfterPaint<string | null>(null)
  const [editing, setEditing] = useState<Editing | null>(null)
  const [picker, setPicker] = useState(false)
  const [help, setHelp] = useState(false)
  const [message, , setMessage] = useStateAfterPaint<string | null>(null)
  const [snapToWords, setSnapToWords] = useState(() => localStorage.getItem(SNAP_KEY) !== 'off')
  const reader = useRef<ReaderHandle>(null)

  useEffect(() => localStorage.setItem(SNAP_KEY, snapToWords ? 'on' : 'off'), [snapToWords])

  // A remembered coder who is no longer in the project is asked again.
  const knownMe = coders && me && coders.some((c) => c.id === me) ? me : null
  const coderName = useCallback((id: string) => coders?.find((c) => c.id === id)?.name ?? id, [coders])
  const myStatuses = useMemo(() => coders?.find((c) => c.id === knownMe)?.status ?? {}, [coders, knownMe])

  useEffect(() => {
    if (documentId && !documents.some((d) => d.id === documentId)) setDocumentId(null)
  }, [documents, documentId])

  const docState = useDocumentText(documentId)
  const text = docState.status === 'ready' ? docState.document.text : null
  const map = useMemo(() => (text === null ? null : new OffsetMap(text)), [text])
  const openId = docState.status === 'ready' ? docState.id : null

  const setStatus = useCallback(
    (status: DocumentStatus, id = openId) => {
      if (!knownMe || !id) return
      call('documents.setStatus', { coderId: knownMe, documentId: id, status }).then(replaceCoder, (e: Error) => setMessage(`Status not saved: ${e.message}`))
    },
    [knownMe, openId, replaceCoder],
  )
  const statusRef = useRef({ myStatuses, setStatus })
  statusRef.current = { myStatuses, setStatus }

  // The annotations are asked for with the text, not after it, and the coding reader waits for
  // both: it then draws the text and its highlights in one go.
  const listed = useListedAnnotations(documentId, knownMe)
  const listedHere = listed?.documentId === openId ? listed : null
  const annotationsHere = listedHere !== null && (listedHere.list !== null || listedHere.failed)
  const session = useMemo(() => {
    if (!map || !openId || !knownMe || !listedHere || !annotationsHere) return null
    return new CodingSession(openId, knownMe, map, {
      annotations: listedHere.list ?? listedHere.request,
      onFirstAnnotation: () => {
        // Coding a document that was not started puts it in progress.
        const { myStatuses: statuses, setStatus: set } = statusRef.current
        if ((statuses[openId] ?? 'not-started') === 'not-started') set('in-progress', openId)
      },
    })
    // `listedHere` is read once its list is in: a session keeps what it loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, openId, knownMe, annotationsHere])
  useEffect(() => () => session?.dispose(), [session])
  useEffect(() => {
    setSelectedId(null)
    setEditing(null)
  }, [session])

  // The whole list, for the legend, status line and side panes: after the paint of each change.
  const snapshot = useSessionSnapshot(session)

  // A passage opened from the retrieved-segments view: open its document, then select and show it.
  const passage = usePassageRequest()
  useEffect(() => {
    if (passage) setDocumentId(passage.documentId)
  }, [passage])
  useEffect(() => {
    const annotation = passage && passage.documentId === openId ? session?.get(passage.annotationId) : undefined
    if (!annotation) return
    setSelectedId(annotation.id)
    requestAnimationFrame(() => reader.current?.reveal(annotation))
  }, [passage, openId, session, snapshot.annotations])
  const isVisible = useCallback((a: Annotation) => (knownMe ? shows(view, knownMe, a.coderId) : false), [view, knownMe])
  const visible = useMemo(() => snapshot.annotations.filter(isVisible), [snapshot.annotations, isVisible])
  const visibleSpans = useMemo(() => visible.filter((a) => a.start !== null), [visible])
  const deferredSelectedId = useDeferredValue(selectedId)
  const counts = useMemo(() => {
    if (!visible.length) return NO_COUNTS // the same object, so the codebook need not re-render for it
    const n = new Map<string, number>()
    for (const a of visible) n.set(a.codeId, (n.get(a.codeId) ?? 0) + 1)
    return n
  }, [visible])

  // ----- actions -----
  const latest = useRef({ session, snapToWords, view, knownMe, editing, picker, help, myStatuses })
  latest.current = { session, snapToWords, view, knownMe, editing, picker, help, myStatuses }

  const select = useCallback((id: string | null, open: boolean) => {
    setSelectedId(id)
    const s = latest.current.session
    const annotation = id ? s?.get(id) : undefined
    if (!annotation) return
    if (open) {
      const rect = reader.current?.rectOf(annotation)
      if (rect) setEditing({ id: annotation.id, fresh: false, rect })
    }
  }, [])

  // The passage selected when the quick picker opened: focus moves to the picker, and the
  // reader's last Shift+arrow step may not have reached ProseMirror's state by then.
  const pickerSpan = useRef<Span | null>(null)

  const applyCode = useCallback(
    (code: Code, chosenSpan?: Span | null) => {
      const { session: s, snapToWords: snap, view: v, knownMe: who } = latest.current
      if (!s || !who) return
      if (!showsMine(v, who)) return setMessage('Switch the view to “Mine” or “All coders” to code.')
      if (readOnly) return setMessage('This project is read-only.')
      if (code.level === 'document') return setMessage(`“${code.name}” is coded for the whole document, under This document.`)
      const span = chosenSpan ?? reader.current?.selectionSpan(snap)
      if (!span) return setMessage('Select a passage first, then apply a code.')
      const attributes = code.attributes.length ? { ...defaultAttributes(code), ...suggestedAttributes(code, span, s.getSnapshot().annotations, who, codes) } : {}
      // The reader draws the new highlight in this task; everything else React shows follows its paint.
      const annotation = s.create({ codeId: code.id, start: span.start, end: span.end, attributes })
      setMessage(null, true)
      setSelectedId(annotation.id, true)
      reader.current?.collapseSelection()
      if (code.attributes.length) {
        // The inline form opens once the new highlight is drawn, anchored to it.
        requestAnimationFrame(() => {
          const rect = reader.current?.rectOf(annotation)
          if (rect) setEditing({ id: annotation.id, fresh: true, rect })
        })
      } else {
        reader.current?.focus()
      }
    },
    [readOnly, codes],
  )

  const removeSelected = useCallback(() => {
    const { session: s, knownMe: who } = latest.current
    const id = selection.current
    const annotation = id ? s?.get(id) : undefined
    if (!s || !annotation) return
    if (annotation.coderId !== who) return setMessage(`Only ${coderName(annotation.coderId)} can remove this annotation.`)
    s.remove(annotation.id)
    setSelectedId(null)
    setMessage('Annotation removed. Undo with Ctrl+Z.')
  }, [coderName, selection, setMessage, setSelectedId])

  const step = useCallback((direction: 1 | -1) => {
    const s = latest.current.session
    const id = selection.current
    const spans = (s?.getSnapshot().annotations ?? []).filter((a) => a.start !== null && isVisible(a))
    if (!spans.length) return
    const index = spans.findIndex((a) => a.id === id)
    const next = spans[index === -1 ? (direction === 1 ? 0 : spans.length - 1) : (index + direction + spans.length) % spans.length]
    setSelectedId(next.id)
    reader.current?.reveal(next)
  }, [isVisible, selection, setSelectedId])

  const nextUnfinished = useCallback(() => {
    const statuses = latest.current.myStatuses
    const start = documents.findIndex((d) => d.id === documentId)
    for (let i = 1; i <= documents.length; i++) {
      const candidate = documents[(start + i + documents.length) % documents.length]
      if (candidate.id !== documentId && (statuses[candidate.id] ?? 'not-started') !== 'done') {
        setDocumentId(candidate.id)
        return
      }
    }
    setMessage('Every other document is done.')
  }, [documents, documentId])

  const undoRedo = useCallback((redo: boolean) => {
    const s = latest.current.session
    if (!s) return
    const done = redo ? s.redo() : s.undo()
    // The reader redraws at once; the message can wait for that paint.
    setMessage(done ? (redo ? 'Redone.' : 'Undone.') : redo ? 'Nothing to redo.' : 'Nothing to undo.', true)
    if (latest.current.editing) setEditing(null)
  }, [setMessage])

  /** Every coding key; true when it was used. `fromReader`: the caret is in the text. */
  const onKey = useCallback(
    (event: KeyboardEvent, fromReader: boolean): boolean => {
      const { editing: open, picker: picking, help: helping } = latest.current
      const id = selection.current
      if (open || picking || helping) return false
      const mod = event.ctrlKey || event.metaKey
      if (mod && !event.altKey && event.key.toLowerCase() === 'z') {
        undoRedo(event.shiftKey)
        return true
      }
      if (mod && event.key.toLowerCase() === 'y') {
        undoRedo(true)
        return true
      }
      if (mod || event.altKey) return false
      const hasSelection = fromReader && reader.current?.selectionSpan(false) !== null
      const key = event.key
      if (hasSelection) {
        const code = codes.byShortcut.get(key.toLowerCase())
        if (code && key.length === 1) {
          applyCode(code)
          return true
        }
        if (key === ' ') {
          pickerSpan.current = reader.current?.selectionSpan(latest.current.snapToWords) ?? null
          setPicker(true)
          return true
        }
      }
      switch (key) {
        case '?':
          setHelp(true)
          return true
        case 'j':
          step(1)
          return true
        case 'k':
          step(-1)
          return true
        case 'n':
          nextUnfinished()
          return true
        case ' ':
          if (!fromReader) return false
          setMessage('Select a passage first (Shift + arrows or the mouse), then press Space.')
          return true
        case 'Enter':
          if (!id) return false
          select(id, true)
          return true
        case 'Delete':
        case 'Backspace':
          if (!id) return false
          removeSelected()
          return true
        case 'Escape':
          if (!id) return false
          setSelectedId(null)
          return true
      }
      return false
    },
    [applyCode, codes, nextUnfinished, removeSelected, select, step, undoRedo],
  )

  // Keys outside the reader: only where they cannot mean typing or a widget's own keys.
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (target?.closest('.article-text')) return // the reader handled it already
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]')
      const widget = target?.closest('[role="dialog"], [role="listbox"], [role="treegrid"], [role="tree"], [role="menu"], [role="grid"], [role="radiogroup"]')
      const mod = event.ctrlKey || event.metaKey
      if (typing) return
      if (widget && !(mod && ['z', 'y'].includes(event.key.toLowerCase())) && event.key !== '?') return
      if (onKey(event, false)) event.preventDefault()
    }
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [onKey])

  const readerKey = useCallback((event: KeyboardEvent) => onKey(event, true), [onKey])
  /** A code's key over a selection in the reader, for a code with nothing to fill in: applies it; true when it did. */
  const codeKey = useCallback(
    (event: KeyboardEvent): boolean => {
      const { editing: open, picker: picking, help: helping } = latest.current
      if (open || picking || helping || event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.key.length !== 1) return false
      const code = codes.byShortcut.get(event.key.toLowerCase())
      if (!code || code.attributes.length || !reader.current?.selectionSpan(false)) return false
      applyCode(code)
      return true
    },
    [applyCode, codes],
  )

  const saveEdit = useCallback(
    (id: string, change: AnnotationChange, fresh: boolean) => {
      const s = latest.current.session
      const annotation = s?.get(id)
      if (!s || !annotation) return
      const code = codes.byId.get(change.codeId ?? annotation.codeId)
      if (code && change.attributes) rememberAttributes(code, change.attributes)
      s.update(id, change, { mergeIntoLast: fresh })
    },
    [codes],
  )

  const applyById = useCallback((id: string) => {
    const code = codes.byId.get(id)
    if (code) applyCode(code)
  }, [codes, applyCode])
  const onPanelStatus = useCallback((s: DocumentStatus) => setStatus(s), [setStatus])
  const onPanelMemo = useCallback(
    (memo: Memo | null) => {
      if (!knownMe || !openId) return
      call('documents.setMemo', { coderId: knownMe, documentId: openId, memo }).then(replaceCoder, (e: Error) => setMessage(`Memo not saved: ${e.message}`))
    },
    [knownMe, openId, replaceCoder],
  )
  const onPanelCreate = useCallback((codeId: string, attributes: Annotation['attributes']) => void latest.current.session?.create({ codeId, attributes }), [])
  const onPanelUpdate = useCallback((id: string, attributes: Annotation['attributes']) => latest.current.session?.update(id, { attributes }), [])
  const onPanelRemove = useCallback((id: string) => latest.current.session?.remove(id), [])
  const onJump = useCallback((id: string) => {
    const a = latest.current.session?.get(id)
    if (!a) return
    setSelectedId(id)
    reader.current?.reveal(a)
  }, [])

  const onSwitchCoder = useCallback(() => setAskCoder(true), [])
  const onResizeDocuments = useCallback((documentsWidth: number) => setLayout({ documentsWidth }), [setLayout])
  const onResizeCodebook = useCallback((codebookWidth: number) => setLayout({ codebookWidth }), [setLayout])
  const coderControls = useMemo(
    () => (coders && knownMe ? <StableCoderControls coders={coders} me={knownMe} view={view} onViewChange={setView} onSwitchCoder={onSwitchCoder} /> : null),
    [coders, knownMe, view, onSwitchCoder],
  )

  // "This document" joins once the text and its highlights are painted (the snapshot then has its list).
  const panelShown = Boolean(session && knownMe && openId && !snapshot.loading)
  const editingAnnotation = editing ? session?.get(editing.id) : undefined
  const chooseCoder = (id: string) => {
    rememberCoder(project.path, id)
    setMe(id)
    setAskCoder(false)
    setView('mine')
  }

  const columns = [
    layout.documentsOpen ? `${layout.documentsWidth}px auto` : '',
    'minmax(360px, 1fr)',
    layout.codebookOpen ? `auto ${layout.codebookWidth}px` : '',
  ].join(' ')

  return (
    <div className="app">
      <StableProjectToolbar project={project} layout={layout} onLayoutChange={setLayout}>
        {coderControls}
      </StableProjectToolbar>
      <ProblemsNotice problems={project.problems} />
      <div className="panes" style={{ gridTemplateColumns: columns }}>
        {layout.documentsOpen && (
          <>
            <StableDocumentsPane
              documents={documents}
              variables={project.variables}
              selectedId={documentId}
              onOpen={setDocumentId}
              readOnly={readOnly}
              onImported={reload}
              statuses={knownMe ? myStatuses : null}
            />
            <StablePaneResizer
              label="Resize documents pane"
              width={layout.documentsWidth}
              {...SIDE_PANE}
              direction={1}
              onResize={onResizeDocuments}
            />
          </>
        )}
        <ReaderPane
          state={knownMe && openId && !annotationsHere ? { status: 'loading', id: openId } : docState}
          hasDocuments={documents.length > 0}
          coding={
            session && map && knownMe
              ? {
                  session,
                  map,
                  codes,
                  me: knownMe,
                  isVisible,
                  coderName,
                  selectedId,
                  onSelect: select,
                  onKey: readerKey,
                  onCodeKey: codeKey,
                  readerRef: reader,
                  snapshot,
                  legend: visibleSpans,
                  snapToWords,
                  onSnapToWords: setSnapToWords,
                  message,
                  onDismissMessage: () => setMessage(null),
                  onDismissError: () => session.clearError(),
                }
              : null
          }
        />
        {layout.codebookOpen && (
          <>
            <StablePaneResizer
              label="Resize codebook pane"
              width={layout.codebookWidth}
              {...SIDE_PANE}
              direction={-1}
              onResize={onResizeCodebook}
            />
            <div className={panelShown ? 'side-column' : 'side-column is-codebook-only'}>
              {/* Given once a coder is known, not per document: a new document's text comes first, without a codebook re-render. */}
              <StableCodebookPane codebook={codebook} onApply={knownMe ? applyById : undefined} counts={knownMe ? counts : undefined} />
              {panelShown && session && knownMe && openId && (
                <DocumentPanel
                  documentId={openId}
                  codes={codes}
                  me={knownMe}
                  annotations={visible}
                  status={myStatuses[openId] ?? 'not-started'}
                  coderName={coderName}
                  selectedId={deferredSelectedId}
                  readOnly={readOnly}
                  onStatus={onPanelStatus}
                  onMemo={onPanelMemo}
                  onCreate={onPanelCreate}
                  onUpdate={onPanelUpdate}
                  onRemove={onPanelRemove}
                  onJump={onJump}
                />
              )}
            </div>
          </>
        )}
      </div>
      {editing && editingAnnotation && knownMe && (
        <AnnotationPopover
          key={editing.id}
          annotation={editingAnnotation}
          rect={editing.rect}
          codes={codes}
          me={knownMe}
          coderName={coderName}
          fresh={editing.fresh}
          onSave={(change) => saveEdit(editing.id, change, editing.fresh)}
          onDelete={() => {
            session?.remove(editing.id)
            setEditing(null)
            setSelectedId(null)
            reader.current?.focus()
          }}
          onClose={() => {
            setEditing(null)
            reader.current?.focus()
          }}
        />
      )}
      {picker && (
        <QuickPicker
          codes={codes}
          onClose={() => {
            setPicker(false)
            reader.current?.focus()
          }}
          onApply={(code) => {
            setPicker(false)
            applyCode(code, pickerSpan.current)
            pickerSpan.current = null
          }}
        />
      )}
      {help && <ShortcutsOverlay codes={codes} onClose={() => setHelp(false)} />}
      {/* A read-only project can be read without saying who you are: nobody can code in it. */}
      {coders && ((!knownMe && !readOnly) || askCoder) && (
        <CoderDialog
          coders={coders}
          current={knownMe}
          readOnly={readOnly}
          onChoose={chooseCoder}
          onAdded={(coder) => replaceCoder({ ...coder, annotations: 0, demo: false, status: {} })}
          onDismiss={knownMe ? () => setAskCoder(false) : undefined}
        />
      )}
    </div>
  )
}

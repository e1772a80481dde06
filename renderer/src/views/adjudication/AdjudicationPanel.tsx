import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { Button, Label, ProgressBar } from 'react-aria-components'
import type { AdjudicationRecord, AgreementUnit, Disagreement, RequestOf } from '../../../../shared/contract'
import type { Codebook, DocumentMeta } from '../../../../shared/model'
import { call } from '../../api/client'
import { indexCodebook } from '../coding/codeIndex'
import { ChoiceSelect, TextInput } from '../tools/fields'
import { SideBySide } from './SideBySide'
import { editPreview } from './editPreview'
import { useDocumentText } from './useDocumentTexts'
import './adjudication.css'

interface Props {
  items: Disagreement[]
  coderIds: string[]
  coderNames: Map<string, string>
  codebook: Codebook
  documents: DocumentMeta[]
  unit: AgreementUnit
  readOnly: boolean
  onChanged: () => void
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ACTION_WORDS: Record<AdjudicationRecord['action'], string> = { accept: 'accepted', both: 'took both', neither: 'took neither', edit: 'edited' }

/**
 * Settles disagreements one at a time into the consensus coder: accept A (a) or B (b),
 * both (t), neither (n) or edit (e); j/k or the arrow keys move, u undoes. After a
 * resolution the next open disagreement comes up.
 */
export function AdjudicationPanel({ items, coderIds, coderNames, codebook, documents, unit, readOnly, onChanged }: Props) {
  const [resolutions, setResolutions] = useState<Map<string, AdjudicationRecord | null>>(() => new Map())
  const [position, setPosition] = useState(0)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [editing, setEditing] = useState<{ codeId: string; start: string; end: string } | null>(null)
  const coders = coderIds.map((id, i) => ({ id, letter: LETTERS[i] ?? String(i + 1), name: coderNames.get(id) ?? id }))
  const resolutionOf = useCallback((d: Disagreement) => (resolutions.has(d.id) ? resolutions.get(d.id)! : d.resolution), [resolutions])
  const resolvedCount = items.filter((d) => resolutionOf(d)).length
  const current = items[Math.min(position, items.length - 1)] ?? null
  const text = useDocumentText(current?.documentId ?? null)
  const preview = editing ? editPreview(text, editing.start, editing.end) : null
  const titles = useMemo(() => new Map(documents.map((d) => [d.id, d.title || d.id])), [documents])
  const codes = useMemo(() => new Map(codebook.codes.map((c) => [c.id, c])), [codebook])
  const codeIndex = useMemo(() => indexCodebook(codebook), [codebook])
  const code = current ? codes.get(current.codeId) : undefined
  const manyCodes = new Set(items.map((d) => d.codeId)).size > 1

  const move = useCallback((step: number) => {
    setEditing(null)
    setProblem(null)
    setPosition((p) => Math.max(0, Math.min(items.length - 1, p + step)))
  }, [items.length])

  const nextOpen = useCallback(
    (after: number, settled: Map<string, AdjudicationRecord | null>) => {
      for (let k = 1; k <= items.length; k++) {
        const i = (after + k) % items.length
        const d = items[i]
        if (!(settled.has(d.id) ? settled.get(d.id) : d.resolution)) return i
      }
      return after
    },
    [items],
  )

  const resolve = useCallback(
    async (action: AdjudicationRecord['action'], extra: Partial<RequestOf<'adjudication.resolve'>> = {}) => {
      if (!current || busy || readOnly) return
      setBusy(true)
      setProblem(null)
      try {
        const result = await call('adjudication.resolve', { disagreementId: current.id, action, coderIds, ...extra })
        const settled = new Map(resolutions).set(current.id, result.record)
        setResolutions(settled)
        setEditing(null)
        setPosition(nextOpen(Math.min(position, items.length - 1), settled))
        onChanged()
      } catch (error) {
        setProblem((error as Error).message)
      } finally {
        setBusy(false)
      }
    },
    [current, busy, readOnly, coderIds, resolutions, nextOpen, position, items.length, onChanged],
  )

  const undo = useCallback(async () => {
    if (!current || busy || readOnly || !resolutionOf(current)) return
    setBusy(true)
    setProblem(null)
    try {
      await call('adjudication.undo', { disagreementId: current.id, coderIds })
      setResolutions((m) => new Map(m).set(current.id, null))
      onChanged()
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setBusy(false)
    }
  }, [current, busy, readOnly, resolutionOf, coderIds, onChanged])

  const startEdit = useCallback(() => {
    if (!current) return
    const spans = Object.values(current.annotations)
      .flat()
      .filter((a) => a.start !== null)
    const start = spans.length ? Math.min(...spans.map((a) => a.start!)) : current.start
    const end = spans.length ? Math.max(...spans.map((a) => a.end!)) : current.end
    setEditing({ codeId: current.codeId, start: start === null ? '' : String(start), end: end === null ? '' : String(end) })
  }, [current])

  const onKeyNow = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null
    if (target?.closest('input, textarea, select, [role="listbox"], [role="dialog"][data-popover]')) return
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault()
      return void undo()
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const key = event.key
    const accept = coders.findIndex((c) => c.letter.toLowerCase() === key && key <= 'b')
    if (accept >= 0) return void resolve('accept', { coders: [coders[accept].id] })
    if (key === 't') return void resolve('both')
    if (key === 'n') return void resolve('neither')
    if (key === 'e') {
      event.preventDefault()
      return startEdit()
    }
    if (key === 'u') return void undo()
    if (key === 'j' || key === 'ArrowRight' || key === 'ArrowDown') {
      event.preventDefault()
      return move(1)
    }
    if (key === 'k' || key === 'ArrowLeft' || key === 'ArrowUp') {
      event.preventDefault()
      return move(-1)
    }
  }
  // The listener stays; what it does is swapped in at commit (a layout effect), so a key
  // pressed as soon as a resolution shows acts on that state, not on the busy one before.
  const onKey = useRef(onKeyNow)
  useLayoutEffect(() => {
    onKey.current = onKeyNow
  })
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])

  if (items.length === 0 || !current) {
    return <p className="hint adjudication-empty">No disagreements here: the coders agree on every unit.</p>
  }
  const record = resolutionOf(current)
  const unitLabel = current.start === null ? 'whole document' : `${unit} at ${current.start}–${current.end}`

  return (
    <div className="adjudication">
      <aside className="disagreement-list" aria-label="Disagreements">
        <ProgressBar className="progress" value={resolvedCount} maxValue={items.length}>
          {({ percentage }) => (
            <>
              <Label>
                {resolvedCount} of {items.length} resolved
              </Label>
              <div className="progress-track">
                <div className="progress-fill" style={{ width: `${percentage}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
        <ol>
          {items.map((d, i) => {
            const r = resolutionOf(d)
            return (
              <li key={d.id}>
                <button
                  type="button"
                  className={`disagreement-item ${i === position ? 'is-current' : ''}`}
                  aria-current={i === position ? 'true' : undefined}
                  onClick={() => (setPosition(i), setEditing(null))}
                  title={manyCodes ? `${codes.get(d.codeId)?.name ?? d.codeId} · ${titles.get(d.documentId) ?? d.documentId}` : (titles.get(d.documentId) ?? d.documentId)}
                >
                  <span className={`item-state ${r ? 'is-resolved' : ''}`} aria-label={r ? 'resolved' : 'open'}>
                    {r ? '✓' : '○'}
                  </span>
                  <span className="item-text">
                    <span className="item-code">{manyCodes ? (codes.get(d.codeId)?.name ?? d.codeId) : (titles.get(d.documentId) ?? d.documentId)}</span>
                    <span className="item-doc">
                      {manyCodes && `${titles.get(d.documentId) ?? d.documentId} · `}
                      {d.start === null ? 'whole document' : `${unit} ${d.start}–${d.end}`}
                    </span>
                  </span>
                </button>
              </li>
            )
          })}
        </ol>
      </aside>
      <section className="disagreement-detail" aria-label="Disagreement">
        <header className="detail-header">
          <div className="detail-title">
            <span className="code-swatch" style={{ background: code?.color }} aria-hidden="true" />
            <h3>{code?.name ?? current.codeId}</h3>
            <span className="detail-position">
              {position + 1} of {items.length}
            </span>
            <span className="toolbar-spacer" />
            <Button className="button" aria-label="Previous disagreement" aria-keyshortcuts="k" isDisabled={position === 0} onPress={() => move(-1)}>
              ‹ Previous <kbd>k</kbd>
            </Button>
            <Button className="button" aria-label="Next disagreement" aria-keyshortcuts="j" isDisabled={position >= items.length - 1} onPress={() => move(1)}>
              Next <kbd>j</kbd> ›
            </Button>
          </div>
          <p className="hint">
            {titles.get(current.documentId) ?? current.documentId} · {unitLabel}
          </p>
        </header>
        <SideBySide disagreement={current} text={text} coders={coders} color={code?.color ?? '#888888'} codes={codeIndex} />
        <p className={`resolution-line ${record ? 'is-resolved' : ''}`} role="status">
          {record ? (
            <>
              <span aria-hidden="true">✓</span> Resolved: {ACTION_WORDS[record.action]}
              {record.coders.length ? ` ${record.coders.map((id) => coders.find((c) => c.id === id)?.letter ?? id).join(' and ')}` : ''} ·{' '}
              {record.annotationIds.length} consensus annotation{record.annotationIds.length === 1 ? '' : 's'}
            </>
          ) : (
            'Open: choose what the consensus coding keeps.'
          )}
        </p>
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
        {editing && (
          <form
            className="edit-form"
            aria-label="Edit the consensus annotation"
            onSubmit={(e) => {
              e.preventDefault()
              const start = editing.start === '' ? undefined : Number(editing.start)
              const end = editing.end === '' ? undefined : Number(editing.end)
              void resolve('edit', { edit: { codeId: editing.codeId, start, end } })
            }}
          >
            <ChoiceSelect
              label="Code"
              choices={codebook.codes.filter((c) => c.groupId === code?.groupId).map((c) => ({ id: c.id, label: c.name }))}
              value={editing.codeId}
              onChange={(codeId) => setEditing({ ...editing, codeId })}
            />
            <TextInput label="Start" value={editing.start} onChange={(start) => setEditing({ ...editing, start })} inputMode="numeric" />
            <TextInput label="End" value={editing.end} onChange={(end) => setEditing({ ...editing, end })} inputMode="numeric" />
            <Button type="submit" className="button button-primary" isDisabled={busy || (preview !== null && 'problem' in preview)}>
              Save consensus
            </Button>
            <Button className="button" onPress={() => setEditing(null)}>
              Cancel
            </Button>
            <p className={`edit-preview${preview && 'problem' in preview ? ' error-text' : ''}`} aria-live="polite">
              {preview && 'wholeDocument' in preview && 'Both positions empty: the code applies to the whole document.'}
              {preview && 'problem' in preview && preview.problem}
              {preview && 'quote' in preview && (
                <>
                  Keeps <q>{preview.quote}</q> (positions count characters, as the exported tables do)
                </>
              )}
            </p>
          </form>
        )}
        <div className="adjudication-actions" role="group" aria-label="Resolve">
          {coders.map((c, i) => (
            <Button
              key={c.id}
              className="button action-button"
              aria-keyshortcuts={i < 2 ? c.letter.toLowerCase() : undefined}
              isDisabled={busy || readOnly}
              onPress={() => void resolve('accept', { coders: [c.id] })}
            >
              Accept {c.letter} {i < 2 && <kbd>{c.letter.toLowerCase()}</kbd>}
            </Button>
          ))}
          <Button className="button action-button" aria-keyshortcuts="t" isDisabled={busy || readOnly} onPress={() => void resolve('both')}>
            Both <kbd>t</kbd>
          </Button>
          <Button className="button action-button" aria-keyshortcuts="n" isDisabled={busy || readOnly} onPress={() => void resolve('neither')}>
            Neither <kbd>n</kbd>
          </Button>
          <Button className="button action-button" aria-keyshortcuts="e" isDisabled={busy || readOnly} onPress={startEdit}>
            Edit… <kbd>e</kbd>
          </Button>
          <span className="toolbar-spacer" />
          <Button className="button" aria-keyshortcuts="u" isDisabled={busy || readOnly || !record} onPress={() => void undo()}>
            Undo resolution <kbd>u</kbd>
          </Button>
        </div>
        {readOnly && <p className="hint">This project is read-only: resolutions cannot be saved.</p>}
      </section>
    </div>
  )
}

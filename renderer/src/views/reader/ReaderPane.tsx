import { ownValue } from '../../../../shared/model/ownValue'
import type { RefObject } from 'react'
import { Button, Switch } from 'react-aria-components'
import type { Annotation, Code } from '../../../../shared/model'
import { ErrorState } from '../../app/ErrorState'
import type { OffsetMap } from '../../reader/offsets'
import { attributeLabel, missingAttributes, type CodeIndex } from '../coding/codeIndex'
import type { CodingSession, CodingSnapshot } from '../coding/codingSession'
import { laneCodes } from '../coding/laneCodes'
import { documentFacts } from '../documents/documentFacts'
import { CodingReader, type ReaderHandle } from './CodingReader'
import type { DocumentTextState } from './useDocumentText'

export interface ReaderCoding {
  session: CodingSession
  map: OffsetMap
  codes: CodeIndex
  me: string
  isVisible: (a: Annotation) => boolean
  coderName: (coderId: string) => string
  selectedId: string | null
  onSelect: (id: string | null, open: boolean) => void
  onKey: (event: KeyboardEvent) => boolean
  onCodeKey: (event: KeyboardEvent) => boolean
  readerRef: RefObject<ReaderHandle | null>
  /** The session's state as of the last paint: what the header and status line show. */
  snapshot: CodingSnapshot
  /** The visible passages, for the legend. */
  legend: readonly Annotation[]
  snapToWords: boolean
  onSnapToWords: (on: boolean) => void
  message: string | null
  onDismissMessage: () => void
  onDismissError: () => void
}

interface Props {
  state: DocumentTextState
  hasDocuments: boolean
  /** Null until a coder is chosen: the text is then shown without coding. */
  coding: ReaderCoding | null
}

/** The middle pane: the open document's header, legend, its text at a readable measure, and a status line. */
export function ReaderPane({ state, hasDocuments, coding }: Props) {
  const shownId = state.status === 'ready' ? state.id : null
  return (
    <main className="pane reader-pane" aria-label="Reader">
      {/* A newly opened document starts at its top, not where the last one was left: a new
          scroller per document (setting scrollTop would lay the new text out at once, twice). */}
      <div key={shownId ?? ''} className="reader-scroll">
        {state.status === 'idle' && (
          <div className="state">
            <p>{hasDocuments ? 'Choose a document to read it.' : 'Import articles to start reading.'}</p>
          </div>
        )}
        {state.status === 'loading' && (
          <div className="state" aria-busy="true">
            <p>Opening…</p>
          </div>
        )}
        {state.status === 'error' && <ErrorState title="Could not open this document" error={state.error} />}
        {state.status === 'ready' && (
          <article className="article" aria-labelledby="article-title">
            <header className="article-header">
              <h2 id="article-title">{state.document.meta.title || state.document.meta.source.fileName}</h2>
              <p className="article-facts">
                {[...documentFacts(state.document.meta), state.document.meta.author].filter(Boolean).join(' · ')}
              </p>
              {coding && <Legend coding={coding} />}
            </header>
            {coding ? (
              <CodingReader
                key={`${state.id}:${coding.me}`}
                ref={coding.readerRef}
                text={state.document.text}
                label={`Text of ${state.document.meta.title}`}
                map={coding.map}
                session={coding.session}
                codes={coding.codes}
                isVisible={coding.isVisible}
                me={coding.me}
                coderName={coding.coderName}
                selectedId={coding.selectedId}
                onSelect={coding.onSelect}
                onKey={coding.onKey}
                onCodeKey={coding.onCodeKey}
              />
            ) : (
              <div className="article-text plain-text">
                {state.document.text.split('\n').filter(Boolean).map((line, i) => (
                  <p key={i}>{line}</p>
                ))}
              </div>
            )}
          </article>
        )}
      </div>
      {coding && state.status === 'ready' && <StatusLine coding={coding} />}
    </main>
  )
}

/** The codes in the margin's lanes, numbered as the lanes are: the key that makes them readable without color. */
function Legend({ coding }: { coding: ReaderCoding }) {
  const lanes = laneCodes(coding.legend, coding.codes)
  return (
    <div className="legend-row">
      {lanes.length > 0 ? (
        <ol className="legend" aria-label="Codes in this document, by margin lane">
          {lanes.map(({ codeId, count }, i) => {
            const code = coding.codes.byId.get(codeId)
            return (
              <li key={codeId} className="legend-item">
                <span className="legend-lane" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="swatch" style={{ background: code?.color }} aria-hidden="true" />
                <span className="legend-name">{code?.name ?? codeId}</span>
                <span className="legend-count">{count}</span>
              </li>
            )
          })}
        </ol>
      ) : (
        <p className="hint legend-empty">Nothing coded here yet{coding.snapshot.loading ? '' : ' in this view'}.</p>
      )}
      <Switch className="switch" isSelected={coding.snapToWords} onChange={coding.onSnapToWords}>
        <span className="switch-track" aria-hidden="true" />
        Snap to words
      </Switch>
    </div>
  )
}

/** The bottom line: the selected annotation, or what to do next; saving; errors. */
function StatusLine({ coding }: { coding: ReaderCoding }) {
  const { snapshot, selectedId, codes, me } = coding
  const selected = selectedId ? coding.session.get(selectedId) : undefined
  const code = selected ? codes.byId.get(selected.codeId) : undefined
  return (
    <footer className="status-line">
      {snapshot.error ? (
        <p role="alert" className="status-error">
          {snapshot.error}{' '}
          <Button className="quiet-button" onPress={coding.onDismissError}>
            Dismiss
          </Button>
        </p>
      ) : coding.message ? (
        <p role="status" className="status-message">
          {coding.message}
        </p>
      ) : selected ? (
        <p className="status-selected" aria-live="polite" title={selectedSummary(code, selected, codes)}>
          <span className="swatch" style={{ background: code?.color }} aria-hidden="true" />
          <strong>{code?.name ?? selected.codeId}</strong>
          {selected.coderId !== me && <span> · {coding.coderName(selected.coderId)} (read-only)</span>}
          {code?.attributes.map((def) => (
            <span key={def.id}>
              {' '}
              · {def.name}: {attributeLabel(def, ownValue(selected.attributes, def.id) ?? null, codes)}
            </span>
          ))}
          {missingAttributes(code, selected).length > 0 && <span className="status-missing"> · incomplete</span>}
          <span className="status-keys"> — Enter edit · Delete remove · j/k next/previous</span>
        </p>
      ) : (
        <p className="status-hint">Select text, then press a code’s key or Space · j/k move between annotations · ? shortcuts</p>
      )}
      <span className="save-state" aria-live="polite">
        {snapshot.pending > 0 ? 'Saving…' : snapshot.loading ? 'Loading…' : 'Saved'}
      </span>
    </footer>
  )
}

/** The selected annotation's code and attributes in one line, in full: the status line may cut them short. */
function selectedSummary(code: Code | undefined, selected: Annotation, codes: CodeIndex): string {
  const attributes = code?.attributes.map((def) => `${def.name}: ${attributeLabel(def, ownValue(selected.attributes, def.id) ?? null, codes)}`) ?? []
  return [code?.name ?? selected.codeId, ...attributes].join(' · ')
}

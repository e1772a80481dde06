import { useEffect, useRef } from 'react'
import { ErrorState } from '../../app/ErrorState'
import { documentFacts } from '../documents/documentFacts'
import { ArticleText } from './ArticleText'
import { useDocumentText } from './useDocumentText'

/** The middle pane: the open document's header and its text at a readable measure. */
export function ReaderPane({ documentId, hasDocuments }: { documentId: string | null; hasDocuments: boolean }) {
  const state = useDocumentText(documentId)
  const pane = useRef<HTMLElement>(null)
  const shownId = state.status === 'ready' ? state.id : null
  // A newly opened document starts at its top, not where the last one was left.
  useEffect(() => {
    if (pane.current) pane.current.scrollTop = 0
  }, [shownId])
  return (
    <main ref={pane} className="pane reader-pane" aria-label="Reader">
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
          </header>
          <ArticleText text={state.document.text} label={`Text of ${state.document.meta.title}`} />
        </article>
      )}
    </main>
  )
}

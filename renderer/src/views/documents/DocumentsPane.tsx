import { useMemo, useState } from 'react'
import { Button } from 'react-aria-components'
import type { DocumentMeta, DocumentStatus, VariableDef } from '../../../../shared/model'
import { DocumentFilters } from './DocumentFilters'
import { DocumentList } from './DocumentList'
import { defaultQuery, queryDocuments } from './documentQuery'
import { ImportArticlesButton } from './ImportArticlesButton'
import { ImportDialog } from '../import/ImportDialog'

interface Props {
  documents: readonly DocumentMeta[]
  variables: readonly VariableDef[]
  selectedId: string | null
  onOpen: (id: string) => void
  readOnly: boolean
  onImported: () => void
  /** The current coder's status per document id (absent: not started); null hides the dots. */
  statuses?: Readonly<Record<string, DocumentStatus>> | null
}

/** The left pane: every document of the project, filtered and sorted. */
export function DocumentsPane({ documents, variables, selectedId, onOpen, readOnly, onImported, statuses = null }: Props) {
  const [query, setQuery] = useState(defaultQuery)
  // The dialog lives here, not in a button: the empty state's button disappears once documents arrive.
  const [importing, setImporting] = useState(false)
  const shown = useMemo(() => queryDocuments(documents, query), [documents, query])
  const filtered = shown.length !== documents.length

  const emptyState = documents.length ? (
    <div className="state">
      <p>No documents match.</p>
      <Button className="button" onPress={() => setQuery({ ...defaultQuery, sort: query.sort, descending: query.descending })}>
        Clear filters
      </Button>
    </div>
  ) : (
    <div className="state">
      <p>This project has no documents yet.</p>
      <ImportArticlesButton isDisabled={readOnly} onPress={() => setImporting(true)} />
      <p className="hint">Plain text, Markdown, HTML, Word, PDF or a CSV with one article per row.</p>
    </div>
  )

  return (
    <section className="pane documents-pane" aria-labelledby="documents-heading">
      <div className="pane-header">
        <h2 id="documents-heading">Documents</h2>
        <span className="count" aria-live="polite">
          {filtered ? `${shown.length} of ${documents.length}` : documents.length}
          <span className="visually-hidden"> documents</span>
        </span>
        {documents.length > 0 && <ImportArticlesButton compact isDisabled={readOnly} onPress={() => setImporting(true)} />}
      </div>
      {documents.length > 0 && <DocumentFilters query={query} onChange={setQuery} documents={documents} variables={variables} />}
      <DocumentList documents={shown} selectedId={selectedId} onOpen={onOpen} emptyState={emptyState} statuses={statuses} />
      <ImportDialog isOpen={importing} onClose={() => setImporting(false)} onImported={onImported} />
    </section>
  )
}

import { ListBox, ListBoxItem } from 'react-aria-components'
import type { ReactNode } from 'react'
import type { DocumentMeta, DocumentStatus } from '../../../../shared/model'
import { STATUS_LABEL, StatusDot } from '../coding/StatusDot'
import { documentFacts } from './documentFacts'

interface Props {
  documents: DocumentMeta[]
  selectedId: string | null
  onOpen: (id: string) => void
  emptyState: ReactNode
  statuses?: Readonly<Record<string, DocumentStatus>> | null
}

/**
 * The documents as a listbox: arrow keys, Home/End and typing a title move through it, and
 * the focused document opens in the reader (selection follows focus, as in a mail client).
 */
export function DocumentList({ documents, selectedId, onOpen, emptyState, statuses = null }: Props) {
  return (
    <ListBox
      aria-label="Documents"
      className="document-list"
      items={documents}
      dependencies={[statuses]}
      selectionMode="single"
      selectionBehavior="replace"
      disallowEmptySelection
      selectedKeys={selectedId ? [selectedId] : []}
      onSelectionChange={(keys) => {
        const [key] = keys === 'all' ? [] : [...keys]
        if (key !== undefined) onOpen(String(key))
      }}
      renderEmptyState={() => emptyState}
    >
      {(document) => (
        <ListBoxItem className={`document-item${statuses ? ' has-status' : ''}`} textValue={document.title}>
          {/* Both lines may be cut short (two lines of title, the outlet first): the whole on hover. */}
          <span className="document-title" title={document.title || document.source.fileName}>
            {document.title || document.source.fileName}
          </span>
          <span className="document-facts" title={documentFacts(document).join(' · ')}>
            {documentFacts(document).map((fact, i) => (
              <span key={i}>{fact}</span>
            ))}
          </span>
          {statuses && (
            <span className="document-status" title={STATUS_LABEL[statuses[document.id] ?? 'not-started']}>
              <StatusDot status={statuses[document.id] ?? 'not-started'} />
            </span>
          )}
        </ListBoxItem>
      )}
    </ListBox>
  )
}

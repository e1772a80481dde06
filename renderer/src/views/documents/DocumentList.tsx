import { ListBox, ListBoxItem } from 'react-aria-components'
import type { ReactNode } from 'react'
import type { DocumentMeta } from '../../../../shared/model'
import { documentFacts } from './documentFacts'

interface Props {
  documents: DocumentMeta[]
  selectedId: string | null
  onOpen: (id: string) => void
  emptyState: ReactNode
}

/**
 * The documents as a listbox: arrow keys, Home/End and typing a title move through it, and
 * the focused document opens in the reader (selection follows focus, as in a mail client).
 */
export function DocumentList({ documents, selectedId, onOpen, emptyState }: Props) {
  return (
    <ListBox
      aria-label="Documents"
      className="document-list"
      items={documents}
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
        <ListBoxItem className="document-item" textValue={document.title}>
          <span className="document-title">{document.title || document.source.fileName}</span>
          <span className="document-facts">
            {documentFacts(document).map((fact, i) => (
              <span key={i}>{fact}</span>
            ))}
          </span>
        </ListBoxItem>
      )}
    </ListBox>
  )
}

import { useEffect, useState } from 'react'
import { call } from '../../api/client'

/** Document texts by id, fetched when first needed and kept while the view is open. */
export function useDocumentText(documentId: string | null): string | null {
  const [texts, setTexts] = useState<Map<string, string>>(() => new Map())
  useEffect(() => {
    if (!documentId || texts.has(documentId)) return
    let current = true
    call('documents.get', { id: documentId }).then(
      ({ text }) => current && setTexts((m) => new Map(m).set(documentId, text)),
      () => current && setTexts((m) => new Map(m).set(documentId, '')),
    )
    return () => {
      current = false
    }
  }, [documentId, texts])
  return documentId ? (texts.get(documentId) ?? null) : null
}

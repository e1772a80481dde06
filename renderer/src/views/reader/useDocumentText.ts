import { useEffect, useState } from 'react'
import type { DocumentWithText } from '../../../../shared/contract'
import { call } from '../../api/client'

export type DocumentTextState =
  | { status: 'idle' }
  | { status: 'loading'; id: string }
  | { status: 'error'; id: string; error: Error }
  | { status: 'ready'; id: string; document: DocumentWithText }

/** Fetches one document's text; a newer request supersedes an older one still in flight. */
export function useDocumentText(id: string | null): DocumentTextState {
  const [state, setState] = useState<DocumentTextState>({ status: 'idle' })
  useEffect(() => {
    if (!id) {
      setState({ status: 'idle' })
      return
    }
    let current = true
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading', id }))
    call('documents.get', { id }).then(
      (document) => current && setState({ status: 'ready', id, document }),
      (error: Error) => current && setState({ status: 'error', id, error }),
    )
    return () => {
      current = false
    }
  }, [id])
  return state
}

import { useEffect, useState } from 'react'
import type { Annotation } from '../../../../shared/model'
import { call } from '../../api/client'

export interface ListedAnnotations {
  documentId: string
  request: Promise<readonly Annotation[]>
  /** The list once it arrived. */
  list: readonly Annotation[] | null
  failed: boolean
}

/** The document's annotations (every coder's), asked for as soon as it is chosen; asked again for another coder. */
export function useListedAnnotations(documentId: string | null, coderId: string | null): ListedAnnotations | null {
  const [state, setState] = useState<ListedAnnotations | null>(null)
  useEffect(() => {
    if (!documentId || !coderId) {
      setState(null)
      return
    }
    let current = true
    const request = call('annotations.list', { documentId })
    setState({ documentId, request, list: null, failed: false })
    request.then(
      (list) => current && setState((s) => (s?.request === request ? { ...s, list } : s)),
      () => current && setState((s) => (s?.request === request ? { ...s, failed: true } : s)),
    )
    return () => {
      current = false
    }
  }, [documentId, coderId])
  return state
}

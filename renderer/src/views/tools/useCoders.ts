import { useEffect, useState } from 'react'
import type { CoderSummary } from '../../../../shared/contract'
import { call } from '../../api/client'

/** The project's coders (consensus included), loaded once per `generation`. */
export function useCoderList(generation = 0): { coders: CoderSummary[]; error: string | null } {
  const [coders, setCoders] = useState<CoderSummary[]>([])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    call('coders.list', {}).then(
      (list) => current && (setCoders(list), setError(null)),
      (e: Error) => current && setError(e.message),
    )
    return () => {
      current = false
    }
  }, [generation])
  return { coders, error }
}

import { useCallback, useEffect, useState } from 'react'
import type { CoderSummary } from '../../../../shared/contract'
import { call } from '../../api/client'

/** The project's coders with their per-document status; `replace` takes a fresher summary. */
export function useCoders(projectPath: string | null) {
  const [coders, setCoders] = useState<CoderSummary[] | null>(null)
  const [error, setError] = useState<Error | null>(null)
  const reload = useCallback(() => {
    call('coders.list', {}).then(setCoders, setError)
  }, [])
  useEffect(() => {
    if (projectPath) reload()
  }, [projectPath, reload])
  const replace = useCallback((summary: CoderSummary) => {
    setCoders((list) => (list ? [...list.filter((c) => c.id !== summary.id), summary] : [summary]))
  }, [])
  return { coders, error, reload, replace }
}

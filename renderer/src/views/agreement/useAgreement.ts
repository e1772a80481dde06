import { useCallback, useEffect, useState } from 'react'
import type { Disagreement, ProjectAgreement } from '../../../../shared/contract'
import type { AgreementUnit } from '../../../../shared/contract'
import { call } from '../../api/client'

export interface AgreementScope {
  unit: AgreementUnit
  coderIds: string[]
  /** A group id, or '' for all groups. */
  group: string
  /** Only these codes (the level filter), or null for all. */
  codeIds: string[] | null
}

export type AgreementState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; result: ProjectAgreement; disagreements: Disagreement[] }
  | { status: 'error'; message: string }

/** The request fields that choose what is compared, shared by compute, disagreements and resolve. */
export function scopeRequest(scope: AgreementScope) {
  return {
    unit: scope.unit,
    coderIds: scope.coderIds.length >= 2 ? scope.coderIds : undefined,
    group: scope.group || undefined,
  }
}

/** Computes agreement for the scope and lists its disagreements; `refresh` after adjudicating. */
export function useAgreement(scope: AgreementScope | null) {
  const [state, setState] = useState<AgreementState>({ status: 'idle' })
  const [generation, setGeneration] = useState(0)
  const key = JSON.stringify(scope)
  useEffect(() => {
    if (!scope) return
    let current = true
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }))
    const base = scopeRequest(scope)
    const codeIds = scope.codeIds ?? undefined
    Promise.all([
      call('agreement.compute', { ...base, codeIds }),
      call('agreement.disagreements', { ...base, limit: 10_000 }),
    ]).then(
      ([result, page]) => {
        if (!current) return
        const wanted = codeIds ? new Set(codeIds) : null
        setState({ status: 'ready', result, disagreements: wanted ? page.items.filter((d) => wanted.has(d.codeId)) : page.items })
      },
      (error: Error) => current && setState({ status: 'error', message: error.message }),
    )
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation])
  const refresh = useCallback(() => setGeneration((g) => g + 1), [])
  return { state, refresh }
}

import { useEffect, useState } from 'react'
import type { ExportOptionsInput, ExportPreview } from '../../../../shared/export'
import { call } from '../../api/client'

export const PREVIEW_ROWS = 20

export type PreviewState = { status: 'loading'; last: ExportPreview | null } | { status: 'ready'; preview: ExportPreview } | { status: 'error'; message: string }

/** The export's first rows for the current options, fetched a moment after they stop changing. */
export function useExportPreview(options: ExportOptionsInput, enabled: boolean): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'loading', last: null })
  const key = JSON.stringify(options)
  useEffect(() => {
    if (!enabled) return
    let current = true
    setState((s) => ({ status: 'loading', last: s.status === 'ready' ? s.preview : s.status === 'loading' ? s.last : null }))
    const timer = setTimeout(() => {
      call('export.preview', { options: JSON.parse(key) as ExportOptionsInput, limit: PREVIEW_ROWS }).then(
        (preview) => current && setState({ status: 'ready', preview }),
        (error: Error) => current && setState({ status: 'error', message: error.message }),
      )
    }, 200)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [key, enabled])
  return state
}

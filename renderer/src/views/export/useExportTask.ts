import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExportOptionsInput, ExportSummary } from '../../../../shared/export'
import { call, onEvent } from '../../api/client'

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number; label: string }
  | { phase: 'finished'; summary: ExportSummary }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string }

/** Runs `export.run` with progress from the service's events; cancelling leaves the target untouched. */
export function useExportTask() {
  const [state, setState] = useState<ExportState>({ phase: 'idle' })
  const taskId = useRef<string | null>(null)
  const cancelled = useRef(false)

  useEffect(
    () =>
      onEvent((event) => {
        if (event.type === 'progress' && event.taskId === taskId.current) {
          setState({ phase: 'running', done: event.done, total: event.total, label: event.label })
        }
      }),
    [],
  )

  const start = useCallback(async (options: ExportOptionsInput, path: string) => {
    const id = `export-${crypto.randomUUID()}`
    taskId.current = id
    cancelled.current = false
    setState({ phase: 'running', done: 0, total: 0, label: 'Preparing the export' })
    try {
      const summary = await call('export.run', { taskId: id, options, path })
      setState({ phase: 'finished', summary })
    } catch (error) {
      setState(cancelled.current ? { phase: 'cancelled' } : { phase: 'failed', message: (error as Error).message })
    } finally {
      taskId.current = null
    }
  }, [])

  const cancel = useCallback(async () => {
    if (!taskId.current) return
    cancelled.current = true
    await call('tasks.cancel', { taskId: taskId.current })
  }, [])

  const reset = useCallback(() => setState({ phase: 'idle' }), [])
  return { state, start, cancel, reset }
}

import { useCallback, useEffect, useRef, useState } from 'react'
import type { CsvPreview, ImportReport } from '../../../../shared/contract'
import { call, onEvent } from '../../api/client'
import { displayName, readFileBase64 } from './readFileBase64'

export interface CsvChoice {
  textColumn: string
  titleColumn: string
  variableColumns: string[]
}

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number; label: string }
  | { phase: 'finished'; report: ImportReport }
  | { phase: 'failed'; message: string }

/**
 * Runs one import through the API with progress from the service's events, and cancels
 * it on request (the service then stores nothing).
 */
export function useImportTask(onImported: () => void) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' })
  const taskId = useRef<string | null>(null)

  useEffect(
    () =>
      onEvent((event) => {
        if (event.type === 'progress' && event.taskId === taskId.current) {
          setState({ phase: 'running', done: event.done, total: event.total, label: event.label })
        }
      }),
    [],
  )

  const start = useCallback(
    async (files: File[], csv: CsvChoice | null) => {
      const id = `import-${crypto.randomUUID()}`
      taskId.current = id
      setState({ phase: 'running', done: 0, total: files.length, label: 'Reading files' })
      try {
        const uploads = await Promise.all(files.map(async (file) => ({ name: displayName(file), base64: await readFileBase64(file) })))
        const report = await call('import.files', {
          taskId: id,
          files: uploads,
          csv: csv ? { textColumn: csv.textColumn, titleColumn: csv.titleColumn || undefined, variableColumns: csv.variableColumns } : undefined,
        })
        setState({ phase: 'finished', report })
        if (report.imported.length) onImported()
      } catch (error) {
        setState({ phase: 'failed', message: (error as Error).message })
      } finally {
        taskId.current = null
      }
    },
    [onImported],
  )

  const cancel = useCallback(async () => {
    if (taskId.current) await call('tasks.cancel', { taskId: taskId.current })
  }, [])

  const reset = useCallback(() => setState({ phase: 'idle' }), [])
  return { state, start, cancel, reset }
}

/** Asks the service what a CSV/TSV looks like: its columns, first rows and a likely text column. */
export async function previewTable(file: File): Promise<CsvPreview> {
  return call('import.previewCsv', { name: file.name, base64: await readFileBase64(file) })
}

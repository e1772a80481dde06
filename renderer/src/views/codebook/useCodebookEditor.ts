import { useCallback, useEffect, useState } from 'react'
import type { CodebookChangeReport, CodeUsage } from '../../../../shared/contract'
import type { Codebook } from '../../../../shared/model'
import { call } from '../../api/client'

export interface UndoEntry {
  undoId: string
  /** What the change did, for the Undo button ("Undo merge of “Trump”"). */
  label: string
}

export interface Notice {
  tone: 'info' | 'error'
  text: string
}

/**
 * The editor's state: the codebook as last saved, annotation counts per code and coder, the
 * undo stack (every change the service made, newest last) and the latest notice. Every edit
 * goes through the service, which checks it; the returned undo id makes it undoable.
 */
export function useCodebookEditor(initial: Codebook) {
  const [codebook, setCodebook] = useState(initial)
  const [usage, setUsage] = useState<CodeUsage>({ codes: {} })
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([])
  const [notice, setNotice] = useState<Notice | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => setCodebook(initial), [initial])

  const refreshUsage = useCallback(() => {
    call('codebook.usage', {}).then(setUsage, () => {})
  }, [])
  useEffect(refreshUsage, [refreshUsage])

  /** Runs one change; on success records its undo and says what happened, on failure says why. */
  const change = useCallback(
    async (label: string, run: () => Promise<CodebookChangeReport>, describe?: (report: CodebookChangeReport) => string): Promise<boolean> => {
      setBusy(true)
      try {
        const report = await run()
        setCodebook(report.codebook)
        setUndoStack((stack) => [...stack.slice(-49), { undoId: report.undoId, label }])
        setNotice({ tone: 'info', text: describe ? describe(report) : `${label}.` })
        refreshUsage()
        return true
      } catch (error) {
        setNotice({ tone: 'error', text: (error as Error).message })
        return false
      } finally {
        setBusy(false)
      }
    },
    [refreshUsage],
  )

  /** Saves an edited codebook (the service checks it). */
  const save = useCallback((label: string, next: Codebook) => change(label, () => call('codebook.update', { codebook: next })), [change])

  const undo = useCallback(async () => {
    const last = undoStack.at(-1)
    if (!last) return
    setBusy(true)
    try {
      setCodebook(await call('codebook.undo', { undoId: last.undoId }))
      setUndoStack((stack) => stack.slice(0, -1))
      setNotice({ tone: 'info', text: `Undone: ${last.label}.` })
      refreshUsage()
    } catch (error) {
      setNotice({ tone: 'error', text: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }, [undoStack, refreshUsage])

  return { codebook, usage, undoStack, notice, setNotice, busy, change, save, undo }
}

export type CodebookEditorState = ReturnType<typeof useCodebookEditor>

/** Live annotations of a code, all coders together. */
export function totalUses(usage: CodeUsage, codeId: string): number {
  return Object.values(usage.codes[codeId] ?? {}).reduce((a, b) => a + b, 0)
}

/** "Alice 3, Bob 1" from a report's touched coders. */
export function describeTouched(report: CodebookChangeReport): string {
  if (!report.touched.length) return 'no annotations were touched'
  return report.touched
    .map((t) => {
      const parts = [t.moved && `${t.moved} moved`, t.deleted && `${t.deleted} removed`, t.attributeChanges && `${t.attributeChanges} attribute${t.attributeChanges === 1 ? '' : 's'} updated`]
      return `${t.coderName}: ${parts.filter(Boolean).join(', ')}`
    })
    .join('; ')
}

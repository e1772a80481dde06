import { useCallback, useEffect, useRef, useState } from 'react'
import { Button, Dialog, FileTrigger, Heading, Label, Modal, ModalOverlay, ProgressBar, TextArea, TextField, Text } from 'react-aria-components'
import type { MergeHistoryEntry, MergeReport, MergeUndoResult, ProjectSummary } from '../../../../shared/contract'
import { call, onEvent } from '../../api/client'
import { readFileBase64 } from '../import/readFileBase64'
import { CheckBox } from '../tools/fields'
import { MergeReportView } from './MergeReportView'
import '../tools/tools.css'
import './team.css'

interface Props {
  onClose: () => void
  project: ProjectSummary
  onChanged: () => void
}

type State =
  | { phase: 'idle' }
  | { phase: 'previewing' | 'applying' | 'undoing' }
  | { phase: 'previewed'; report: MergeReport }
  | { phase: 'applied'; report: MergeReport }
  | { phase: 'undone'; result: MergeUndoResult }
  | { phase: 'failed'; message: string; report?: MergeReport }

/**
 * Merge coders' annotation files into this project: preview per coder what is new,
 * updated, conflicting or cannot be placed (and how the codebooks drifted), apply, and
 * undo the last merge. Merging is order-independent and idempotent.
 */
export function MergeDialog({ onClose, project, onChanged }: Props) {
  const [pathsText, setPathsText] = useState('')
  const [matchCodeNames, setMatchCodeNames] = useState(false)
  const [state, setState] = useState<State>({ phase: 'idle' })
  const [history, setHistory] = useState<MergeHistoryEntry[]>([])
  const [uploads, setUploads] = useState<{ name: string; base64: string }[]>([])
  const [progress, setProgress] = useState<{ done: number; total: number; label: string } | null>(null)
  const taskId = useRef<string | null>(null)
  useEffect(
    () =>
      onEvent((event) => {
        if (event.type === 'progress' && event.taskId === taskId.current) setProgress({ done: event.done, total: event.total, label: event.label })
      }),
    [],
  )
  const paths = pathsText
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  const busy = state.phase === 'previewing' || state.phase === 'applying' || state.phase === 'undoing'

  const loadHistory = useCallback(() => {
    call('merge.history', {}).then(setHistory, () => setHistory([]))
  }, [])
  useEffect(loadHistory, [loadHistory])
  const lastMerge = [...history].reverse().find((m) => m.undoneAt === null) ?? null

  const pick = async (list: FileList | null) => {
    const files = [...(list ?? [])]
    setUploads(await Promise.all(files.map(async (file) => ({ name: file.name, base64: await readFileBase64(file) }))))
    setState({ phase: 'idle' })
  }

  const run = async (phase: 'previewing' | 'applying') => {
    setState({ phase })
    setProgress(null)
    taskId.current = `merge-${crypto.randomUUID()}`
    try {
      const request = { paths, files: uploads, matchCodeNames, taskId: taskId.current }
      const report = await call(phase === 'previewing' ? 'merge.preview' : 'merge.apply', request)
      setState({ phase: phase === 'previewing' ? 'previewed' : 'applied', report })
      if (phase === 'applying') {
        loadHistory()
        onChanged()
      }
    } catch (error) {
      setState({ phase: 'failed', message: (error as Error).message })
    } finally {
      taskId.current = null
    }
  }
  const cancel = () => {
    if (taskId.current) void call('tasks.cancel', { taskId: taskId.current })
  }
  const undo = async () => {
    setState({ phase: 'undoing' })
    try {
      const result = await call('merge.undo', {})
      setState({ phase: 'undone', result })
      loadHistory()
      onChanged()
    } catch (error) {
      setState({ phase: 'failed', message: (error as Error).message })
    }
  }

  const report = state.phase === 'previewed' || state.phase === 'applied' ? state.report : null
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && !busy && onClose()} isDismissable={!busy}>
      <Modal className="modal tool-modal tool-modal-wide">
        <Dialog className="dialog tool-dialog">
          <header className="tool-header">
            <Heading slot="title">Merge annotation files</Heading>
            <p className="hint">
              Into <strong>{project.name}</strong>. Choose the files coders sent you. Documents are matched by their text’s hash; annotations that cannot be placed wait in quarantine and are
              retried with every merge. Nothing changes until you apply, and the last merge can be undone.
            </p>
          </header>
          <div className="merge-inputs">
            <div className="merge-pick">
              <FileTrigger allowsMultiple acceptedFileTypes={['.json']} onSelect={(list) => void pick(list)}>
                <Button className="button" isDisabled={busy}>
                  Choose annotation files…
                </Button>
              </FileTrigger>
              <span className="hint" aria-live="polite">
                {uploads.length ? uploads.map((u) => u.name).join(', ') : 'The files coders sent you (Export my annotations).'}
              </span>
            </div>
            <TextField className="field" value={pathsText} onChange={(v) => (setPathsText(v), report && setState({ phase: 'idle' }))} isDisabled={busy}>
              <Label>Or paths on this computer (one a line)</Label>
              <TextArea className="textarea" rows={3} spellCheck={false} placeholder={`e.g. ${project.path}/exports/annotations/coder-b.json`} />
              <Text slot="description" className="hint">
                For files already on this computer, e.g. in a shared folder.
              </Text>
            </TextField>
            <CheckBox isSelected={matchCodeNames} onChange={setMatchCodeNames} isDisabled={busy}>
              Place annotations of unknown code ids on the code with the same name
            </CheckBox>
          </div>
          {busy && (
            <ProgressBar
              className="progress"
              isIndeterminate={!progress}
              value={progress?.done ?? 0}
              maxValue={Math.max(1, progress?.total ?? 1)}
              aria-label="Merge in progress"
            >
              <Label>
                {progress?.label ?? (state.phase === 'previewing' ? 'Reading the files…' : state.phase === 'applying' ? 'Merging…' : 'Undoing the last merge…')}
              </Label>
              <div className="progress-track">
                <div
                  className={progress ? 'progress-fill' : 'progress-fill is-indeterminate'}
                  style={{ width: progress ? `${(100 * progress.done) / Math.max(1, progress.total)}%` : '30%' }}
                />
              </div>
            </ProgressBar>
          )}
          {state.phase === 'applied' && (
            <div className="tool-summary" role="status">
              <p>
                <strong>{state.report.changed ? 'Merged.' : 'Nothing to change: these files are already merged.'}</strong>{' '}
                {state.report.changed && `${state.report.touched.length} project file${state.report.touched.length === 1 ? '' : 's'} changed (${state.report.touched.join(', ')}).`}
              </p>
            </div>
          )}
          {state.phase === 'previewed' && (
            <p className="preview-banner" role="status">
              <strong>Preview</strong>: nothing has changed yet.
            </p>
          )}
          {state.phase === 'undone' && (
            <div className="tool-summary" role="status">
              <p>
                <strong>Undid merge {state.result.mergeId}.</strong> Restored {state.result.restored.length} file{state.result.restored.length === 1 ? '' : 's'}
                {state.result.removed.length ? `, removed ${state.result.removed.length}` : ''}.
              </p>
            </div>
          )}
          {state.phase === 'failed' && (
            <p className="error-text" role="alert">
              {state.message}
            </p>
          )}
          {report && <MergeReportView report={report} />}
          {history.length > 0 && (
            <section className="merge-history" aria-label="Merge history">
              <h3>Earlier merges</h3>
              <ul>
                {[...history].reverse().slice(0, 5).map((m) => (
                  <li key={m.id}>
                    {m.at.slice(0, 16).replace('T', ' ')} · {m.files.join(', ')} {m.undoneAt && <span className="tag">undone</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className="dialog-actions">
            <Button className="button undo-merge" isDisabled={busy || !lastMerge || project.readOnlyReason !== null} onPress={() => void undo()}>
              Undo last merge
            </Button>
            <span className="toolbar-spacer" />
            {busy && state.phase !== 'undoing' ? (
              <Button className="button" onPress={cancel}>
                Cancel
              </Button>
            ) : (
              <Button className="button" onPress={onClose}>
                {state.phase === 'applied' ? 'Done' : 'Close'}
              </Button>
            )}
            <Button className="button" isDisabled={busy || paths.length + uploads.length === 0} onPress={() => void run('previewing')}>
              Preview
            </Button>
            <Button
              className="button button-primary"
              isDisabled={busy || state.phase !== 'previewed' || project.readOnlyReason !== null}
              onPress={() => void run('applying')}
            >
              Apply merge
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

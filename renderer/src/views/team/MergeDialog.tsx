import { useCallback, useEffect, useState } from 'react'
import { Button, Dialog, Heading, Label, Modal, ModalOverlay, ProgressBar, TextArea, TextField, Text } from 'react-aria-components'
import type { MergeHistoryEntry, MergeReport, MergeUndoResult, ProjectSummary } from '../../../../shared/contract'
import { call } from '../../api/client'
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

  const run = async (phase: 'previewing' | 'applying') => {
    setState({ phase })
    try {
      const report = await call(phase === 'previewing' ? 'merge.preview' : 'merge.apply', { paths, matchCodeNames })
      setState({ phase: phase === 'previewing' ? 'previewed' : 'applied', report })
      if (phase === 'applying') {
        loadHistory()
        onChanged()
      }
    } catch (error) {
      setState({ phase: 'failed', message: (error as Error).message })
    }
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
              Into <strong>{project.name}</strong>. Documents are matched by their text’s hash; annotations that cannot be placed wait in quarantine and are
              retried with every merge. Nothing changes until you apply, and the last merge can be undone.
            </p>
          </header>
          <div className="merge-inputs">
            <TextField className="field" value={pathsText} onChange={(v) => (setPathsText(v), report && setState({ phase: 'idle' }))} isDisabled={busy}>
              <Label>Annotation files (one path a line)</Label>
              <TextArea className="textarea" rows={3} spellCheck={false} placeholder={`${project.path}/exports/annotations/coder-b.json`} />
              <Text slot="description" className="hint">
                Paths on this computer, as coders’ “Export my annotations” wrote them (a browser cannot tell Margin where a picked file lives).
              </Text>
            </TextField>
            <CheckBox isSelected={matchCodeNames} onChange={setMatchCodeNames} isDisabled={busy}>
              Place annotations of unknown code ids on the code with the same name
            </CheckBox>
          </div>
          {busy && (
            <ProgressBar className="progress" isIndeterminate aria-label="Merge in progress">
              <Label>{state.phase === 'previewing' ? 'Reading the files…' : state.phase === 'applying' ? 'Merging…' : 'Undoing the last merge…'}</Label>
              <div className="progress-track">
                <div className="progress-fill is-indeterminate" style={{ width: '30%' }} />
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
            <Button className="button" onPress={onClose} isDisabled={busy}>
              {state.phase === 'applied' ? 'Done' : 'Close'}
            </Button>
            <Button className="button" isDisabled={busy || paths.length === 0} onPress={() => void run('previewing')}>
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

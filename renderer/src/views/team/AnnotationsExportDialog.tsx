import { useState } from 'react'
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import type { AnnotationExportSummary, ProjectSummary } from '../../../../shared/contract'
import { call } from '../../api/client'
import { ChoiceSelect, TextInput, WrittenPath } from '../tools/fields'
import { projectPath, safeFileName } from '../tools/projectPaths'
import { useCoderList } from '../tools/useCoders'
import '../tools/tools.css'
import './team.css'

/** A coder's one file to send to the lead: their annotations (deletions too), statuses and memos. */
export function AnnotationsExportDialog({ onClose, project }: { onClose: () => void; project: ProjectSummary }) {
  const { coders } = useCoderList()
  const people = coders.filter((c) => c.id !== 'consensus')
  const [choice, setChoice] = useState('')
  const [path, setPath] = useState<string | null>(null)
  const [state, setState] = useState<{ phase: 'idle' | 'running' } | { phase: 'done'; summary: AnnotationExportSummary } | { phase: 'failed'; message: string }>({
    phase: 'idle',
  })
  const coderId = choice || people[0]?.id || ''
  const target = path ?? projectPath(project, 'exports', 'annotations', `${safeFileName(coderId || 'coder')}.json`)
  const write = async () => {
    setState({ phase: 'running' })
    try {
      setState({ phase: 'done', summary: await call('team.exportAnnotations', { coderId, path: target }) })
    } catch (error) {
      setState({ phase: 'failed', message: (error as Error).message })
    }
  }
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal tool-modal tool-modal-narrow">
        <Dialog className="dialog tool-dialog">
          <header className="tool-header">
            <Heading slot="title">Export my annotations</Heading>
            <p className="hint">One file for the lead to merge: every annotation (deletions included), document statuses and memos, with each document’s content hash.</p>
          </header>
          <ChoiceSelect
            label="Coder"
            choices={people.map((c) => ({ id: c.id, label: `${c.name} (${c.annotations.toLocaleString()} annotations)` }))}
            value={coderId}
            onChange={setChoice}
          />
          <TextInput label="Save as" className="path-field" value={target} onChange={setPath} />
          {state.phase === 'done' && (
            <div className="tool-summary" role="status">
              <p>
                <strong>Wrote {state.summary.annotations.toLocaleString()} annotations</strong> on {state.summary.documents} documents.
              </p>
              <WrittenPath label="File" path={state.summary.path} />
            </div>
          )}
          {state.phase === 'failed' && (
            <p className="error-text" role="alert">
              {state.message}
            </p>
          )}
          <div className="dialog-actions">
            <Button className="button" onPress={onClose}>
              {state.phase === 'done' ? 'Done' : 'Close'}
            </Button>
            <Button className="button button-primary" isDisabled={!coderId || state.phase === 'running'} onPress={() => void write()}>
              Export annotations
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

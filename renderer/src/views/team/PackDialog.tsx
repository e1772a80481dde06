import { useEffect, useMemo, useState } from 'react'
import { Button, Dialog, Heading, Label, ListBox, ListBoxItem, Modal, ModalOverlay, ProgressBar } from 'react-aria-components'
import type { PackSummary, ProjectSummary } from '../../../../shared/contract'
import type { DocumentMeta } from '../../../../shared/model'
import type { Assignment } from '../../../../shared/team'
import { call } from '../../api/client'
import { ChoiceSelect, Segmented, TextInput, WrittenPath } from '../tools/fields'
import { projectPath, safeFileName } from '../tools/projectPaths'
import { useCoderList } from '../tools/useCoders'
import '../tools/tools.css'
import './team.css'

const NEW_CODER = '__new'
const STRATIFY_FIELDS = ['outlet', 'author', 'language', 'date']

interface Props {
  onClose: () => void
  project: ProjectSummary
  documents: DocumentMeta[]
}

type Mode = 'all' | 'chosen' | 'assignment'

/**
 * A coder package: the project, its codebook and the documents one coder codes, in one
 * file to hand over. The documents are all, a chosen few, or the coder's share of a team
 * plus an overlap sample every coder codes (seeded, optionally stratified) for reliability.
 */
export function PackDialog({ onClose, project, documents }: Props) {
  const { coders } = useCoderList()
  const people = coders.filter((c) => c.id !== 'consensus')
  const [coderChoice, setCoderChoice] = useState<string>('')
  const [newId, setNewId] = useState('')
  const [newName, setNewName] = useState('')
  const [mode, setMode] = useState<Mode>('assignment')
  const [chosen, setChosen] = useState<string[]>([])
  const [team, setTeam] = useState<string | null>(null)
  const [size, setSize] = useState('2')
  const [seed, setSeed] = useState('1')
  const [stratifyBy, setStratifyBy] = useState('')
  const [path, setPath] = useState<string | null>(null)
  const [plan, setPlan] = useState<{ assignment: Assignment | null; problem: string | null }>({ assignment: null, problem: null })
  const [state, setState] = useState<{ phase: 'idle' } | { phase: 'running' } | { phase: 'done'; summary: PackSummary } | { phase: 'failed'; message: string }>({
    phase: 'idle',
  })

  const selected = coderChoice || people[0]?.id || NEW_CODER
  const coderId = selected === NEW_CODER ? newId.trim() : selected
  const teamText = team ?? [...new Set([...people.map((c) => c.id), ...(coderId ? [coderId] : [])])].join(', ')
  const teamIds = teamText
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
  const request = useMemo(() => {
    if (!coderId) return null
    const overlap = { size: Number(size) || 0, seed: Math.trunc(Number(seed)) || 0, stratifyBy: stratifyBy || null }
    if (mode === 'all') return { coderId }
    if (mode === 'chosen') return { coderId, documents: chosen }
    return { coderId, team: teamIds, overlap }
    // teamIds is derived from teamText
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [coderId, mode, chosen, teamText, size, seed, stratifyBy])

  const key = JSON.stringify(request)
  useEffect(() => {
    if (!request) return setPlan({ assignment: null, problem: 'Choose the coder first.' })
    let current = true
    const timer = setTimeout(() => {
      call('team.assignment', request).then(
        (assignment) => current && setPlan({ assignment, problem: null }),
        (error: Error) => current && setPlan({ assignment: null, problem: error.message }),
      )
    }, 150)
    return () => {
      current = false
      clearTimeout(timer)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const target = path ?? projectPath(project, 'exports', 'packages', `${safeFileName(coderId || 'coder')}.marginpack`)
  const write = async () => {
    if (!request) return
    setState({ phase: 'running' })
    try {
      const summary = await call('team.pack', { ...request, coderName: selected === NEW_CODER ? newName.trim() || undefined : undefined, path: target })
      setState({ phase: 'done', summary })
    } catch (error) {
      setState({ phase: 'failed', message: (error as Error).message })
    }
  }
  const titles = new Map(documents.map((d) => [d.id, d.title || d.id]))
  const running = state.phase === 'running'

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && !running && onClose()} isDismissable={!running}>
      <Modal className="modal tool-modal">
        <Dialog className="dialog tool-dialog">
          <header className="tool-header">
            <Heading slot="title">Coder package</Heading>
            <p className="hint">One file with the project, its codebook and the documents this coder codes. The coder opens it in Margin and sends back their annotations.</p>
          </header>
          <div className="form-grid">
            <ChoiceSelect
              label="Coder"
              choices={[...people.map((c) => ({ id: c.id, label: `${c.name} (${c.id})` })), { id: NEW_CODER, label: 'New coder…' }]}
              value={selected}
              onChange={setCoderChoice}
            />
            {selected === NEW_CODER && (
              <div className="form-row">
                <TextInput label="Coder id" value={newId} onChange={setNewId} description="Letters, digits, - and _" />
                <TextInput label="Name" value={newName} onChange={setNewName} />
              </div>
            )}
            <Segmented
              label="Documents"
              choices={[
                { id: 'assignment', label: 'Share of a team + overlap' },
                { id: 'chosen', label: 'Chosen documents' },
                { id: 'all', label: 'All documents' },
              ]}
              value={mode}
              onChange={(m) => setMode(m as Mode)}
            />
            {mode === 'chosen' && (
              <div className="field">
                <Label id="pack-docs-label">Documents for this coder</Label>
                <ListBox
                  aria-labelledby="pack-docs-label"
                  className="code-pick-list"
                  selectionMode="multiple"
                  items={documents}
                  selectedKeys={new Set(chosen)}
                  onSelectionChange={(keys) => setChosen(keys === 'all' ? documents.map((d) => d.id) : [...keys].map(String))}
                >
                  {(d) => (
                    <ListBoxItem id={d.id} className="code-pick" textValue={d.title}>
                      {d.title || d.id}
                    </ListBoxItem>
                  )}
                </ListBox>
              </div>
            )}
            {mode === 'assignment' && (
              <>
                <TextInput label="Team (coder ids, comma-separated)" value={teamText} onChange={setTeam} description="Documents outside the overlap are split among them." />
                <div className="form-row form-row-3">
                  <TextInput label="Overlap sample size" value={size} onChange={setSize} inputMode="numeric" description="Documents every coder codes" />
                  <TextInput label="Seed" value={seed} onChange={setSeed} inputMode="numeric" description="Same seed, same sample" />
                  <ChoiceSelect
                    label="Stratify by"
                    choices={[{ id: '', label: '(none)' }, ...[...STRATIFY_FIELDS, ...project.variables.map((v) => v.name)].map((v) => ({ id: v, label: v }))]}
                    value={stratifyBy}
                    onChange={setStratifyBy}
                  />
                </div>
              </>
            )}
          </div>
          <section className="assignment-preview" aria-label="Assignment" aria-live="polite">
            {plan.problem ? (
              <p className="error-text">{plan.problem}</p>
            ) : plan.assignment ? (
              <>
                <p>
                  <strong>{plan.assignment.documents.length}</strong> of {documents.length} documents, <strong>{plan.assignment.overlap.length}</strong> of them in the
                  overlap sample.
                </p>
                <ul className="assignment-list">
                  {plan.assignment.documents.map((id) => (
                    <li key={id}>
                      {titles.get(id) ?? id}
                      {plan.assignment!.overlap.includes(id) && <span className="tag">overlap</span>}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="hint">Working out the assignment…</p>
            )}
          </section>
          <TextInput label="Save package as" className="path-field" value={target} onChange={setPath} isDisabled={running} />
          {running && (
            <ProgressBar className="progress" isIndeterminate aria-label="Writing the package">
              <Label>Writing the package…</Label>
              <div className="progress-track">
                <div className="progress-fill is-indeterminate" style={{ width: '30%' }} />
              </div>
            </ProgressBar>
          )}
          {state.phase === 'done' && (
            <div className="tool-summary" role="status">
              <p>
                <strong>Package written</strong> for {state.summary.coder.name}: {state.summary.assignment.documents.length} documents (
                {state.summary.assignment.overlap.length} in the overlap), {formatBytes(state.summary.bytes)}.
              </p>
              <WrittenPath label="Package" path={state.summary.path} />
            </div>
          )}
          {state.phase === 'failed' && (
            <p className="error-text" role="alert">
              {state.message}
            </p>
          )}
          <div className="dialog-actions">
            <Button className="button" onPress={onClose} isDisabled={running}>
              {state.phase === 'done' ? 'Done' : 'Close'}
            </Button>
            <Button className="button button-primary" isDisabled={running || !plan.assignment || !target.trim()} onPress={() => void write()}>
              Write package
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

import { useMemo, useState } from 'react'
import { Button, CheckboxGroup, Dialog, Heading, Label, ListBox, ListBoxItem, Modal, ModalOverlay, ProgressBar } from 'react-aria-components'
import type { ProjectSummary } from '../../../../shared/contract'
import type { Codebook } from '../../../../shared/model'
import { projectPath } from '../tools/projectPaths'
import { CheckBox, ChoiceSelect, Segmented, TextInput, WrittenPath } from '../tools/fields'
import { useCoderList } from '../tools/useCoders'
import { DEFAULT_CHOICES, defaultFileName, toExportOptions, type ExportChoices } from './exportChoices'
import { ExportPreviewTable } from './ExportPreviewTable'
import { PREVIEW_ROWS, useExportPreview } from './useExportPreview'
import { useExportTask } from './useExportTask'
import '../tools/tools.css'

const TABLES = [
  { id: 'segments', label: 'Segments' },
  { id: 'matrix', label: 'Matrix' },
  { id: 'documents', label: 'Documents' },
  { id: 'codebook', label: 'Codebook' },
]
const TABLE_HINTS: Record<string, string> = {
  segments: 'One row per annotation, with its quote and offsets.',
  matrix: 'One row per document and coder, one column per code: ready for a regression.',
  documents: 'One row per document: metadata, variables, status and counts per coder.',
  codebook: 'One row per code, with definitions and attributes.',
}
const DELIMITERS = [
  { id: ',', label: 'Comma' },
  { id: ';', label: 'Semicolon' },
  { id: '\t', label: 'Tab' },
]
const VALUES = [
  { id: 'presence', label: 'Presence (0/1)' },
  { id: 'count', label: 'Count' },
  { id: 'share', label: 'Share of text' },
]
const DOCUMENT_FIELDS = ['title', 'outlet', 'date', 'author', 'url', 'language']

interface Props {
  isOpen: boolean
  onClose: () => void
  project: ProjectSummary
  codebook: Codebook
}

/**
 * Export a table for R, Stata, SPSS or pandas: choose what goes in and how the bytes look,
 * see the first rows as they will be exported, write the file (with its data dictionary)
 * into a folder of the project, and cancel a long export without touching the target.
 */
export function ExportDialog({ isOpen, onClose, project, codebook }: Props) {
  const [choices, setChoices] = useState<ExportChoices>(DEFAULT_CHOICES)
  const [path, setPath] = useState<string | null>(null)
  const { coders } = useCoderList()
  const task = useExportTask()
  const running = task.state.phase === 'running'
  const options = useMemo(() => toExportOptions(choices), [choices])
  const preview = useExportPreview(options, isOpen)
  const target = path ?? projectPath(project, 'exports', defaultFileName(choices))
  const set = (change: Partial<ExportChoices>) => {
    setChoices((c) => ({ ...c, ...change }))
    if (task.state.phase !== 'running') task.reset()
  }
  const codes = codebook.codes.filter((c) => choices.groups.length === 0 || choices.groups.includes(c.groupId))
  const variables = [...DOCUMENT_FIELDS, ...project.variables.map((v) => v.name)]
  const byCoder = choices.table !== 'codebook'
  const hasConsensus = coders.some((c) => c.id === 'consensus')

  const close = () => {
    if (running) return
    task.reset()
    onClose()
  }

  const shown = preview.status === 'ready' ? preview.preview : preview.status === 'loading' ? preview.last : null
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && close()} isDismissable={!running}>
      <Modal className="modal tool-modal tool-modal-wide tool-modal-tall">
        <Dialog className="dialog tool-dialog">
          <header className="tool-header">
            <Heading slot="title">Export data</Heading>
            <p className="hint">{TABLE_HINTS[choices.table]}</p>
          </header>
          <div className="export-layout">
            <div className="export-options" role="group" aria-label="Export options">
              <Segmented label="Table" choices={TABLES} value={choices.table} onChange={(table) => set({ table: table as ExportChoices['table'] })} />
              {choices.table === 'matrix' && (
                <Segmented label="Matrix cells" choices={VALUES} value={choices.value} onChange={(value) => set({ value: value as ExportChoices['value'] })} />
              )}
              {byCoder && (
                <section className="option-section" aria-label="Coders">
                  <Segmented
                    label="Whose coding"
                    choices={[
                      { id: 'coders', label: 'Coders' },
                      { id: 'consensus', label: 'Consensus only' },
                    ]}
                    value={choices.who}
                    onChange={(who) => set({ who: who as ExportChoices['who'] })}
                  />
                  {choices.who === 'coders' ? (
                    <CheckboxGroup className="field check-list" value={choices.coders} onChange={(list) => set({ coders: list })}>
                      <Label>Coders (none ticked: every coder but consensus)</Label>
                      {coders
                        .filter((c) => c.id !== 'consensus')
                        .map((c) => (
                          <CheckBox key={c.id} value={c.id}>
                            {c.name} <span className="hint">{c.id}</span>
                          </CheckBox>
                        ))}
                    </CheckboxGroup>
                  ) : (
                    !hasConsensus && <p className="hint">No consensus coding yet: adjudicate disagreements in Agreement first.</p>
                  )}
                </section>
              )}
              <section className="option-section" aria-label="Codes">
                <CheckboxGroup className="field check-list" value={choices.groups} onChange={(groups) => set({ groups, codes: [] })}>
                  <Label>Code groups (none ticked: all)</Label>
                  {codebook.groups.map((g) => (
                    <CheckBox key={g.id} value={g.id}>
                      {g.name}
                    </CheckBox>
                  ))}
                </CheckboxGroup>
                <div className="field">
                  <Label id="export-codes-label">Codes (none chosen: all of those groups)</Label>
                  <ListBox
                    aria-labelledby="export-codes-label"
                    className="code-pick-list"
                    selectionMode="multiple"
                    items={codes}
                    selectedKeys={new Set(choices.codes)}
                    onSelectionChange={(keys) => set({ codes: keys === 'all' ? codes.map((c) => c.id) : [...keys].map(String) })}
                  >
                    {(code) => (
                      <ListBoxItem id={code.id} className="code-pick" textValue={code.name}>
                        <span className="code-swatch" style={{ background: code.color }} aria-hidden="true" />
                        {code.name}
                      </ListBoxItem>
                    )}
                  </ListBox>
                </div>
              </section>
              <section className="option-section" aria-label="Documents">
                <span className="field-label">Documents where…</span>
                {choices.where.map((w, i) => (
                  <div className="where-row" key={i}>
                    <ChoiceSelect
                      label={`Variable ${i + 1}`}
                      choices={variables.map((v) => ({ id: v, label: v }))}
                      value={w.variable}
                      onChange={(variable) => set({ where: choices.where.map((x, j) => (j === i ? { ...x, variable } : x)) })}
                    />
                    <TextInput label={`equals ${i + 1}`} value={w.value} onChange={(value) => set({ where: choices.where.map((x, j) => (j === i ? { ...x, value } : x)) })} />
                    <Button className="quiet-button" aria-label={`Remove condition ${i + 1}`} onPress={() => set({ where: choices.where.filter((_, j) => j !== i) })}>
                      ✕
                    </Button>
                  </div>
                ))}
                <Button className="quiet-button add-button" onPress={() => set({ where: [...choices.where, { variable: variables[0], value: '' }] })}>
                  + Add a condition
                </Button>
              </section>
              <section className="option-section" aria-label="File format">
                <Segmented label="Delimiter" choices={DELIMITERS} value={choices.delimiter} onChange={(d) => set({ delimiter: d as ExportChoices['delimiter'] })} />
                <div className="preset-row">
                  <span className="field-label">Presets</span>
                  <Button className="quiet-button" onPress={() => set({ delimiter: ',', bom: false })}>
                    R, Stata, SPSS, pandas
                  </Button>
                  <Button className="quiet-button" onPress={() => set({ delimiter: ',', bom: true })}>
                    Excel
                  </Button>
                  <Button className="quiet-button" onPress={() => set({ delimiter: ';', bom: true })}>
                    Excel, decimal comma
                  </Button>
                </div>
                <CheckBox isSelected={choices.bom} onChange={(bom) => set({ bom })}>
                  UTF-8 byte order mark (what Excel needs)
                </CheckBox>
                {choices.table === 'documents' && (
                  <CheckBox isSelected={choices.withText} onChange={(withText) => set({ withText })}>
                    With each document’s full text
                  </CheckBox>
                )}
                <CheckBox isSelected={choices.spss} onChange={(spss) => set({ spss })}>
                  SPSS syntax file (.sps) with labels
                </CheckBox>
              </section>
            </div>
            <div className="export-main">
              <div className="preview-heading" aria-live="polite">
                <h3>Preview</h3>
                {shown && (
                  <span className="count">
                    first {Math.min(PREVIEW_ROWS, shown.rows.length).toLocaleString()} of {shown.totalRows.toLocaleString()} rows · {shown.columns.length} columns{shown.columns.length > 6 ? ' (scroll sideways for all)' : ''}
                  </span>
                )}
                {preview.status === 'loading' && <span className="hint">updating…</span>}
              </div>
              {preview.status === 'error' ? (
                <p className="error-text" role="alert">
                  {preview.message}
                </p>
              ) : shown ? (
                <ExportPreviewTable preview={shown} />
              ) : (
                <div className="table-scroll preview-scroll" />
              )}
              <TextInput
                label="Save as"
                className="path-field"
                value={target}
                onChange={setPath}
                isDisabled={running}
                description="A path on this computer. The data dictionary (and the SPSS syntax) go beside it; missing folders are created."
              />
              {task.state.phase === 'running' && (
                <ProgressBar className="progress" value={task.state.done} maxValue={Math.max(1, task.state.total)} isIndeterminate={task.state.total === 0}>
                  {({ percentage }) => (
                    <>
                      <Label>{task.state.phase === 'running' ? task.state.label : ''}</Label>
                      <div className="progress-track">
                        <div className={`progress-fill ${task.state.phase === 'running' && task.state.total === 0 ? 'is-indeterminate' : ''}`} style={{ width: `${percentage ?? 30}%` }} />
                      </div>
                    </>
                  )}
                </ProgressBar>
              )}
              {task.state.phase === 'finished' && (
                <div className="tool-summary" role="status">
                  <p>
                    <strong>Exported {task.state.summary.rows.toLocaleString()} rows</strong> × {task.state.summary.columns} columns of the{' '}
                    {task.state.summary.table} table.
                  </p>
                  <WrittenPath label="Table" path={task.state.summary.path} />
                  <WrittenPath label="Dictionary" path={task.state.summary.dictionaryPath} />
                  <WrittenPath label="SPSS syntax" path={task.state.summary.spssPath} />
                </div>
              )}
              {task.state.phase === 'cancelled' && (
                <p className="hint" role="status">
                  Export cancelled: nothing was written.
                </p>
              )}
              {task.state.phase === 'failed' && (
                <p className="error-text" role="alert">
                  {task.state.message}
                </p>
              )}
            </div>
          </div>
          <div className="dialog-actions">
            {running ? (
              <Button className="button" onPress={() => void task.cancel()}>
                Cancel export
              </Button>
            ) : (
              <Button className="button" onPress={close}>
                {task.state.phase === 'finished' ? 'Done' : 'Close'}
              </Button>
            )}
            {!running && (
              <Button className="button button-primary" isDisabled={preview.status === 'error' || !target.trim()} onPress={() => void task.start(options, target.trim())}>
                {task.state.phase === 'finished' ? 'Export again' : 'Export'}
              </Button>
            )}
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

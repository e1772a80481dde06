import { useState } from 'react'
import { Button, Dialog, FileTrigger, Heading, Modal, ModalOverlay, ProgressBar, Label } from 'react-aria-components'
import type { CsvPreview } from '../../../../shared/contract'
import { CsvColumnsForm } from './CsvColumnsForm'
import { ImportReportView } from './ImportReportView'
import { displayName, isTable } from './readFileBase64'
import { previewTable, useImportTask, type CsvChoice } from './useImportTask'
import './import.css'

const ACCEPTED = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf', '.csv', '.tsv']

interface Props {
  isOpen: boolean
  onClose: () => void
  onImported: () => void
}

/**
 * Import articles: pick files or a folder, choose the text and variable columns of a
 * CSV/TSV, watch progress, cancel (nothing is stored), read what came in and what did not.
 */
export function ImportDialog({ isOpen, onClose, onImported }: Props) {
  const [files, setFiles] = useState<File[]>([])
  const [table, setTable] = useState<{ file: File; preview: CsvPreview } | null>(null)
  const [choice, setChoice] = useState<CsvChoice | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const { state, start, cancel, reset } = useImportTask(onImported)
  const running = state.phase === 'running'

  const pick = async (list: FileList | null) => {
    const picked = [...(list ?? [])].filter((f) => !f.name.startsWith('.'))
    setFiles(picked)
    setProblem(null)
    reset()
    const first = picked.find((f) => isTable(f.name))
    if (!first) return setTable(null)
    try {
      const preview = await previewTable(first)
      setTable({ file: first, preview })
      setChoice({
        textColumn: preview.suggestedTextColumn ?? preview.columns[0] ?? '',
        titleColumn: preview.columns.find((c) => /^(title|headline)$/i.test(c)) ?? '',
        variableColumns: preview.columns,
      })
    } catch (error) {
      setTable(null)
      setProblem((error as Error).message)
    }
  }

  const close = () => {
    if (running) return
    setFiles([])
    setTable(null)
    reset()
    onClose()
  }

  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && close()} isDismissable={!running}>
      <Modal className="modal import-modal">
        <Dialog className="dialog">
          <Heading slot="title">Import articles</Heading>
          <p className="hint">
            Plain text, Markdown, HTML, Word (.docx), PDF with a text layer, or CSV/TSV with one article per row. Texts are normalised
            once (Unicode NFC, line endings) and never changed afterwards; duplicates are skipped.
          </p>
          <div className="import-pickers">
            <FileTrigger allowsMultiple acceptedFileTypes={ACCEPTED} onSelect={pick}>
              <Button className="button" isDisabled={running}>
                Choose files…
              </Button>
            </FileTrigger>
            <FileTrigger acceptDirectory onSelect={pick}>
              <Button className="button" isDisabled={running}>
                Choose a folder…
              </Button>
            </FileTrigger>
            <span className="hint" aria-live="polite">
              {files.length ? `${files.length} file${files.length === 1 ? '' : 's'} chosen` : 'Nothing chosen yet'}
            </span>
          </div>
          {files.length > 0 && files.length <= 12 && (
            <ul className="import-files" aria-label="Chosen files">
              {files.map((f) => (
                <li key={displayName(f)}>{displayName(f)}</li>
              ))}
            </ul>
          )}
          {problem && (
            <p className="error-text" role="alert">
              {problem}
            </p>
          )}
          {table && choice && <CsvColumnsForm fileName={table.file.name} preview={table.preview} choice={choice} onChange={setChoice} />}
          {state.phase === 'running' && (
            <ProgressBar className="progress" value={state.done} maxValue={Math.max(1, state.total)}>
              {({ percentage }) => (
                <>
                  <Label>
                    Importing {state.done} of {state.total}: {state.label}
                  </Label>
                  <div className="progress-track">
                    <div className="progress-fill" style={{ width: `${percentage}%` }} />
                  </div>
                </>
              )}
            </ProgressBar>
          )}
          {state.phase === 'finished' && <ImportReportView report={state.report} />}
          {state.phase === 'failed' && (
            <p className="error-text" role="alert">
              {state.message}
            </p>
          )}
          <div className="dialog-actions">
            {running ? (
              <Button className="button" onPress={() => void cancel()}>
                Cancel import
              </Button>
            ) : (
              <Button className="button" onPress={close}>
                {state.phase === 'finished' ? 'Done' : 'Close'}
              </Button>
            )}
            {!running && state.phase !== 'finished' && (
              <Button
                className="button button-primary"
                isDisabled={!files.length || (table !== null && !choice?.textColumn)}
                onPress={() => void start(files, table ? choice : null)}
              >
                Import {files.length || ''}
              </Button>
            )}
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

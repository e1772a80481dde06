import type { CodebookImportPreview } from '../../../../shared/contract'
import { ConfirmDialog } from './CodebookDialogs'

interface Props {
  fileName: string
  preview: CodebookImportPreview
  onConfirm: () => void
  onClose: () => void
}

/** Shows what importing a codebook file would change before it replaces the codebook (undoable either way). */
export function ImportPreviewDialog({ fileName, preview, onConfirm, onClose }: Props) {
  const { diff, problems, refusal } = preview
  const canImport = diff !== null && !refusal && !diff.same
  return (
    <ConfirmDialog title={`Import ${fileName}?`} confirm="Replace the codebook" canConfirm={canImport} onConfirm={onConfirm} onClose={onClose}>
      {problems.length > 0 && (
        <div role="alert" className="import-problems">
          <p>This file is not a codebook Margin can read:</p>
          <ul>
            {problems.slice(0, 8).map((p) => (
              <li key={p}>{p}</li>
            ))}
            {problems.length > 8 && <li>… and {problems.length - 8} more</li>}
          </ul>
        </div>
      )}
      {diff && (
        <div className="import-diff">
          <p>
            {preview.codes} codes in {preview.groups} groups.{' '}
            {diff.same ? 'It is the codebook you have: nothing would change.' : 'Compared with the codebook now (codes matched by id):'}
          </p>
          {refusal && (
            <p role="alert" className="error-text">
              It cannot be imported: {refusal}.
            </p>
          )}
          <DiffList title="New codes" items={diff.added.map((c) => `${c.name} (${c.group})`)} />
          <DiffList title="Removed codes" items={diff.removed.map((c) => `${c.name} (${c.group})`)} />
          <DiffList
            title="Changed codes"
            items={diff.changed.map((c) => [c.renamedFrom ? `${c.renamedFrom} → ${c.name}` : c.name, c.changes.join(', ')].filter(Boolean).join(': '))}
          />
          <DiffList title="New groups" items={diff.groupsAdded} />
          <DiffList title="Removed groups" items={diff.groupsRemoved} />
          {canImport && <p className="hint">Annotations keep their code ids. You can undo the import afterwards.</p>}
        </div>
      )}
    </ConfirmDialog>
  )
}

function DiffList({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null
  return (
    <section className="import-diff-list" aria-label={title}>
      <h4>
        {title} <span className="count">{items.length}</span>
      </h4>
      <ul>
        {items.slice(0, 12).map((item) => (
          <li key={item}>{item}</li>
        ))}
        {items.length > 12 && <li className="hint">… and {items.length - 12} more</li>}
      </ul>
    </section>
  )
}

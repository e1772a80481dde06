import { useEffect, useMemo, useState } from 'react'
import { Button, FileTrigger, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import type { CodebookImportPreview } from '../../../../shared/contract'
import type { Codebook } from '../../../../shared/model'
import { call } from '../../api/client'
import { CodeDetail } from './CodeDetail'
import { ConfirmDialog, DeleteDialog, MergeDialog, MoveDialog, NameDialog } from './CodebookDialogs'
import { addCode, addGroup, moveCode, newId, removeGroup, shiftCode, shiftGroup, updateCode, updateGroup } from './codebookEdits'
import { downloadText } from './download'
import { EditableCodeTree, type CodeAction, type GroupAction } from './EditableCodeTree'
import { ImportPreviewDialog } from './ImportPreviewDialog'
import { SplitDialog } from './SplitDialog'
import { describeTouched, totalUses, useCodebookEditor } from './useCodebookEditor'

export type SegmentsTarget = { codeId: string } | { groupId: string }

type DialogState =
  | { kind: 'new-code'; groupId: string; parentId: string | null }
  | { kind: 'new-group' }
  | { kind: 'rename'; codeId: string }
  | { kind: 'rename-group'; groupId: string }
  | { kind: 'delete-group'; groupId: string }
  | { kind: 'move' | 'merge' | 'delete' | 'split'; codeId: string }
  | { kind: 'import'; fileName: string; file: { json: string } | { csv: string }; preview: CodebookImportPreview }

interface Props {
  codebook: Codebook
  readOnly: boolean
  /** Opens the retrieved-segments view for a code or a group. */
  onRetrieve: (target: SegmentsTarget) => void
}

/**
 * The codebook editor: the tree of groups and codes on the left (drag and drop, row menus),
 * the selected code's details on the right. Every change is saved by the service, checked
 * there, and undoable (toolbar button or Ctrl/Cmd+Z).
 */
export function CodebookEditor({ codebook: initial, readOnly, onRetrieve }: Props) {
  const editor = useCodebookEditor(initial)
  const { codebook, usage, notice, busy } = editor
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [dialog, setDialog] = useState<DialogState | null>(null)
  const [coderNames, setCoderNames] = useState(new Map<string, string>())
  useEffect(() => {
    call('coders.list', {}).then((coders) => setCoderNames(new Map(coders.map((c) => [c.id, c.name]))), () => {})
  }, [])

  const selected = codebook.codes.find((c) => c.id === selectedId) ?? null
  const codeOf = (id: string) => codebook.codes.find((c) => c.id === id)!
  const groupOf = (id: string) => codebook.groups.find((g) => g.id === id)!

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField = e.target instanceof HTMLElement && e.target.closest('input, textarea, [contenteditable="true"]')
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && !inField && !dialog) {
        e.preventDefault()
        void editor.undo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [editor, dialog])

  const close = () => setDialog(null)

  const onCodeAction = (action: CodeAction, codeId: string) => {
    const code = codeOf(codeId)
    switch (action) {
      case 'details':
        setSelectedId(codeId)
        break
      case 'segments':
        onRetrieve({ codeId })
        break
      case 'add-child':
        setDialog({ kind: 'new-code', groupId: code.groupId, parentId: code.id })
        break
      case 'up':
      case 'down':
        void editor.save(`Move “${code.name}” ${action}`, shiftCode(codebook, codeId, action === 'up' ? -1 : 1))
        break
      default:
        setDialog({ kind: action, codeId })
    }
  }

  const onGroupAction = (action: GroupAction, groupId: string) => {
    const group = groupOf(groupId)
    switch (action) {
      case 'add-code':
        setDialog({ kind: 'new-code', groupId, parentId: null })
        break
      case 'segments':
        onRetrieve({ groupId })
        break
      case 'group-up':
      case 'group-down':
        void editor.save(`Move group “${group.name}”`, shiftGroup(codebook, groupId, action === 'group-up' ? -1 : 1))
        break
      default:
        setDialog({ kind: action, groupId })
    }
  }

  const firstGroup = [...codebook.groups].sort((a, b) => a.order - b.order)[0]
  const newCodeTarget = selected ? { groupId: selected.groupId, parentId: selected.parentId } : firstGroup ? { groupId: firstGroup.id, parentId: null } : null
  const lastUndo = editor.undoStack.at(-1)

  /** Shows what the file would change first; the import itself happens on confirming. */
  const importFile = async (file: File) => {
    const text = await file.text()
    const content = /\.(csv|tsv|txt)$/i.test(file.name) ? { csv: text } : { json: text }
    try {
      setDialog({ kind: 'import', fileName: file.name, file: content, preview: await call('codebook.previewImport', content) })
    } catch (error) {
      editor.setNotice({ tone: 'error', text: (error as Error).message })
    }
  }

  const confirmImport = (fileName: string, file: { json: string } | { csv: string }) =>
    editor.change(
      `Import ${fileName}`,
      () => ('csv' in file ? call('codebook.importCsv', file) : call('codebook.importJson', file)),
      (r) => `Imported ${fileName}: ${r.codebook.codes.length} codes in ${r.codebook.groups.length} groups.`,
    )

  const exportAs = async (format: string) => {
    try {
      if (format === 'json') downloadText('codebook.json', JSON.stringify(codebook, null, 2) + '\n', 'application/json')
      if (format === 'csv') {
        const { csv, fileName } = await call('codebook.exportCsv', {})
        downloadText(fileName, csv, 'text/csv')
      }
      if (format === 'print') {
        const { html, fileName } = await call('codebook.printable', {})
        downloadText(fileName, html, 'text/html')
        editor.setNotice({ tone: 'info', text: `Saved ${fileName}: open it in a browser and print it (or save it as PDF).` })
      }
    } catch (error) {
      editor.setNotice({ tone: 'error', text: (error as Error).message })
    }
  }

  const usageCount = useMemo(() => Object.values(usage.codes).reduce((n, perCoder) => n + Object.values(perCoder).reduce((a, b) => a + b, 0), 0), [usage])

  return (
    <section className="codebook-editor" aria-label="Codebook editor">
      <header className="view-toolbar">
        <h2 id="codebook-editor-heading">Codebook</h2>
        <span className="hint">
          {codebook.codes.length} codes · {codebook.groups.length} groups · {usageCount} annotations
        </span>
        <div className="toolbar-spacer" />
        <Button className="button" isDisabled={readOnly || !newCodeTarget} onPress={() => newCodeTarget && setDialog({ kind: 'new-code', ...newCodeTarget })}>
          New code
        </Button>
        <Button className="button" isDisabled={readOnly} onPress={() => setDialog({ kind: 'new-group' })}>
          New group
        </Button>
        <FileTrigger acceptedFileTypes={['.json', '.csv', 'application/json', 'text/csv']} onSelect={(files) => files?.[0] && void importFile(files[0])}>
          <Button className="button" isDisabled={readOnly}>
            Import…
          </Button>
        </FileTrigger>
        <MenuTrigger>
          <Button className="button">Export ▾</Button>
          <Popover className="popover" placement="bottom end">
            <Menu className="menu-list" onAction={(key) => void exportAs(String(key))}>
              <MenuItem id="json" className="menu-item">
                Codebook (JSON)
              </MenuItem>
              <MenuItem id="csv" className="menu-item">
                Codebook (CSV, one row per code)
              </MenuItem>
              <MenuItem id="print" className="menu-item">
                Printable codebook (HTML)
              </MenuItem>
            </Menu>
          </Popover>
        </MenuTrigger>
        <Button className="button" isDisabled={!lastUndo || busy} onPress={() => void editor.undo()} aria-label={lastUndo ? `Undo ${lastUndo.label}` : 'Undo'}>
          Undo
        </Button>
      </header>
      <div className={`editor-notice ${notice?.tone === 'error' ? 'editor-notice-error' : ''}`} role="status" aria-live="polite">
        {notice && <p>{notice.text}</p>}
        {notice && notice.tone === 'info' && lastUndo && (
          <Button className="quiet-button" onPress={() => void editor.undo()}>
            Undo
          </Button>
        )}
        {notice && (
          <Button className="icon-button" aria-label="Dismiss" onPress={() => editor.setNotice(null)}>
            ×
          </Button>
        )}
      </div>
      <div className="editor-body">
        <div className="editor-tree">
          <EditableCodeTree
            codebook={codebook}
            usage={usage}
            selectedId={selectedId}
            onSelect={(id) => setSelectedId(id && !id.startsWith('group:') ? id : null)}
            onCodeAction={onCodeAction}
            onGroupAction={onGroupAction}
            onMove={(next, id) => void editor.save(`Move “${codeOf(id).name}”`, next)}
          />
        </div>
        <div className="editor-detail">
          {selected ? (
            <CodeDetail
              key={selected.id}
              codebook={codebook}
              code={selected}
              uses={totalUses(usage, selected.id)}
              busy={busy || readOnly}
              onSave={(code) => editor.save(`Edit “${code.name}”`, updateCode(codebook, code.id, code))}
              onRetrieve={() => onRetrieve({ codeId: selected.id })}
            />
          ) : (
            <div className="state">
              <h2>Choose a code</h2>
              <p>Select a code in the tree to edit its definition, rules, examples, attributes and memo.</p>
              <p className="hint">Drag codes to nest or reorder them; each row’s ⋯ menu has Move to…, Merge, Split and Delete.</p>
            </div>
          )}
        </div>
      </div>

      {dialog?.kind === 'import' && (
        <ImportPreviewDialog
          fileName={dialog.fileName}
          preview={dialog.preview}
          onClose={close}
          onConfirm={() => {
            close()
            void confirmImport(dialog.fileName, dialog.file)
          }}
        />
      )}
      {dialog?.kind === 'new-code' && (
        <NameDialog
          title={dialog.parentId ? `New code inside “${codeOf(dialog.parentId).name}”` : `New code in ${groupOf(dialog.groupId).name}`}
          label="Name"
          confirm="Create code"
          onClose={close}
          onConfirm={async (name) => {
            const { codebook: next, id } = addCode(codebook, dialog.groupId, dialog.parentId, name)
            close()
            if (await editor.save(`Create “${name}”`, next)) setSelectedId(id)
          }}
        />
      )}
      {dialog?.kind === 'new-group' && (
        <NameDialog
          title="New group"
          label="Group name"
          confirm="Create group"
          onClose={close}
          onConfirm={(name) => {
            close()
            void editor.save(`Create group “${name}”`, addGroup(codebook, name).codebook)
          }}
        />
      )}
      {dialog?.kind === 'rename' && (
        <NameDialog
          title={`Rename “${codeOf(dialog.codeId).name}”`}
          label="Name"
          initial={codeOf(dialog.codeId).name}
          confirm="Rename"
          onClose={close}
          onConfirm={(name) => {
            close()
            void editor.save(`Rename “${codeOf(dialog.codeId).name}” to “${name}”`, updateCode(codebook, dialog.codeId, { name }))
          }}
        />
      )}
      {dialog?.kind === 'rename-group' && (
        <NameDialog
          title={`Rename group “${groupOf(dialog.groupId).name}”`}
          label="Group name"
          initial={groupOf(dialog.groupId).name}
          confirm="Rename"
          onClose={close}
          onConfirm={(name) => {
            close()
            void editor.save(`Rename group to “${name}”`, updateGroup(codebook, dialog.groupId, { name }))
          }}
        />
      )}
      {dialog?.kind === 'delete-group' && (
        <ConfirmDialog
          title={`Delete group “${groupOf(dialog.groupId).name}”?`}
          confirm="Delete group"
          danger
          canConfirm={!codebook.codes.some((c) => c.groupId === dialog.groupId)}
          onClose={close}
          onConfirm={() => {
            close()
            void editor.save(`Delete group “${groupOf(dialog.groupId).name}”`, removeGroup(codebook, dialog.groupId))
          }}
        >
          {codebook.codes.some((c) => c.groupId === dialog.groupId) ? (
            <p>This group still holds codes. Move, merge or delete them first, so no annotation disappears with it.</p>
          ) : (
            <p>The group is empty. You can undo this.</p>
          )}
        </ConfirmDialog>
      )}
      {dialog?.kind === 'move' && (
        <MoveDialog
          codebook={codebook}
          code={codeOf(dialog.codeId)}
          onClose={close}
          onConfirm={(destination) => {
            close()
            void editor.save(`Move “${codeOf(dialog.codeId).name}”`, moveCode(codebook, dialog.codeId, destination))
          }}
        />
      )}
      {dialog?.kind === 'merge' && (
        <MergeDialog
          codebook={codebook}
          code={codeOf(dialog.codeId)}
          usage={usage}
          coderNames={coderNames}
          onClose={close}
          onConfirm={async (targetId) => {
            const source = codeOf(dialog.codeId)
            const target = codeOf(targetId)
            close()
            const ok = await editor.change(`Merge “${source.name}” into “${target.name}”`, () => call('codebook.mergeCodes', { sourceId: source.id, targetId }), (r) => `Merged “${source.name}” into “${target.name}” — ${describeTouched(r)}.`)
            if (ok) setSelectedId(targetId)
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          code={codeOf(dialog.codeId)}
          usage={usage}
          coderNames={coderNames}
          hasChildren={codebook.codes.some((c) => c.parentId === dialog.codeId)}
          onClose={close}
          onConfirm={async () => {
            const code = codeOf(dialog.codeId)
            close()
            const ok = await editor.change(`Delete “${code.name}”`, () => call('codebook.deleteCode', { codeId: code.id }), (r) => `Deleted “${code.name}” — ${describeTouched(r)}.`)
            if (ok && selectedId === code.id) setSelectedId(null)
          }}
        />
      )}
      {dialog?.kind === 'split' && (
        <SplitDialog
          code={codeOf(dialog.codeId)}
          onClose={close}
          onConfirm={async (choice) => {
            const code = codeOf(dialog.codeId)
            const id = newId(choice.name, [...codebook.codes.map((c) => c.id), ...codebook.groups.map((g) => g.id)])
            close()
            const ok = await editor.change(
              `Split “${choice.name}” from “${code.name}”`,
              () => call('codebook.splitCode', { codeId: code.id, newCode: { id, name: choice.name }, asChild: choice.asChild, annotationIds: choice.annotationIds }),
              (r) => `Split “${choice.name}” from “${code.name}” — ${describeTouched(r)}.`,
            )
            if (ok) setSelectedId(id)
          }}
        />
      )}
    </section>
  )
}

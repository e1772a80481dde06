import { useState, type ReactNode } from 'react'
import { Button, Dialog, Heading, Input, Label, ListBox, ListBoxItem, Modal, ModalOverlay, Popover, Select, SelectValue, TextField } from 'react-aria-components'
import type { CodeUsage } from '../../../../shared/contract'
import type { Code, Codebook } from '../../../../shared/model'
import { CodebookOrder } from '../../../../shared/export/codebookOrder'
import { canMove, subtreeIds, type Destination } from './codebookEdits'
import { totalUses } from './useCodebookEditor'

/** A modal dialog with a title, a body and Cancel / confirm buttons. */
export function ConfirmDialog(props: {
  title: string
  children: ReactNode
  confirm: string
  danger?: boolean
  canConfirm?: boolean
  onConfirm: () => void
  onClose: () => void
}) {
  return (
    <ModalOverlay className="modal-overlay cb-overlay" isOpen isDismissable onOpenChange={(open) => !open && props.onClose()}>
      <Modal className="modal cb cb-modal">
        <Dialog className="cb-dialog">
          <form
            onSubmit={(e) => {
              e.preventDefault()
              if (props.canConfirm !== false) props.onConfirm()
            }}
          >
            <Heading slot="title" className="dialog-title">
              {props.title}
            </Heading>
            <div className="dialog-body">{props.children}</div>
            <div className="dialog-buttons">
              <Button className="button" onPress={props.onClose}>
                Cancel
              </Button>
              <Button type="submit" className={`button ${props.danger ? 'button-danger' : 'button-primary'}`} isDisabled={props.canConfirm === false}>
                {props.confirm}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

/** Asks for a name (new code, new group, rename). */
export function NameDialog({ title, label, initial = '', confirm, onConfirm, onClose }: { title: string; label: string; initial?: string; confirm: string; onConfirm: (name: string) => void; onClose: () => void }) {
  const [name, setName] = useState(initial)
  return (
    <ConfirmDialog title={title} confirm={confirm} canConfirm={Boolean(name.trim())} onConfirm={() => onConfirm(name.trim())} onClose={onClose}>
      <TextField className="field" value={name} onChange={setName} autoFocus isRequired>
        <Label>{label}</Label>
        <Input className="input" />
      </TextField>
    </ConfirmDialog>
  )
}

/** Per-coder counts of a code's annotations, as a small table (or a sentence when there are none). */
export function UsageTable({ usage, codeId, coderNames, verb }: { usage: CodeUsage; codeId: string; coderNames: Map<string, string>; verb: string }) {
  const perCoder = Object.entries(usage.codes[codeId] ?? {})
  if (!perCoder.length) return <p>No coder has applied it yet.</p>
  return (
    <table className="usage-table">
      <caption>Annotations that will be {verb}</caption>
      <thead>
        <tr>
          <th scope="col">Coder</th>
          <th scope="col">Annotations</th>
        </tr>
      </thead>
      <tbody>
        {perCoder.map(([coderId, n]) => (
          <tr key={coderId}>
            <td>{coderNames.get(coderId) ?? coderId}</td>
            <td className="number">{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Destinations for "Move to…": each group's top level and every code that may take it as a child. */
function destinations(codebook: Codebook, codeId: string): { id: string; label: string; destination: Destination }[] {
  const order = new CodebookOrder(codebook)
  const branch = subtreeIds(codebook, codeId)
  const out: { id: string; label: string; destination: Destination }[] = []
  for (const group of [...codebook.groups].sort((a, b) => a.order - b.order)) {
    out.push({ id: `group:${group.id}`, label: `${group.name} (top level)`, destination: { groupId: group.id, parentId: null } })
    for (const code of order.codes) {
      if (code.groupId !== group.id || branch.has(code.id)) continue
      const destination = { groupId: group.id, parentId: code.id }
      if (canMove(codebook, codeId, destination)) out.push({ id: code.id, label: `Inside ${order.path(code.id)}`, destination })
    }
  }
  return out
}

/** The keyboard alternative to drag and drop: pick a group or a parent code. */
export function MoveDialog({ codebook, code, onConfirm, onClose }: { codebook: Codebook; code: Code; onConfirm: (destination: Destination) => void; onClose: () => void }) {
  const options = destinations(codebook, code.id)
  const [selected, setSelected] = useState<string | null>(null)
  const chosen = options.find((o) => o.id === selected)
  return (
    <ConfirmDialog title={`Move “${code.name}”`} confirm="Move" canConfirm={Boolean(chosen)} onConfirm={() => chosen && onConfirm(chosen.destination)} onClose={onClose}>
      <CodeSelect label="New place" options={options} selected={selected} onChange={setSelected} />
      <p className="hint">Codes inside “{code.name}” move with it. It goes last among its new siblings; use Move up/down to reorder.</p>
    </ConfirmDialog>
  )
}

/** Merge: choose the code to keep and see, per coder, how many annotations move. */
export function MergeDialog(props: { codebook: Codebook; code: Code; usage: CodeUsage; coderNames: Map<string, string>; onConfirm: (targetId: string) => void; onClose: () => void }) {
  const { codebook, code } = props
  const order = new CodebookOrder(codebook)
  const inside = subtreeIds(codebook, code.id)
  const options = order.codes.filter((c) => c.groupId === code.groupId && !inside.has(c.id)).map((c) => ({ id: c.id, label: order.path(c.id) }))
  const [target, setTarget] = useState<string | null>(null)
  const total = totalUses(props.usage, code.id)
  const targetName = codebook.codes.find((c) => c.id === target)?.name
  return (
    <ConfirmDialog
      title={`Merge “${code.name}” into another code`}
      confirm={target ? `Merge ${total} ${total === 1 ? 'annotation' : 'annotations'}` : 'Merge'}
      canConfirm={Boolean(target)}
      onConfirm={() => target && props.onConfirm(target)}
      onClose={props.onClose}
    >
      <CodeSelect label="Merge into" options={options} selected={target} onChange={setTarget} />
      <UsageTable usage={props.usage} codeId={code.id} coderNames={props.coderNames} verb={`moved to ${targetName ? `“${targetName}”` : 'the code you choose'}`} />
      <p className="hint">
        “{code.name}” is removed; its codes, examples and id (as an alias) go to {targetName ? `“${targetName}”` : 'the other code'}. Stance targets that named it are re-pointed. You can undo this.
      </p>
    </ConfirmDialog>
  )
}

export function DeleteDialog(props: { code: Code; usage: CodeUsage; coderNames: Map<string, string>; hasChildren: boolean; onConfirm: () => void; onClose: () => void }) {
  const total = totalUses(props.usage, props.code.id)
  return (
    <ConfirmDialog
      title={`Delete “${props.code.name}”?`}
      confirm={total ? `Delete code and ${total} ${total === 1 ? 'annotation' : 'annotations'}` : 'Delete code'}
      danger
      canConfirm={!props.hasChildren}
      onConfirm={props.onConfirm}
      onClose={props.onClose}
    >
      {props.hasChildren ? (
        <p>Codes sit inside “{props.code.name}”. Move or delete them first, or merge this code into another one.</p>
      ) : (
        <>
          <UsageTable usage={props.usage} codeId={props.code.id} coderNames={props.coderNames} verb="removed" />
          <p className="hint">Removed annotations stay in each coder’s file as deletions, so team merges carry them. You can undo this.</p>
        </>
      )}
    </ConfirmDialog>
  )
}

function CodeSelect({ label, options, selected, onChange }: { label: string; options: { id: string; label: string }[]; selected: string | null; onChange: (id: string) => void }) {
  return (
    <Select className="field" selectedKey={selected} onSelectionChange={(key) => onChange(String(key))} placeholder="Choose…">
      <Label>{label}</Label>
      <Button className="select-button input">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover select-popover">
        <ListBox className="menu-list" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="menu-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  )
}

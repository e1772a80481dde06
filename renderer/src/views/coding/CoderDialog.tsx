import { useState } from 'react'
import { Button, Dialog, Form, Heading, Input, Label, ListBox, ListBoxItem, Modal, ModalOverlay, TextField } from 'react-aria-components'
import type { CoderSummary } from '../../../../shared/contract'
import type { Coder } from '../../../../shared/model'
import { call } from '../../api/client'
import { coderIdFromName } from './coderIdentity'

interface Props {
  coders: readonly CoderSummary[]
  /** Shown when the dialog was opened from the toolbar (it can then be dismissed). */
  current: string | null
  readOnly: boolean
  onChoose: (coderId: string) => void
  onAdded: (coder: Coder) => void
  onDismiss?: () => void
}

/**
 * Who is coding? Asked on the first start in a project (and from the coder menu): pick an
 * existing coder or add yourself. The answer is remembered in this browser per project.
 */
export function CoderDialog({ coders, current, readOnly, onChoose, onAdded, onDismiss }: Props) {
  const [chosen, setChosen] = useState<string | null>(current ?? coders.find((c) => !c.demo)?.id ?? coders[0]?.id ?? null)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [adding, setAdding] = useState(false)

  async function add() {
    const trimmed = name.trim()
    if (!trimmed) return
    setAdding(true)
    setError(null)
    try {
      const coder = await call('coders.add', { id: coderIdFromName(trimmed, new Set(coders.map((c) => c.id))), name: trimmed })
      onAdded(coder)
      onChoose(coder.id)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setAdding(false)
    }
  }

  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable={Boolean(onDismiss)} onOpenChange={(open) => !open && onDismiss?.()}>
      <Modal className="modal coder-dialog">
        <Dialog aria-labelledby="coder-dialog-title">
          <Heading slot="title" id="coder-dialog-title">
            Who is coding?
          </Heading>
          <p className="hint">Your annotations are kept under your name, so a team can compare and merge them. You can switch later from the toolbar.</p>
          {coders.length > 0 && (
            <>
              <ListBox
                aria-label="Coders"
                className="coder-choices"
                selectionMode="single"
                disallowEmptySelection
                selectedKeys={chosen ? [chosen] : []}
                onSelectionChange={(keys) => {
                  const [key] = keys === 'all' ? [] : [...keys]
                  if (key !== undefined) setChosen(String(key))
                }}
                onAction={(key) => onChoose(String(key))}
                autoFocus
              >
                {coders.map((coder) => (
                  <ListBoxItem key={coder.id} id={coder.id} textValue={coder.name} className="coder-choice">
                    <span className="coder-choice-name">{coder.name}</span>
                    <span className="coder-choice-facts">
                      {coder.id}
                      {coder.demo ? ' · demo coder' : ''} · {coder.annotations} annotations
                    </span>
                  </ListBoxItem>
                ))}
              </ListBox>
              <Button className="button button-primary" isDisabled={!chosen} onPress={() => chosen && onChoose(chosen)}>
                {chosen ? `Code as ${coders.find((c) => c.id === chosen)?.name ?? chosen}` : 'Choose a coder'}
              </Button>
            </>
          )}
          <Form
            className="add-coder"
            onSubmit={(event) => {
              event.preventDefault()
              void add()
            }}
          >
            <TextField value={name} onChange={setName} isDisabled={readOnly} autoFocus={coders.length === 0}>
              <Label>{coders.length ? 'Or add a new coder' : 'Your name'}</Label>
              <Input className="input" placeholder="e.g. Anna Müller" />
            </TextField>
            <Button type="submit" className="button" isDisabled={readOnly || !name.trim() || adding}>
              Add coder
            </Button>
          </Form>
          {readOnly && <p className="hint">This project is read-only; coders cannot be added.</p>}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

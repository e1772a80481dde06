import { ownValue } from '../../../../shared/model/ownValue'
import { useRef, useState, type KeyboardEvent } from 'react'
import { Button, Dialog, Heading, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components'
import type { Annotation, Memo } from '../../../../shared/model'
import { AttributeFields } from './AttributeFields'
import { attributeLabel, defaultAttributes, type CodeIndex } from './codeIndex'
import type { AnnotationChange } from './codingSession'
import { MemoEditor } from './MemoEditor'

interface Props {
  annotation: Annotation
  rect: DOMRect
  codes: CodeIndex
  me: string
  coderName: (coderId: string) => string
  /** Just applied: the form asks for the attributes first and saving joins the apply's undo step. */
  fresh: boolean
  onSave: (change: AnnotationChange) => void
  onDelete: () => void
  onClose: () => void
}

/**
 * An annotation opened for editing, next to its passage: code, attributes, memo, delete.
 * Enter (outside an open list or the memo) or Escape saves and closes; changes are written
 * once, on closing. Another coder's annotation opens read-only, with the coder named.
 */
export function AnnotationPopover({ annotation, rect, codes, me, coderName, fresh, onSave, onDelete, onClose }: Props) {
  const anchor = useRef<HTMLDivElement>(null)
  const editable = annotation.coderId === me
  const [codeId, setCodeId] = useState(annotation.codeId)
  const [values, setValues] = useState(annotation.attributes)
  const memo = useRef<Memo | null>(annotation.memo)
  const memoChanged = useRef(false)
  const closed = useRef(false)
  const code = codes.byId.get(codeId)

  function close() {
    if (closed.current) return
    closed.current = true
    if (editable) {
      const change: AnnotationChange = {}
      if (codeId !== annotation.codeId) change.codeId = codeId
      if (codeId !== annotation.codeId || JSON.stringify(values) !== JSON.stringify(annotation.attributes)) change.attributes = values
      if (memoChanged.current) change.memo = memo.current
      if (Object.keys(change).length) onSave(change)
    }
    onClose()
  }

  function onKeyDownCapture(event: KeyboardEvent) {
    const target = event.target as HTMLElement
    if (event.key === 'Enter' && !event.shiftKey) {
      if (target.getAttribute('aria-expanded') === 'true' || target.closest('.memo-editor') || target.tagName === 'BUTTON') return
      event.preventDefault()
      event.stopPropagation()
      close()
      return
    }
    // Polarity by its sign: "-", "0", "+" set the first scale attribute from anywhere but a text field.
    const scale = code?.attributes.find((d) => d.type === 'scale')
    if (scale && ['-', '0', '+', '='].includes(event.key) && !target.matches('input:not([type="radio"]), textarea') && !target.closest('.memo-editor')) {
      const wanted = event.key === '-' ? -1 : event.key === '0' ? 0 : 1
      if (scale.options.some((o) => o.value === wanted)) {
        event.preventDefault()
        setValues((v) => ({ ...v, [scale.id]: wanted }))
      }
    }
  }

  const quote = annotation.quote ?? ''
  return (
    <>
      <div ref={anchor} className="popover-anchor" style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }} />
      <Popover
        triggerRef={anchor}
        isOpen
        onOpenChange={(open) => !open && close()}
        placement="bottom start"
        shouldFlip
        className="popover annotation-popover"
      >
        <Dialog aria-label={`${editable ? 'Edit' : 'Annotation'}: ${codes.byId.get(annotation.codeId)?.name ?? annotation.codeId}`} className="annotation-dialog">
          <div onKeyDownCapture={onKeyDownCapture}>
            <header className="annotation-head">
              <span className="swatch" style={{ background: code?.color }} aria-hidden="true" />
              <Heading slot="title" className="annotation-title">
                {code?.name ?? codeId}
              </Heading>
              <span className="annotation-coder">{editable ? 'you' : coderName(annotation.coderId)}</span>
            </header>
            {quote && <blockquote className="annotation-quote">{quote.length > 160 ? `${quote.slice(0, 80)} … ${quote.slice(-60)}` : quote}</blockquote>}
            {editable ? (
              <>
                {!fresh && (
                  <Select
                    className="code-select"
                    selectedKey={codeId}
                    onSelectionChange={(key) => {
                      if (key === null) return
                      const next = codes.byId.get(String(key))
                      if (!next) return
                      setCodeId(next.id)
                      setValues({ ...defaultAttributes(next), ...Object.fromEntries(Object.entries(values).filter(([k]) => next.attributes.some((d) => d.id === k))) })
                    }}
                  >
                    <Label className="field-label">Code</Label>
                    <Button className="select-button">
                      <SelectValue />
                      <span aria-hidden="true">▾</span>
                    </Button>
                    <Popover className="popover menu-popover">
                      <ListBox className="menu-list" items={codes.spanCodes.map((c) => ({ id: c.id, c }))}>
                        {({ c }) => (
                          <ListBoxItem id={c.id} textValue={c.name} className="menu-item">
                            <span className="swatch" style={{ background: c.color }} aria-hidden="true" /> {c.name}
                          </ListBoxItem>
                        )}
                      </ListBox>
                    </Popover>
                  </Select>
                )}
                {code && code.attributes.length > 0 && (
                  <AttributeFields idPrefix={annotation.id} defs={code.attributes} values={values} onChange={setValues} codes={codes} autoFocus={fresh} />
                )}
                <div className="field">
                  <span className="field-label" id={`memo-label-${annotation.id}`}>
                    Memo
                  </span>
                  <MemoEditor
                    label="Annotation memo"
                    memo={annotation.memo}
                    immediate
                    autoFocus={!fresh && !code?.attributes.length}
                    onSave={(next) => {
                      memo.current = next
                      memoChanged.current = true
                    }}
                  />
                </div>
                <footer className="annotation-actions">
                  <Button
                    className="button button-danger"
                    onPress={() => {
                      closed.current = true
                      onDelete()
                    }}
                  >
                    Delete
                  </Button>
                  <span className="hint">Enter saves · Esc closes</span>
                  <Button className="button button-primary" onPress={close}>
                    Done
                  </Button>
                </footer>
              </>
            ) : (
              <>
                {code && code.attributes.length > 0 && (
                  <dl className="hover-attributes">
                    {code.attributes.map((def) => (
                      <div key={def.id}>
                        <dt>{def.name}</dt>
                        <dd>{attributeLabel(def, ownValue(annotation.attributes, def.id) ?? null, codes)}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                {annotation.memo && <MemoEditor label="Annotation memo" memo={annotation.memo} isDisabled onSave={() => {}} />}
                <p className="hint">Read-only: only {coderName(annotation.coderId)} can change this annotation.</p>
                <footer className="annotation-actions">
                  <span />
                  <Button className="button" onPress={close}>
                    Close
                  </Button>
                </footer>
              </>
            )}
          </div>
        </Dialog>
      </Popover>
    </>
  )
}


import { memo, useEffect, useState } from 'react'
import { Button, Checkbox, Label, ListBox, ListBoxItem, ListLayout, Radio, RadioGroup, Virtualizer } from 'react-aria-components'
import type { Annotation, Code, DocumentStatus, Memo } from '../../../../shared/model'
import { call } from '../../api/client'
import { AttributeFields } from './AttributeFields'
import { defaultAttributes, missingAttributes, type CodeIndex } from './codeIndex'
import { MemoEditor } from './MemoEditor'
import { STATUS_LABEL, StatusDot } from './StatusDot'

interface Props {
  documentId: string
  codes: CodeIndex
  me: string
  annotations: readonly Annotation[]
  status: DocumentStatus
  coderName: (coderId: string) => string
  selectedId: string | null
  readOnly: boolean
  onStatus: (status: DocumentStatus) => void
  onMemo: (memo: Memo | null) => void
  onCreate: (codeId: string, attributes: Annotation['attributes']) => void
  onUpdate: (id: string, attributes: Annotation['attributes']) => void
  onRemove: (id: string) => void
  onJump: (id: string) => void
}

/**
 * "This document", below the codebook: the coder's status for it, the document-level codes
 * (primary frame, tone, relevance…), the coder's memo and the list of coded passages.
 */
export const DocumentPanel = memo(function DocumentPanel(props: Props) {
  const { documentId, codes, me, annotations, status, readOnly } = props
  const mine = annotations.filter((a) => a.start === null && a.coderId === me)
  const spans = annotations.filter((a) => a.start !== null)
  return (
    <section className="document-panel" aria-labelledby="document-panel-heading">
      <div className="pane-header">
        <h2 id="document-panel-heading">This document</h2>
      </div>
      <div className="document-panel-body">
        <RadioGroup className="status-group" orientation="horizontal" value={status} onChange={(v) => props.onStatus(v as DocumentStatus)} isDisabled={readOnly}>
          <Label className="field-label">Status</Label>
          <div className="status-options">
            {(['not-started', 'in-progress', 'done'] as const).map((s) => (
              <Radio key={s} value={s} className="status-option">
                <StatusDot status={s} />
                {STATUS_LABEL[s]}
              </Radio>
            ))}
          </div>
        </RadioGroup>

        {codes.documentCodes.length > 0 && (
          <div className="document-codes" role="group" aria-labelledby="document-codes-heading">
            <h3 id="document-codes-heading" className="panel-subheading">
              Document codes
            </h3>
            {codes.documentCodes.map((code) => (
              <DocumentCode key={code.id} code={code} annotation={mine.find((a) => a.codeId === code.id) ?? null} {...props} />
            ))}
          </div>
        )}

        <div className="field">
          <h3 className="panel-subheading">Memo</h3>
          <DocumentMemo key={`${documentId}:${me}`} documentId={documentId} me={me} onMemo={props.onMemo} readOnly={readOnly} />
        </div>

        <div className="field annotation-list-field">
          <h3 className="panel-subheading" id="annotation-list-heading">
            Annotations <span className="count">{spans.length}</span>
          </h3>
          <AnnotationList spans={spans} {...props} />
        </div>
      </div>
    </section>
  )
})

function DocumentCode({ code, annotation, codes, readOnly, onCreate, onUpdate, onRemove }: Props & { code: Code; annotation: Annotation | null }) {
  if (!code.attributes.length) {
    return (
      <Checkbox
        className="checkbox"
        isSelected={Boolean(annotation)}
        isDisabled={readOnly}
        onChange={(on) => (on ? onCreate(code.id, {}) : annotation && onRemove(annotation.id))}
      >
        <span className="checkbox-box" aria-hidden="true" />
        {code.name}
      </Checkbox>
    )
  }
  return (
    <div className={`document-code${annotation ? ' is-coded' : ''}`}>
      <div className="document-code-head">
        <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
        <span className="document-code-name">{code.name}</span>
        {annotation ? (
          <Button className="quiet-button" aria-label={`Clear ${code.name}`} onPress={() => onRemove(annotation.id)} isDisabled={readOnly}>
            Clear
          </Button>
        ) : (
          <span className="hint">not coded</span>
        )}
      </div>
      <AttributeFields
        idPrefix={`${code.id}-${annotation?.id ?? 'new'}`}
        defs={code.attributes}
        values={annotation?.attributes ?? {}}
        codes={codes}
        isDisabled={readOnly}
        onChange={(values) => (annotation ? onUpdate(annotation.id, values) : onCreate(code.id, { ...defaultAttributes(code), ...values }))}
      />
    </div>
  )
}

function DocumentMemo({ documentId, me, onMemo, readOnly }: { documentId: string; me: string; onMemo: (memo: Memo | null) => void; readOnly: boolean }) {
  const [memo, setMemo] = useState<Memo | null | undefined>(undefined)
  useEffect(() => {
    let current = true
    call('documents.getMemo', { coderId: me, documentId }).then(
      (r) => current && setMemo(r.memo),
      () => current && setMemo(null),
    )
    return () => {
      current = false
    }
  }, [documentId, me])
  if (memo === undefined) return <p className="hint">Loading the memo…</p>
  return <MemoEditor label="Document memo" memo={memo} onSave={onMemo} isDisabled={readOnly} />
}

function AnnotationList({ spans, codes, me, coderName, selectedId, onJump }: Props & { spans: Annotation[] }) {
  if (!spans.length) return <p className="hint">No passages coded yet. Select text and press a code’s key.</p>
  return (
    <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: 40 }}>
      <ListBox
        aria-labelledby="annotation-list-heading"
        className="annotation-list"
        items={spans}
        dependencies={[me, codes]}
        selectionMode="single"
        selectedKeys={selectedId ? [selectedId] : []}
        onAction={(key) => onJump(String(key))}
        onSelectionChange={(keys) => {
          const [key] = keys === 'all' ? [] : [...keys]
          if (key !== undefined) onJump(String(key))
        }}
      >
        {(a) => {
          const code = codes.byId.get(a.codeId)
          const missing = missingAttributes(code, a)
          return (
            <ListBoxItem id={a.id} className="annotation-item" textValue={`${code?.name ?? a.codeId}: ${a.quote ?? ''}`}>
              <span className="annotation-item-head">
                <span className="swatch" style={{ background: code?.color }} aria-hidden="true" />
                <span className="annotation-item-code">{code?.name ?? a.codeId}</span>
                {a.coderId !== me && <span className="annotation-item-coder">{coderName(a.coderId)}</span>}
                {missing.length > 0 && (
                  <span className="annotation-item-missing" title={`Missing: ${missing.join(', ')}`}>
                    ! {missing.join(', ')}
                  </span>
                )}
              </span>
              <span className="annotation-item-quote">{a.quote}</span>
            </ListBoxItem>
          )
        }}
      </ListBox>
    </Virtualizer>
  )
}

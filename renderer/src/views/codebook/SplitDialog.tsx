import { useEffect, useState } from 'react'
import { Checkbox, CheckboxGroup, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components'
import type { RetrievedSegment } from '../../../../shared/contract'
import type { Code } from '../../../../shared/model'
import { call } from '../../api/client'
import { ConfirmDialog } from './CodebookDialogs'

export interface SplitChoice {
  name: string
  asChild: boolean
  annotationIds: string[]
}

/** Split: name the new code, place it, and tick the coded passages that move to it. */
export function SplitDialog({ code, onConfirm, onClose }: { code: Code; onConfirm: (choice: SplitChoice) => void; onClose: () => void }) {
  const [name, setName] = useState('')
  const [place, setPlace] = useState('child')
  const [segments, setSegments] = useState<RetrievedSegment[] | null>(null)
  const [chosen, setChosen] = useState<string[]>([])
  useEffect(() => {
    call('segments.retrieve', { codeIds: [code.id], includeChildren: false }).then(
      (r) => setSegments(r.segments),
      () => setSegments([]),
    )
  }, [code.id])
  return (
    <ConfirmDialog
      title={`Split “${code.name}”`}
      confirm={`Split${chosen.length ? `, moving ${chosen.length}` : ''}`}
      canConfirm={Boolean(name.trim())}
      onConfirm={() => onConfirm({ name: name.trim(), asChild: place === 'child', annotationIds: chosen })}
      onClose={onClose}
    >
      <TextField className="field" value={name} onChange={setName} autoFocus isRequired>
        <Label>New code’s name</Label>
        <Input className="input" />
      </TextField>
      <RadioGroup className="field" value={place} onChange={setPlace} orientation="horizontal">
        <Label>Place it</Label>
        <div className="radios">
          <Radio value="child" className="radio">Inside “{code.name}”</Radio>
          <Radio value="sibling" className="radio">Beside it</Radio>
        </div>
      </RadioGroup>
      <CheckboxGroup className="field split-segments" value={chosen} onChange={setChosen}>
        <Label>Passages that move to the new code</Label>
        {segments === null && <p className="hint">Loading passages…</p>}
        {segments?.length === 0 && <p className="hint">“{code.name}” has no annotations; the new code starts empty.</p>}
        <div className="split-list">
          {segments?.map((s) => (
            <Checkbox key={s.annotation.id} value={s.annotation.id} className="checkbox">
              <span className="checkbox-box" aria-hidden="true" />
              <span>
                <span className="split-quote">{s.annotation.quote ?? '(whole document)'}</span>
                <span className="hint">
                  {' '}
                  — {s.coderName}, {s.document.title}
                </span>
              </span>
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
    </ConfirmDialog>
  )
}

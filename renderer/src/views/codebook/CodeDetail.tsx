import { useEffect, useState } from 'react'
import { Button, FieldError, Input, Label, Radio, RadioGroup, Text, TextArea, TextField } from 'react-aria-components'
import type { Code, Codebook } from '../../../../shared/model'
import { AttributesEditor } from './AttributesEditor'
import { MemoEditor } from './MemoEditor'
import { shortcutProblem } from './codebookEdits'

interface Props {
  codebook: Codebook
  code: Code
  uses: number
  busy: boolean
  onSave: (code: Code) => Promise<boolean>
  onRetrieve: () => void
}

/**
 * A code's detail pane: name, color, shortcut (checked for clashes as you type), level,
 * definition, inclusion and exclusion rules, examples, attributes and a rich-text memo.
 * Edits stay a draft until saved; saving is one undoable change.
 */
export function CodeDetail({ codebook, code, uses, busy, onSave, onRetrieve }: Props) {
  const [draft, setDraft] = useState(code)
  const [newExample, setNewExample] = useState('')
  useEffect(() => setDraft(code), [code])
  const set = (change: Partial<Code>) => setDraft((d) => ({ ...d, ...change }))
  const dirty = JSON.stringify(draft) !== JSON.stringify(code)
  const shortcutError = shortcutProblem(codebook, code.id, draft.shortcut ?? '')
  const colorValid = /^#[0-9a-fA-F]{6}$/.test(draft.color)
  const group = codebook.groups.find((g) => g.id === code.groupId)
  const parent = code.parentId ? codebook.codes.find((c) => c.id === code.parentId) : null

  return (
    <form
      className="code-detail"
      aria-labelledby="code-detail-title"
      onSubmit={(e) => {
        e.preventDefault()
        if (!shortcutError && colorValid && draft.name.trim()) void onSave({ ...draft, name: draft.name.trim() })
      }}
    >
      <header className="detail-header">
        <span className="swatch swatch-large" style={{ background: colorValid ? draft.color : code.color }} aria-hidden="true" />
        <div className="detail-title">
          <h3 id="code-detail-title">{code.name}</h3>
          <p className="hint">
            {[group?.name, parent?.name].filter(Boolean).join(' / ')} · <code>{code.id}</code> · {uses} {uses === 1 ? 'annotation' : 'annotations'}
          </p>
        </div>
        <Button className="quiet-button" onPress={onRetrieve}>
          Retrieve segments
        </Button>
        <Button className="button" isDisabled={!dirty || busy} onPress={() => setDraft(code)}>
          Revert
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={!dirty || busy || Boolean(shortcutError) || !colorValid || !draft.name.trim()}>
          Save changes
        </Button>
      </header>

      <div className="detail-body">
        <div className="detail-grid">
          <TextField className="field" value={draft.name} onChange={(name) => set({ name })} isRequired isInvalid={!draft.name.trim()}>
            <Label>Name</Label>
            <Input className="input" />
            <FieldError className="field-error">A code needs a name.</FieldError>
          </TextField>
          <div className="field">
            <label htmlFor="code-color">Color</label>
            <div className="color-field">
              <input id="code-color" type="color" className="color-swatch-input" value={colorValid ? draft.color : '#000000'} onChange={(e) => set({ color: e.target.value })} />
              <TextField aria-label="Color (hex)" value={draft.color} onChange={(color) => set({ color })} isInvalid={!colorValid} className="field grow">
                <Input className="input mono" />
                <FieldError className="field-error">Use #rrggbb.</FieldError>
              </TextField>
            </div>
          </div>
          <TextField
            className="field"
            value={draft.shortcut ?? ''}
            onChange={(value) => set({ shortcut: value.slice(-1) || null })}
            isInvalid={Boolean(shortcutError)}
            validationBehavior="aria"
          >
            <Label>Shortcut</Label>
            <Input className="input mono shortcut-input" maxLength={2} />
            {shortcutError ? <FieldError className="field-error">{shortcutError}</FieldError> : <Text slot="description" className="hint">One letter or digit.</Text>}
          </TextField>
          <RadioGroup className="field level-field" value={draft.level} onChange={(level) => set({ level: level as Code['level'] })} orientation="horizontal">
            <Label>Applied to</Label>
            <div className="radios">
              <Radio value="span" className="radio">Passages</Radio>
              <Radio value="document" className="radio">Whole document</Radio>
              <Radio value="both" className="radio">Both</Radio>
            </div>
          </RadioGroup>
        </div>

        <TextField className="field" value={draft.definition} onChange={(definition) => set({ definition })}>
          <Label>Definition</Label>
          <TextArea className="input textarea" rows={3} />
        </TextField>
        <div className="rules">
          <TextField className="field" value={draft.inclusion} onChange={(inclusion) => set({ inclusion })}>
            <Label>Code when (inclusion)</Label>
            <TextArea className="input textarea" rows={3} />
          </TextField>
          <TextField className="field" value={draft.exclusion} onChange={(exclusion) => set({ exclusion })}>
            <Label>Do not code when (exclusion)</Label>
            <TextArea className="input textarea" rows={3} />
          </TextField>
        </div>

        <section className="detail-section" aria-labelledby="examples-heading">
          <h4 id="examples-heading">Examples</h4>
          {draft.examples.length === 0 && <p className="hint">No examples yet. Add one here or use “Use as example” on a retrieved segment.</p>}
          <ul className="examples">
            {draft.examples.map((example, i) => (
              <li key={i}>
                <blockquote>{example}</blockquote>
                <Button className="icon-button" aria-label={`Remove example ${i + 1}`} onPress={() => set({ examples: draft.examples.filter((_, j) => j !== i) })}>
                  ×
                </Button>
              </li>
            ))}
          </ul>
          <div className="add-example">
            <TextField className="field grow" value={newExample} onChange={setNewExample} aria-label="New example">
              <TextArea className="input textarea" rows={2} placeholder="A passage that shows this code…" />
            </TextField>
            <Button
              className="button"
              isDisabled={!newExample.trim()}
              onPress={() => {
                set({ examples: [...draft.examples, newExample.trim()] })
                setNewExample('')
              }}
            >
              Add example
            </Button>
          </div>
        </section>

        <section className="detail-section" aria-labelledby="attributes-heading">
          <h4 id="attributes-heading">Attributes</h4>
          <AttributesEditor attributes={draft.attributes} groups={codebook.groups} codeName={draft.name} onChange={(attributes) => set({ attributes })} />
        </section>

        <section className="detail-section" aria-labelledby="memo-heading">
          <h4 id="memo-heading">Memo</h4>
          <MemoEditor value={draft.memo} onChange={(memo) => set({ memo })} label={`Memo on ${code.name}`} />
        </section>
      </div>
    </form>
  )
}

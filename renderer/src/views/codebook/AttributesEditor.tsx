import { Button, Checkbox, Input, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, TextField } from 'react-aria-components'
import type { AttributeDef, CodeGroup } from '../../../../shared/model'
import { newId } from './codebookEdits'

const TYPES: Record<AttributeDef['type'], string> = {
  scale: 'Scale (numbers)',
  list: 'List of values',
  code: 'A code from a group',
  text: 'Free text',
}

interface Props {
  attributes: AttributeDef[]
  groups: CodeGroup[]
  codeName: string
  onChange: (attributes: AttributeDef[]) => void
}

/** Add, edit and remove a code's attributes and their options (a stance's polarity scale, its target actor…). */
export function AttributesEditor({ attributes, groups, codeName, onChange }: Props) {
  const set = (index: number, change: Partial<AttributeDef>) => onChange(attributes.map((a, i) => (i === index ? { ...a, ...change } : a)))
  const add = () => {
    const id = newId('attribute', attributes.map((a) => a.id))
    onChange([...attributes, { id, name: `Attribute ${attributes.length + 1}`, type: 'list', options: [], fromGroup: null, default: null, required: false }])
  }
  return (
    <div className="attributes">
      {attributes.length === 0 && <p className="hint">No attributes. Coders fill attributes in when they apply “{codeName}”, e.g. a polarity or a target.</p>}
      {attributes.map((attribute, index) => (
        <fieldset key={attribute.id} className="attribute">
          <legend className="visually-hidden">Attribute {attribute.name}</legend>
          <div className="attribute-row">
            <TextField className="field grow" value={attribute.name} onChange={(name) => set(index, { name })} aria-label={`Name of attribute ${index + 1}`}>
              <Label>Attribute name</Label>
              <Input className="input" />
            </TextField>
            <Select
              className="field"
              selectedKey={attribute.type}
              onSelectionChange={(key) => {
                const type = key as AttributeDef['type']
                set(index, { type, options: type === 'scale' || type === 'list' ? attribute.options : [], fromGroup: type === 'code' ? attribute.fromGroup ?? groups.find((g) => g.kind === 'actors')?.id ?? null : null, default: null })
              }}
            >
              <Label>Type</Label>
              <Button className="select-button input">
                <SelectValue />
                <span aria-hidden="true">▾</span>
              </Button>
              <Popover className="popover">
                <ListBox className="menu-list">
                  {Object.entries(TYPES).map(([id, name]) => (
                    <ListBoxItem key={id} id={id} className="menu-item">
                      {name}
                    </ListBoxItem>
                  ))}
                </ListBox>
              </Popover>
            </Select>
            {attribute.type === 'code' && (
              <Select className="field" selectedKey={attribute.fromGroup ?? ''} onSelectionChange={(key) => set(index, { fromGroup: String(key) || null })}>
                <Label>Codes from</Label>
                <Button className="select-button input">
                  <SelectValue />
                  <span aria-hidden="true">▾</span>
                </Button>
                <Popover className="popover">
                  <ListBox className="menu-list">
                    {groups.map((g) => (
                      <ListBoxItem key={g.id} id={g.id} className="menu-item">
                        {g.name}
                      </ListBoxItem>
                    ))}
                  </ListBox>
                </Popover>
              </Select>
            )}
            <Checkbox className="checkbox" isSelected={attribute.required} onChange={(required) => set(index, { required })}>
              <span className="checkbox-box" aria-hidden="true" />
              Required
            </Checkbox>
            <Button className="quiet-button danger" onPress={() => onChange(attributes.filter((_, i) => i !== index))} aria-label={`Remove attribute ${attribute.name}`}>
              Remove
            </Button>
          </div>
          {(attribute.type === 'scale' || attribute.type === 'list') && (
            <OptionsEditor attribute={attribute} onChange={(options) => set(index, { options })} />
          )}
        </fieldset>
      ))}
      <Button className="button" onPress={add}>
        Add attribute
      </Button>
    </div>
  )
}

function OptionsEditor({ attribute, onChange }: { attribute: AttributeDef; onChange: (options: AttributeDef['options']) => void }) {
  const numeric = attribute.type === 'scale'
  const values = attribute.options.map((o) => String(o.value))
  const duplicate = (value: string) => values.filter((v) => v === value).length > 1
  const set = (index: number, value: string, label: string) =>
    onChange(attribute.options.map((o, i) => (i === index ? { value: numeric && value !== '' && !Number.isNaN(Number(value)) ? Number(value) : value, label } : o)))
  const next = () => {
    if (!numeric) return `value-${attribute.options.length + 1}`
    const numbers = attribute.options.map((o) => Number(o.value)).filter((n) => !Number.isNaN(n))
    return numbers.length ? Math.max(...numbers) + 1 : 0
  }
  return (
    <div className="options" role="group" aria-label={`Values of ${attribute.name}`}>
      <div className="options-head" aria-hidden="true">
        <span>Value</span>
        <span>Label</span>
      </div>
      {attribute.options.map((option, index) => (
        <div key={index} className="option-row">
          <TextField
            className="field"
            value={String(option.value)}
            onChange={(value) => set(index, value, option.label)}
            aria-label={`${attribute.name} value ${index + 1}`}
            isInvalid={duplicate(String(option.value)) || (numeric && Number.isNaN(Number(option.value)))}
          >
            <Input className="input mono" inputMode={numeric ? 'numeric' : 'text'} />
          </TextField>
          <TextField className="field grow" value={option.label} onChange={(label) => set(index, String(option.value), label)} aria-label={`${attribute.name} label ${index + 1}`}>
            <Input className="input" />
          </TextField>
          <Button className="icon-button" aria-label={`Remove value ${option.value}`} onPress={() => onChange(attribute.options.filter((_, i) => i !== index))}>
            ×
          </Button>
        </div>
      ))}
      {values.some(duplicate) && <p className="field-error">Each value may appear once.</p>}
      <Button className="quiet-button" onPress={() => onChange([...attribute.options, { value: next(), label: '' }])}>
        + Add value
      </Button>
    </div>
  )
}

import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Radio, RadioGroup, TextField } from 'react-aria-components'
import type { Annotation, AttributeDef } from '../../../../shared/model'
import { signed, type CodeIndex } from './codeIndex'

type Values = Annotation['attributes']

interface Props {
  defs: readonly AttributeDef[]
  values: Values
  onChange: (values: Values) => void
  codes: CodeIndex
  isDisabled?: boolean
  /** Focus the first field on mount (the inline form after applying a code). */
  autoFocus?: boolean
  /** Prefix for ids, so two forms on one page stay distinct. */
  idPrefix: string
}

/**
 * The fields of a code's attributes: a type-to-filter combo box for a code (an actor) or a
 * list (a target), a row of radio buttons for a scale (polarity), a text field for text.
 */
export function AttributeFields({ defs, values, onChange, codes, isDisabled, autoFocus, idPrefix }: Props) {
  const set = (id: string, value: Values[string]) => onChange({ ...values, [id]: value })
  return (
    <div className="attribute-fields">
      {defs.map((def, i) => {
        const value = values[def.id] ?? null
        const label = `${def.name}${def.required ? '' : ' (optional)'}`
        const focus = autoFocus && i === 0
        if (def.type === 'scale') {
          return (
            <RadioGroup
              key={def.id}
              className="scale-field"
              orientation="horizontal"
              value={value === null ? null : String(value)}
              onChange={(v) => set(def.id, Number(v))}
              isDisabled={isDisabled}
              isRequired={def.required}
            >
              <Label className="field-label">{label}</Label>
              <div className="scale-options">
                {def.options.map((o) => (
                  <Radio key={String(o.value)} value={String(o.value)} className="scale-option" autoFocus={focus && o === def.options[0]}>
                    <span className="scale-value">{signed(o.value)}</span> {o.label}
                  </Radio>
                ))}
              </div>
            </RadioGroup>
          )
        }
        if (def.type === 'text') {
          return (
            <TextField key={def.id} className="text-field" value={typeof value === 'string' ? value : ''} onChange={(v) => set(def.id, v || null)} isDisabled={isDisabled} autoFocus={focus}>
              <Label className="field-label">{label}</Label>
              <Input className="input" />
            </TextField>
          )
        }
        const items =
          def.type === 'code'
            ? codes.spanCodes.concat(codes.documentCodes.filter((c) => c.level === 'document'))
                .filter((c) => !def.fromGroup || c.groupId === def.fromGroup)
                .map((c) => ({ id: c.id, name: c.parentId && codes.byId.has(c.parentId) ? `${c.name} (${codes.byId.get(c.parentId)!.name})` : c.name }))
            : def.options.map((o) => ({ id: String(o.value), name: o.label }))
        return (
          <ComboBox
            key={`${idPrefix}-${def.id}`}
            className="combo-field"
            selectedKey={value === null ? null : String(value)}
            onSelectionChange={(key) => set(def.id, key === null ? null : String(key))}
            defaultItems={items}
            menuTrigger="focus"
            isDisabled={isDisabled}
            isRequired={def.required}
            autoFocus={focus}
          >
            <Label className="field-label">{label}</Label>
            <div className="combo-control">
              <Input className="input" placeholder="Type to filter…" />
              <Button className="combo-button" aria-label={`Show ${def.name.toLowerCase()} options`}>
                <span aria-hidden="true">▾</span>
              </Button>
            </div>
            <Popover className="popover combo-popover">
              <ListBox className="menu-list">
                {(item: { id: string; name: string }) => (
                  <ListBoxItem id={item.id} className="menu-item" textValue={item.name}>
                    {item.name}
                  </ListBoxItem>
                )}
              </ListBox>
            </Popover>
          </ComboBox>
        )
      })}
    </div>
  )
}

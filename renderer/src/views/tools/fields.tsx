import { Fragment, type ReactNode } from 'react'
import {
  Button,
  Checkbox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  Text,
  TextField,
} from 'react-aria-components'

/** The small form controls every tool dialog uses, styled once in tools.css. */

export interface Choice {
  id: string
  label: string
}

export function ChoiceSelect(props: {
  label: string
  choices: Choice[]
  value: string
  onChange: (value: string) => void
  isDisabled?: boolean
  className?: string
}) {
  return (
    <Select
      className={`field ${props.className ?? ''}`}
      selectedKey={props.value}
      onSelectionChange={(key) => key !== null && props.onChange(String(key))}
      isDisabled={props.isDisabled}
    >
      <Label>{props.label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <ListBox className="menu-list" items={props.choices}>
          {(choice) => (
            <ListBoxItem id={choice.id} className="menu-item">
              {choice.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  )
}

export function Segmented(props: { label: string; choices: Choice[]; value: string; onChange: (value: string) => void; isDisabled?: boolean }) {
  return (
    <RadioGroup className="field segmented" orientation="horizontal" value={props.value} onChange={props.onChange} isDisabled={props.isDisabled}>
      <Label>{props.label}</Label>
      <div className="segmented-options">
        {props.choices.map((c) => (
          <Radio key={c.id} value={c.id} className="segmented-option">
            {c.label}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  )
}

export function TextInput(props: {
  label: string
  value: string
  onChange: (value: string) => void
  description?: ReactNode
  isDisabled?: boolean
  type?: 'text' | 'number'
  className?: string
  inputMode?: 'numeric' | 'text'
}) {
  return (
    <TextField className={`field text-field ${props.className ?? ''}`} value={props.value} onChange={props.onChange} isDisabled={props.isDisabled}>
      <Label>{props.label}</Label>
      <Input className="input" inputMode={props.inputMode} spellCheck={false} />
      {props.description && (
        <Text slot="description" className="hint">
          {props.description}
        </Text>
      )}
    </TextField>
  )
}

export function CheckBox(props: { children: ReactNode; value?: string; isSelected?: boolean; onChange?: (selected: boolean) => void; isDisabled?: boolean }) {
  return (
    <Checkbox className="checkbox" value={props.value} isSelected={props.isSelected} onChange={props.onChange} isDisabled={props.isDisabled}>
      <span className="checkbox-box" aria-hidden="true" />
      {props.children}
    </Checkbox>
  )
}

/** A one-line summary of a path the service wrote, selectable for copying. */
export function WrittenPath({ label, path }: { label: string; path: string | null }) {
  if (!path) return null
  return (
    <div className="written-path">
      <span className="written-label">{label}</span>
      <code>
        {/* Lines break after a "/" or "\\" only: a break at a hyphen ("light-" / "1280") read as two paths. */}
        {path.split(/(?<=[/\\])/).map((part, i) => (
          <Fragment key={i}>
            {i > 0 && <wbr />}
            <span className="path-part">{part}</span>
          </Fragment>
        ))}
      </code>
    </div>
  )
}

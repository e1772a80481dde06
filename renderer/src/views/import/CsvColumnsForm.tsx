import { Checkbox, CheckboxGroup, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Button } from 'react-aria-components'
import type { CsvPreview } from '../../../../shared/contract'
import type { CsvChoice } from './useImportTask'

interface Props {
  fileName: string
  preview: CsvPreview
  choice: CsvChoice
  onChange: (choice: CsvChoice) => void
}

/** Choose which column holds the article text, which the title, and which become variables. */
export function CsvColumnsForm({ fileName, preview, choice, onChange }: Props) {
  const columns = preview.columns
  const others = columns.filter((c) => c !== choice.textColumn && c !== choice.titleColumn)
  return (
    <fieldset className="csv-columns">
      <legend>
        Columns of <strong>{fileName}</strong> (one article per row)
      </legend>
      <div className="csv-selects">
        <ColumnSelect label="Text column" columns={columns} value={choice.textColumn} onChange={(textColumn) => onChange({ ...choice, textColumn })} />
        <ColumnSelect
          label="Title column"
          columns={['', ...columns]}
          value={choice.titleColumn}
          onChange={(titleColumn) => onChange({ ...choice, titleColumn })}
        />
      </div>
      <CheckboxGroup
        className="csv-variables"
        value={choice.variableColumns.filter((c) => others.includes(c))}
        onChange={(variableColumns) => onChange({ ...choice, variableColumns })}
      >
        <Label>Keep as document variables (columns named date, outlet, author, url or language fill those fields instead)</Label>
        <div className="csv-variable-list">
          {others.map((column) => (
            <Checkbox key={column} value={column} className="checkbox">
              <span className="checkbox-box" aria-hidden="true" />
              {column}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      <div className="csv-preview" role="region" aria-label="First rows" tabIndex={0}>
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" className={c === choice.textColumn ? 'is-text' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c}>{(row[c] ?? '').slice(0, 80)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  )
}

function ColumnSelect({ label, columns, value, onChange }: { label: string; columns: string[]; value: string; onChange: (v: string) => void }) {
  return (
    <Select className="field" selectedKey={value} onSelectionChange={(key) => onChange(String(key))}>
      <Label>{label}</Label>
      <Button className="select-button">
        <SelectValue>{({ selectedText }) => selectedText || '(none)'}</SelectValue>
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <ListBox className="menu-list">
          {columns.map((c) => (
            <ListBoxItem key={c || '(none)'} id={c} className="menu-item" textValue={c || '(none)'}>
              {c || '(none)'}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  )
}

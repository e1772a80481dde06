import { Button, Input, Label, ListBox, ListBoxItem, Popover, SearchField, Select, SelectValue, ToggleButton } from 'react-aria-components'
import type { DocumentMeta, VariableDef } from '../../../../shared/model'
import { variableValues, type DocumentQuery, type SortKey } from './documentQuery'

interface Props {
  query: DocumentQuery
  onChange: (query: DocumentQuery) => void
  documents: readonly DocumentMeta[]
  variables: readonly VariableDef[]
}

const sortLabels: Record<SortKey, string> = { title: 'Title', outlet: 'Outlet', date: 'Date', length: 'Length' }
const ANY = '\u0000any'

/** Filter by text and by a document variable; sort by title, outlet, date or length. */
export function DocumentFilters({ query, onChange, documents, variables }: Props) {
  const variable = query.variable?.name ?? null
  return (
    <div className="document-filters">
      <SearchField aria-label="Filter documents" className="search-field" value={query.text} onChange={(text) => onChange({ ...query, text })}>
        <Input placeholder="Filter…" />
        <Button className="search-clear" aria-label="Clear filter">
          ×
        </Button>
      </SearchField>
      <div className="filter-row">
        <CompactSelect
          label="Sort by"
          value={query.sort}
          options={Object.entries(sortLabels).map(([id, name]) => ({ id, name }))}
          onChange={(sort) => onChange({ ...query, sort: sort as SortKey })}
        />
        <ToggleButton
          className="icon-button"
          aria-label="Descending order"
          isSelected={query.descending}
          onChange={(descending) => onChange({ ...query, descending })}
        >
          <span aria-hidden="true">{query.descending ? '↓' : '↑'}</span>
        </ToggleButton>
      </div>
      {variables.length > 0 && (
        <div className="filter-row">
          <CompactSelect
            label="Variable"
            value={variable ?? ANY}
            options={[{ id: ANY, name: 'Any' }, ...variables.map((v) => ({ id: v.name, name: v.name }))]}
            onChange={(name) => onChange({ ...query, variable: name === ANY ? null : { name, value: variableValues(documents, name)[0] ?? '' } })}
          />
          {variable && (
            <CompactSelect
              label="Value"
              value={query.variable!.value}
              options={variableValues(documents, variable).map((value) => ({ id: value, name: value }))}
              onChange={(value) => onChange({ ...query, variable: { name: variable, value } })}
            />
          )}
        </div>
      )}
    </div>
  )
}

interface CompactSelectProps {
  label: string
  value: string
  options: { id: string; name: string }[]
  onChange: (value: string) => void
}

/** A labelled one-of-many picker sized for a pane's header. */
function CompactSelect({ label, value, options, onChange }: CompactSelectProps) {
  return (
    <Select className="compact-select" value={value} onChange={(key) => key !== null && onChange(String(key))}>
      <Label>{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="chevron">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox items={options} className="menu-list">
          {(option) => <ListBoxItem className="menu-item">{option.name}</ListBoxItem>}
        </ListBox>
      </Popover>
    </Select>
  )
}

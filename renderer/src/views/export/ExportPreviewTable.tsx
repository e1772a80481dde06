import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components'
import type { ExportPreview } from '../../../../shared/export'

const NUMERIC = new Set(['integer', 'number'])

/** The export's first rows, one column per exported column under its exported name. */
export function ExportPreviewTable({ preview }: { preview: ExportPreview }) {
  const columns = preview.columns.map((c, index) => ({ ...c, id: `c${index}`, index }))
  const rows = preview.rows.map((cells, index) => ({ id: `r${index}`, cells }))
  return (
    <div className="table-scroll preview-scroll" role="region" aria-label="Preview of the first rows" tabIndex={0}>
      <Table aria-label="Export preview" className="data-table">
        <TableHeader columns={columns}>
          {(column) => (
            <Column id={column.id} isRowHeader={column.index === 0} className={NUMERIC.has(column.type) ? 'num' : undefined}>
              <span title={`${column.label} — ${column.description}`}>{column.name}</span>
            </Column>
          )}
        </TableHeader>
        <TableBody items={rows} renderEmptyState={() => <p className="hint table-empty">No rows: nothing matches these options.</p>}>
          {(row) => (
            <Row id={row.id} columns={columns} className="data-row">
              {(column) => {
                const value = row.cells[column.index]
                const text = value === null ? '' : String(value)
                return (
                  <Cell className={NUMERIC.has(column.type) ? 'num' : undefined}>
                    <span title={text.length > 40 ? text.slice(0, 600) : undefined}>{text.length > 120 ? `${text.slice(0, 120)}…` : text}</span>
                  </Cell>
                )
              }}
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  )
}

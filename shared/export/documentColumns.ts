import { ownValue } from '../model/ownValue'
import type { DocumentMeta, VariableDef, VariableValue } from '../model'
import type { ColumnNamer } from './columnNames'
import { compare } from './codebookOrder'
import { column, type Cell, type ExportColumn } from './exportTable'

/** Value labels of every 0/1 column made from a boolean. */
export const BOOLEAN_LABELS = [
  { value: 0, label: 'false' },
  { value: 1, label: 'true' },
]

/** The columns that identify a document and carry its variables, and how to fill them. */
export interface DocumentColumns {
  columns: ExportColumn[]
  cells(meta: DocumentMeta): Cell[]
}

/**
 * document_id, title, outlet, date, author, url, language, then one column per document
 * variable: the project's declared variables in their order, then any other variable
 * found on the documents (alphabetically). Booleans become 0/1.
 */
export function documentColumns(namer: ColumnNamer, variables: readonly VariableDef[], documents: readonly DocumentMeta[]): DocumentColumns {
  const columns = [
    column(namer.name('document_id'), 'Document id', 'string', 'Margin’s id of the document; the same in every table of this project.'),
    column(namer.name('title'), 'Title', 'string', 'Title of the document.'),
    column(namer.name('outlet'), 'Outlet', 'string', 'Publication the document appeared in.'),
    column(namer.name('date'), 'Date', 'date', 'Publication date, ISO 8601 (YYYY-MM-DD, or a full timestamp).'),
    column(namer.name('author'), 'Author', 'string', 'Author(s) as imported.'),
    column(namer.name('url'), 'URL', 'string', 'Address of the original.'),
    column(namer.name('language'), 'Language', 'string', 'Language tag of the text (e.g. "en").'),
  ]
  const declared = variables.map((v) => v.name)
  const extra = new Set<string>()
  for (const d of documents) for (const key of Object.keys(d.variables)) if (!declared.includes(key)) extra.add(key)
  const defs: VariableDef[] = [
    ...variables,
    ...[...extra].sort(compare).map((name): VariableDef => ({
      name,
      type: documents.every((d) => { const value = ownValue(d.variables, name); return value === undefined || value === null || typeof value === 'number' }) ? 'number' : 'text',
      description: '',
    })),
  ]
  for (const def of defs) {
    const description = `Document variable "${def.name}"${def.description ? `: ${def.description}` : ''}.`
    if (def.type === 'boolean') columns.push(column(namer.name(def.name), def.name, 'integer', description, { valueLabels: BOOLEAN_LABELS }))
    else if (def.type === 'number') columns.push(column(namer.name(def.name), def.name, 'number', description))
    else columns.push(column(namer.name(def.name), def.name, def.type === 'date' ? 'date' : 'string', description))
  }
  return {
    columns,
    cells: (d) => [d.id, d.title, d.outlet, d.date, d.author, d.url, d.language, ...defs.map((def) => valueCell(ownValue(d.variables, def.name)))],
  }
}

/** A variable or attribute value as a cell: booleans as 0/1, empty text as missing. */
export function valueCell(value: VariableValue | undefined): Cell {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'boolean') return value ? 1 : 0
  return value
}

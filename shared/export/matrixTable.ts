import type { Annotation, DocumentMeta } from '../model'
import { ColumnNamer } from './columnNames'
import { documentColumns } from './documentColumns'
import type { ExportOptions } from './exportOptions'
import type { ExportSelection } from './exportSelection'
import { column, type Cell, type ExportColumn, type ExportProject, type TablePlan } from './exportTable'

export const STATUS_LABELS = [
  { value: 'not-started', label: 'not started' },
  { value: 'in-progress', label: 'in progress' },
  { value: 'done', label: 'done' },
]

/**
 * The document × code matrix: one row per selected document and coder (documents in
 * project order, coders by id), the document's variables, then one column per selected
 * code holding, per `value`:
 * - presence: 1 if the coder applied the code anywhere in the document, else 0;
 * - count: the number of the coder's annotations with that code in the document;
 * - share: characters covered by the union of the code's spans (overlaps counted once)
 *   divided by the document's length, both in code points; a document-level annotation
 *   covers the whole document (1).
 * A coder who has not started a document (status "not-started", no annotation in it)
 * gets missing cells rather than zeros: not coded is not the same as absent.
 */
export function matrixTable(project: ExportProject, selection: ExportSelection, value: ExportOptions['value']): TablePlan<DocumentMeta> {
  const namer = new ColumnNamer()
  const docs = documentColumns(namer, project.variables, selection.documents)
  const columns: ExportColumn[] = [
    ...docs.columns,
    column(namer.name('characters'), 'Characters', 'integer', 'Length of the document text.', { unit: 'Unicode code points' }),
    column(namer.name('coder_id'), 'Coder id', 'string', 'Id of the coder whose coding this row holds ("consensus" for adjudicated codings).'),
    column(namer.name('coder_name'), 'Coder name', 'string', 'Name of the coder.'),
    column(namer.name('status'), 'Coding status', 'string', 'The coder’s status for the document. Code columns are empty when the coder has not started the document and has no annotation in it.', { valueLabels: STATUS_LABELS }),
  ]
  for (const code of selection.codes) {
    const path = selection.order.path(code.id)
    const common = { codeId: code.id, codePath: path }
    const group = selection.order.group(code)?.name ?? code.groupId
    const name = namer.name(`${group}_${code.name}`, 'c')
    if (value === 'presence') {
      columns.push(column(name, path, 'integer', `1 if the coder applied ${path} in the document, 0 if not.`, { ...common, valueLabels: [{ value: 0, label: 'absent' }, { value: 1, label: 'present' }] }))
    } else if (value === 'count') {
      columns.push(column(name, path, 'integer', `Number of the coder’s annotations with ${path} in the document.`, { ...common, unit: 'annotations' }))
    } else {
      columns.push(column(name, path, 'number', `Share of the document’s characters coded with ${path} (union of its spans, overlaps counted once, divided by characters; a document-level annotation counts as 1). From 0 to 1.`, { ...common, unit: 'proportion of Unicode code points' }))
    }
  }

  const documentIds = new Set(selection.documents.map((d) => d.id))
  /** document id → coder id → that coder's live annotations in it (all codes). */
  const index = new Map<string, Map<string, Annotation[]>>()
  for (const { coder, annotations } of selection.coders) {
    for (const a of annotations) {
      if (a.deleted || !documentIds.has(a.documentId)) continue
      let byCoder = index.get(a.documentId)
      if (!byCoder) index.set(a.documentId, (byCoder = new Map()))
      let list = byCoder.get(coder.id)
      if (!list) byCoder.set(coder.id, (list = []))
      list.push(a)
    }
  }

  return {
    kind: 'matrix',
    columns,
    rowCount: selection.documents.length * selection.coders.length,
    units: selection.documents,
    textFor: () => null,
    rows(document) {
      const documentCells = docs.cells(document)
      return selection.coders.map(({ coder, statuses }) => {
        const annotations = index.get(document.id)?.get(coder.id) ?? []
        const status = statuses[document.id] ?? 'not-started'
        const cells: Cell[] = [...documentCells, document.characters, coder.id, coder.name, status]
        const coded = status !== 'not-started' || annotations.length > 0
        for (const code of selection.codes) {
          if (!coded) {
            cells.push(null)
            continue
          }
          const mine = annotations.filter((a) => a.codeId === code.id)
          if (value === 'presence') cells.push(mine.length ? 1 : 0)
          else if (value === 'count') cells.push(mine.length)
          else cells.push(codedShare(mine, document.characters))
        }
        return cells
      })
    },
  }
}

/**
 * Share of a text of `characters` code points covered by the union of the annotations'
 * spans (overlaps counted once); 1 when one of them is document-level; missing for an
 * empty text.
 */
export function codedShare(annotations: readonly Pick<Annotation, 'start' | 'end'>[], characters: number): number | null {
  if (characters === 0) return null
  if (annotations.some((a) => a.start === null)) return 1
  const spans = annotations.map((a) => [a.start!, Math.min(a.end!, characters)] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1])
  let covered = 0
  let reach = 0
  for (const [start, end] of spans) {
    const from = Math.max(start, reach)
    if (end > from) covered += end - from
    reach = Math.max(reach, end)
  }
  return covered / characters
}

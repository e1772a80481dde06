import type { Annotation, AttributeDef, Code, DocumentMeta } from '../model'
import { CodePointIndex } from '../text/codePoints'
import { ColumnNamer } from './columnNames'
import { compare } from './codebookOrder'
import { documentColumns, valueCell } from './documentColumns'
import type { ExportSelection } from './exportSelection'
import { column, type Cell, type ExportColumn, type ExportProject, type TablePlan } from './exportTable'

const CODE_POINTS = 'Unicode code points'

/**
 * The segments table: one row per live annotation of the selected coders, codes and
 * documents, ordered by document (project order), coder id, start (document-level codes
 * first), end, codebook order and annotation id. Quotes are cut from the document text by
 * code point offsets, so `text[start:end] == quote` in Python. Tombstones never appear.
 */
export function segmentsTable(project: ExportProject, selection: ExportSelection): TablePlan<DocumentMeta> {
  const { order } = selection
  const namer = new ColumnNamer()
  const docs = documentColumns(namer, project.variables, selection.documents)
  const columns: ExportColumn[] = [
    ...docs.columns,
    column(namer.name('coder_id'), 'Coder id', 'string', 'Id of the coder who made the annotation ("consensus" for adjudicated codings).'),
    column(namer.name('coder_name'), 'Coder name', 'string', 'Name of the coder.'),
    column(namer.name('annotation_id'), 'Annotation id', 'string', 'Margin’s id of the annotation (stable across exports).'),
    column(namer.name('code_id'), 'Code id', 'string', 'Id of the code applied.'),
    column(namer.name('code_name'), 'Code name', 'string', 'Name of the code applied.'),
    column(namer.name('code_path'), 'Code path', 'string', 'Full path of the code: group, parent codes and code, separated by "/".'),
    column(namer.name('group'), 'Code group', 'string', 'Name of the code group the code belongs to.'),
    column(namer.name('group_kind'), 'Code group kind', 'string', 'Kind of the code group.', {
      valueLabels: ['frames', 'actors', 'stances', 'custom'].map((v) => ({ value: v, label: v })),
    }),
    column(namer.name('start'), 'Start offset', 'integer', 'Offset of the first coded character in the document text (0-based). Empty for document-level codes.', { unit: CODE_POINTS }),
    column(namer.name('end'), 'End offset', 'integer', 'Offset just after the last coded character (end exclusive): the quote is text[start:end] in Python, substr(text, start + 1, end) in R. Empty for document-level codes.', { unit: CODE_POINTS }),
    column(namer.name('quote'), 'Quoted text', 'string', 'The coded passage, exactly as in the document text (line breaks kept). Empty for document-level codes.'),
    column(namer.name('memo'), 'Memo', 'string', 'The coder’s memo on the annotation, as plain text.'),
  ]
  const attributes = attributeColumns(namer, selection.codes, selection)
  columns.push(...attributes.flatMap((a) => a.columns))
  columns.push(
    column(namer.name('created_at'), 'Created at', 'datetime', 'When the annotation was made (ISO 8601, UTC).'),
    column(namer.name('updated_at'), 'Updated at', 'datetime', 'When the annotation was last changed (ISO 8601, UTC).'),
  )

  const codeIds = new Set(selection.codes.map((c) => c.id))
  const documentIds = new Set(selection.documents.map((d) => d.id))
  const coderNames = new Map(selection.coders.map((c) => [c.coder.id, c.coder.name]))
  const byDocument = new Map<string, Annotation[]>()
  let rowCount = 0
  for (const { annotations } of selection.coders) {
    for (const a of annotations) {
      if (a.deleted || !codeIds.has(a.codeId) || !documentIds.has(a.documentId)) continue
      let list = byDocument.get(a.documentId)
      if (!list) byDocument.set(a.documentId, (list = []))
      list.push(a)
      rowCount++
    }
  }
  for (const list of byDocument.values()) {
    list.sort(
      (a, b) =>
        compare(a.coderId, b.coderId) ||
        (a.start ?? -1) - (b.start ?? -1) ||
        (a.end ?? -1) - (b.end ?? -1) ||
        order.rank(a.codeId) - order.rank(b.codeId) ||
        compare(a.id, b.id),
    )
  }
  const units = selection.documents.filter((d) => byDocument.has(d.id))
  const codeCells = new Map<string, Cell[]>(
    selection.codes.map((code) => {
      const group = order.group(code)
      return [code.id, [code.id, code.name, order.path(code.id), group?.name ?? code.groupId, group?.kind ?? null]]
    }),
  )

  return {
    kind: 'segments',
    columns,
    rowCount,
    units,
    textFor: (d) => (byDocument.get(d.id)!.some((a) => a.start !== null) ? d.id : null),
    rows(document, text) {
      const index = text === null ? null : new CodePointIndex(text)
      const documentCells = docs.cells(document)
      return byDocument.get(document.id)!.map((a) => {
        let quote: string | null = null
        if (a.start !== null && a.end !== null) {
          if (!index || a.end > index.length) {
            throw new Error(`annotation ${a.id} (coder ${a.coderId}) runs past the end of document ${document.id}; the coder file is damaged`)
          }
          quote = index.slice(a.start, a.end)
        }
        const cells: Cell[] = [
          ...documentCells,
          a.coderId,
          coderNames.get(a.coderId) ?? a.coderId,
          a.id,
          ...codeCells.get(a.codeId)!,
          a.start,
          a.end,
          quote,
          a.memo?.text || null,
        ]
        for (const attribute of attributes) cells.push(...attribute.cells(a))
        cells.push(a.createdAt, a.updatedAt)
        return cells
      })
    },
  }
}

interface AttributeColumns {
  columns: ExportColumn[]
  cells(annotation: Annotation): Cell[]
}

/**
 * One column per attribute of each selected code ("stance_polarity"), in codebook order;
 * a code-type attribute adds "<name>_name" with the referenced code's name. Cells of
 * annotations of other codes are missing.
 */
function attributeColumns(namer: ColumnNamer, codes: readonly Code[], selection: ExportSelection): AttributeColumns[] {
  const out: AttributeColumns[] = []
  for (const code of codes) {
    for (const def of code.attributes) {
      const label = `${code.name}: ${def.name}`
      const path = selection.order.path(code.id)
      const base = namer.name(`${code.name}_${def.name}`, 'a')
      const common = { codeId: code.id, codePath: path }
      const columns = [column(base, label, attributeType(def), attributeDescription(def, path), { ...common, valueLabels: def.type === 'scale' || def.type === 'list' ? def.options.map((o) => ({ ...o })) : [] })]
      if (def.type === 'code') {
        columns.push(column(namer.name(`${base}_name`, 'a'), `${label} (name)`, 'string', `Name of the code given in ${base}.`, common))
      }
      out.push({
        columns,
        cells(a) {
          if (a.codeId !== code.id) return columns.map(() => null)
          const value = valueCell(a.attributes[def.id])
          if (def.type !== 'code') return [value]
          return [value, value === null ? null : (selection.order.code(String(value))?.name ?? null)]
        },
      })
    }
  }
  return out
}

function attributeType(def: AttributeDef): ExportColumn['type'] {
  if (def.type !== 'scale') return 'string'
  return def.options.every((o) => typeof o.value === 'number') ? (def.options.every((o) => Number.isInteger(o.value)) ? 'integer' : 'number') : 'string'
}

function attributeDescription(def: AttributeDef, path: string): string {
  const what =
    def.type === 'scale' ? 'scale value' : def.type === 'list' ? 'value from a list' : def.type === 'code' ? `id of a code of group "${def.fromGroup ?? 'any'}"` : 'free text'
  return `Attribute "${def.name}" of code ${path} (${what}); empty for annotations of other codes or when not filled in.`
}

import { ownValue } from '../model/ownValue'
import type { DocumentMeta } from '../model'
import { ColumnNamer } from './columnNames'
import { documentColumns } from './documentColumns'
import type { ExportSelection } from './exportSelection'
import { column, type ExportColumn, type ExportProject, type TablePlan } from './exportTable'
import { STATUS_LABELS } from './matrixTable'

/**
 * The documents table: one row per selected document (project order) with its metadata,
 * length, and for each selected coder (by id) two columns, `status_<coder>` and
 * `n_<coder>` (live annotations of the selected codes); with `withText` the full text last.
 */
export function documentsTable(project: ExportProject, selection: ExportSelection, withText: boolean): TablePlan<DocumentMeta> {
  const namer = new ColumnNamer()
  const docs = documentColumns(namer, project.variables, selection.documents)
  const columns: ExportColumn[] = [
    ...docs.columns,
    column(namer.name('characters'), 'Characters', 'integer', 'Length of the text; every offset in Margin counts these.', { unit: 'Unicode code points' }),
    column(namer.name('words'), 'Words', 'integer', 'Number of words in the text.', { unit: 'words' }),
    column(namer.name('paragraphs'), 'Paragraphs', 'integer', 'Number of paragraphs in the text.', { unit: 'paragraphs' }),
    column(namer.name('source_file'), 'Source file', 'string', 'Name of the file the document was imported from.'),
    column(namer.name('source_format'), 'Source format', 'string', 'Format of that file (txt, md, html, docx, pdf, csv, tsv, seed).'),
    column(namer.name('imported_at'), 'Imported at', 'datetime', 'When the document was imported (ISO 8601, UTC).'),
    column(namer.name('content_hash'), 'Content hash', 'string', '"sha256:" and the SHA-256 of the text’s UTF-8 bytes: proves which text was coded.'),
  ]
  const codeIds = new Set(selection.codes.map((c) => c.id))
  const counts = new Map<string, number>()
  for (const { coder } of selection.coders) {
    columns.push(
      column(namer.name(`status_${coder.id}`), `Coding status: ${coder.name}`, 'string', `Status of the document for coder "${coder.id}" (${coder.name}).`, { valueLabels: STATUS_LABELS }),
      column(namer.name(`n_${coder.id}`), `Annotations: ${coder.name}`, 'integer', `Live annotations by coder "${coder.id}" in the document (selected codes only).`, { unit: 'annotations' }),
    )
  }
  for (const { coder, annotations } of selection.coders) {
    for (const a of annotations) {
      if (a.deleted || !codeIds.has(a.codeId)) continue
      const key = `${coder.id}\u0000${a.documentId}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  if (withText) columns.push(column(namer.name('text'), 'Text', 'string', 'The full document text as stored (NFC, "\\n" line breaks); offsets index into it.'))

  return {
    kind: 'documents',
    columns,
    rowCount: selection.documents.length,
    units: selection.documents,
    textFor: (d) => (withText ? d.id : null),
    rows(d, text) {
      const row = [...docs.cells(d), d.characters, d.words, d.paragraphs, d.source.fileName, d.source.format, d.source.importedAt, d.contentHash]
      for (const { coder, statuses } of selection.coders) row.push(ownValue(statuses, d.id) ?? 'not-started', counts.get(`${coder.id}\u0000${d.id}`) ?? 0)
      if (withText) row.push(text)
      return [row]
    },
  }
}

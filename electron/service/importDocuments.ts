import type { DocumentMeta, VariableDef, VariableValue } from '../../shared/model'
import { isoDateSchema } from '../../shared/model/ids'
import type { ImportReport } from '../../shared/contract'
import { codePointLength } from '../../shared/text/codePoints'
import { countWords, splitParagraphs } from '../../shared/text/normalize'
import { contentHash, type NewDocument, type ProjectStore } from '../store/projectStore'
import type { SourceFile } from './documentSources'
import { extractDocuments, type CsvImportOptions, type ImportedText } from './import'

export interface ImportProgress {
  (done: number, total: number, label: string): void
}

/**
 * Imports files into a project as one batch: each file is extracted and normalised,
 * duplicates (same content hash, in the project or earlier in the batch) are reported and
 * skipped, a file that fails is reported by name and reason without stopping the rest.
 * The batch is stored all-or-nothing at the end; a cancelled import stores nothing.
 */
export async function importDocuments(
  store: ProjectStore,
  files: SourceFile[],
  options: { csv?: CsvImportOptions; signal?: AbortSignal; onProgress?: ImportProgress; now?: Date } = {},
): Promise<ImportReport> {
  store.assertWritable()
  const report: ImportReport = { imported: [], duplicates: [], failed: [], cancelled: false }
  const byHash = new Map(store.documents.map((d) => [d.contentHash, d]))
  const batch: NewDocument[] = []
  const importedAt = (options.now ?? new Date()).toISOString()
  const variables = new Map(store.info.variables.map((v) => [v.name, v]))

  for (let i = 0; i < files.length; i++) {
    if (options.signal?.aborted) break
    const file = files[i]
    options.onProgress?.(i, files.length, file.name)
    let texts: ImportedText[]
    try {
      texts = await extractDocuments(file.name, await file.read(), { csv: options.csv, signal: options.signal })
    } catch (error) {
      if (options.signal?.aborted) break
      report.failed.push({ sourceName: file.name, reason: reasonOf(error) })
      continue
    }
    for (const item of texts) {
      const hash = contentHash(item.text)
      const existing = byHash.get(hash)
      if (existing) {
        report.duplicates.push({ sourceName: item.sourceName, existingId: existing.id, existingTitle: existing.title })
        continue
      }
      const meta = buildMeta(item, hash, importedAt)
      for (const [name, value] of Object.entries(meta.variables)) declareVariable(variables, name, value)
      byHash.set(hash, meta)
      batch.push({ meta, text: item.text })
    }
  }
  if (options.signal?.aborted) return { imported: [], duplicates: [], failed: [], cancelled: true }
  options.onProgress?.(files.length, files.length, 'Saving')
  if (batch.length) {
    try {
      await store.addDocuments(batch, [...variables.values()], options.signal)
    } catch (error) {
      if (options.signal?.aborted) return { imported: [], duplicates: [], failed: [], cancelled: true }
      throw error
    }
  }
  report.imported = batch.map(({ meta }) => ({ id: meta.id, title: meta.title, sourceName: meta.source.fileName }))
  return report
}

function buildMeta(item: ImportedText, hash: string, importedAt: string): DocumentMeta {
  return {
    id: `doc-${hash.slice('sha256:'.length, 'sha256:'.length + 16)}`,
    contentHash: hash,
    title: item.title,
    outlet: item.outlet,
    date: item.date,
    author: item.author,
    url: item.url,
    language: item.language,
    variables: item.variables,
    characters: codePointLength(item.text),
    words: countWords(item.text),
    paragraphs: splitParagraphs(item.text).length,
    source: { fileName: item.sourceName, format: item.format, importedAt },
  }
}

/** Declares a variable the first time it is seen; a value of another type makes it text. */
function declareVariable(variables: Map<string, VariableDef>, name: string, value: VariableValue): void {
  if (value === null) return
  // Dates as inferVariableType judges them: "2024-01-05 morning" or a time without a zone is
  // text, and declaring it a date would tell R or Stata to parse it as one (dropping the rest).
  const type = typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : isoDateSchema.safeParse(value).success ? 'date' : 'text'
  const known = variables.get(name)
  if (!known) variables.set(name, { name, type, description: '' })
  else if (known.type !== type) variables.set(name, { ...known, type: 'text' })
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // ImportFileError messages start with the file name, which the report already shows.
  const reason = (error as { reason?: unknown }).reason
  return typeof reason === 'string' ? reason : message
}

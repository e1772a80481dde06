import { once } from 'node:events'
import { mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { Writable } from 'node:stream'
import {
  csvHeader,
  csvRows,
  dictionaryColumns,
  dictionaryRows,
  exportOptionsSchema,
  ExportOptionError,
  planExport,
  spssSyntax,
  StringWidths,
  type Cell,
  type CsvFormat,
  type ExportOptionsInput,
  type ExportPreview,
  type ExportSummary,
  type TablePlan,
} from '../../../shared/export'
import { writeFileAtomic } from '../../store/atomicWrite'
import type { ProjectStore } from '../../store/projectStore'
import { AtomicStreamFile } from './atomicStreamFile'
import { dictionaryPathFor, exportTargetProblem, spssPathFor } from './exportPaths'
import { loadExportProject } from './loadExportProject'

/**
 * Where a table goes: a file (written atomically, with its data dictionary beside it
 * unless `dictionaryPath` is null, and the SPSS syntax if asked for), or a stream such as
 * stdout (the dictionary only when `dictionaryPath` is given).
 */
export type ExportSink =
  | { path: string; dictionaryPath?: string | null }
  | { stream: Writable; dictionaryPath?: string | null }

export interface ExportHooks {
  signal?: AbortSignal
  /** Called after every chunk with rows written so far. */
  onProgress?: (done: number, total: number, label: string) => void
}

/** Rows per papaparse `unparse` call and per write: big enough to be fast, small enough to stream. */
const CHUNK_ROWS = 2000

/**
 * Exports one table of the project as CSV, streaming rows in chunks so memory stays
 * bounded by the project, not by the output. Same project and options → same bytes.
 * Throws ExportOptionError for bad filters or target files (before anything is written) and an
 * "export cancelled" error when `signal` aborts (the target file is then untouched).
 */
export async function exportTable(store: ProjectStore, input: ExportOptionsInput, sink: ExportSink, hooks: ExportHooks = {}): Promise<ExportSummary> {
  const options = exportOptionsSchema.parse(input)
  const plan = planExport(await loadExportProject(store), options)
  const format: CsvFormat = { delimiter: options.delimiter, bom: options.bom, missing: options.missing }
  const path = 'path' in sink ? resolve(sink.path) : null
  const dictionaryPath = sink.dictionaryPath === undefined ? (path ? dictionaryPathFor(path) : null) : sink.dictionaryPath && resolve(sink.dictionaryPath)
  const spssPath = options.spss && path ? spssPathFor(path) : null
  const problem = await exportTargetProblem(store.dir, [path, dictionaryPath || null, spssPath])
  if (problem) throw new ExportOptionError(problem)
  // Measuring every cell costs time; only the SPSS syntax needs the widths.
  const widths = spssPath ? new StringWidths(plan.columns.length) : null

  if ('stream' in sink) {
    await writeTable(store, plan, format, widths, (chunk) => writeToStream(sink.stream, chunk), hooks)
  } else {
    // The Export dialog suggests the project's exports/ folder, which may not exist yet.
    await mkdir(dirname(path!), { recursive: true })
    const file = await AtomicStreamFile.create(path!)
    try {
      await writeTable(store, plan, format, widths, (chunk) => file.write(chunk), hooks)
      await file.commit()
    } catch (error) {
      await file.abort()
      throw error
    }
  }
  if (dictionaryPath) {
    await writeFileAtomic(dictionaryPath, csvHeader(dictionaryColumns, format) + csvRows(dictionaryRows(plan.columns), format))
  }
  if (spssPath) await writeFileAtomic(spssPath, spssSyntax(plan.columns, widths!.bytes, path!, format))
  return { table: plan.kind, rows: plan.rowCount, columns: plan.columns.length, path, dictionaryPath, spssPath }
}

/** The columns, the first `limit` rows (raw cells, not yet formatted) and the row count. */
export async function previewExport(store: ProjectStore, input: ExportOptionsInput, limit = 50): Promise<ExportPreview> {
  const options = exportOptionsSchema.parse(input)
  const plan = planExport(await loadExportProject(store), options)
  const rows: Cell[][] = []
  for (const unit of plan.units) {
    if (rows.length >= limit) break
    rows.push(...(await unitRows(store, plan, unit)))
  }
  return { table: plan.kind, columns: plan.columns, rows: rows.slice(0, limit), totalRows: plan.rowCount }
}

async function writeTable(
  store: ProjectStore,
  plan: TablePlan,
  format: CsvFormat,
  widths: StringWidths | null,
  write: (chunk: string) => Promise<void>,
  { signal, onProgress }: ExportHooks,
): Promise<void> {
  await write(csvHeader(plan.columns, format))
  let pending: Cell[][] = []
  let done = 0
  const flush = async () => {
    if (signal?.aborted) throw new Error('export cancelled')
    await write(csvRows(pending, format, widths ?? undefined))
    done += pending.length
    pending = []
    onProgress?.(done, plan.rowCount, `${plan.kind}: ${done} of ${plan.rowCount} rows`)
  }
  for (const unit of plan.units) {
    for (const row of await unitRows(store, plan, unit)) pending.push(row)
    if (pending.length >= CHUNK_ROWS) await flush()
  }
  if (pending.length || done === 0) await flush()
}

async function unitRows(store: ProjectStore, plan: TablePlan, unit: unknown): Promise<Cell[][]> {
  const documentId = plan.textFor(unit)
  return plan.rows(unit, documentId === null ? null : await store.readText(documentId))
}

async function writeToStream(stream: Writable, chunk: string): Promise<void> {
  if (!chunk) return
  if (!stream.write(chunk)) await once(stream, 'drain')
}

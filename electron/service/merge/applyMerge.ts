import { createHash } from 'node:crypto'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { MergeReport } from '../../../shared/contract'
import type { CoderJournalEntry } from '../../store/coderJournalEntry'
import type { CoderStore } from '../../store/coderStore'
import type { ProjectStore } from '../../store/projectStore'
import { UserError } from '../dispatch'
import { readAnnotationSources } from './annotationSources'
import { listMerges, mergeBackupPath, newMergeId, writeMergeRecord, type MergeRecord } from './mergeRecord'
import { planMerge, type CoderState } from './mergePlan'
import { leadView } from './placement'
import { QUARANTINE_FILE, readQuarantine, writeQuarantine } from './quarantineFile'

export interface MergeRequest {
  /** Annotation files; none = only retry the quarantine. */
  paths: readonly string[]
  /** Plan and report, change nothing. */
  dryRun?: boolean
  /** Place annotations of an unknown code id on the one code with the same name. */
  matchCodeNames?: boolean
  now?: Date
  /** Cancels the merge while it reads and plans; once it writes, it finishes. */
  signal?: AbortSignal
  onProgress?: (done: number, total: number, label: string) => void
}

/**
 * Merges coders' annotation files into the project (see planMerge for the rules). Every
 * file is read and validated first, so a bad file changes nothing. Before writing, each
 * file the merge touches is copied to `.margin/merges/<id>/` and a record saying so is
 * written; then coder files are committed (journal, fsync) and folded, the quarantine
 * rewritten, and the record completed with the files' new hashes, which undo checks.
 */
export async function mergeAnnotationFiles(store: ProjectStore, request: MergeRequest): Promise<MergeReport> {
  const now = request.now ?? new Date()
  if (!request.dryRun) store.assertWritable()
  const steps = 3 + request.paths.length
  request.onProgress?.(0, steps, 'Reading the annotation files')
  const sources = await readAnnotationSources(request.paths)
  throwIfCancelled(request.signal)
  request.onProgress?.(request.paths.length, steps, 'Comparing with the project')
  const stores = await store.coders()
  for (const { file, name } of sources) {
    const damaged = store.problems.find((p) => p.file === `annotations/${file.coder.id}.json`)
    if (damaged) throw new UserError(`cannot merge ${name}: the project's ${damaged.file} is damaged (${damaged.message})`)
  }
  const quarantine = await readQuarantine(store.dir)
  const states = new Map<string, CoderState>()
  for (const [id, coder] of stores) states.set(id, coderState(coder))
  const plan = planMerge({
    view: leadView(store.documents, store.codebook),
    options: { matchCodeNames: request.matchCodeNames },
    coders: states,
    quarantine,
    sources,
  })
  const touched = plan.changes.map((c) => coderPath(stores.get(c.coder.id), c.coder.id))
  if (plan.quarantineChanged) touched.push(QUARANTINE_FILE)
  touched.sort()
  const report: MergeReport = {
    id: null,
    dryRun: Boolean(request.dryRun),
    at: now.toISOString(),
    files: sources.map((s) => ({ name: s.name, coderId: s.file.coder.id, coderName: s.file.coder.name, annotations: s.file.annotations.length, sha256: s.sha256 })),
    ...plan.report,
    touched,
    changed: touched.length > 0,
  }
  if (request.dryRun) return report
  throwIfCancelled(request.signal)
  request.onProgress?.(request.paths.length + 1, steps, 'Writing coder files')

  const id = newMergeId(now, (await listMerges(store.dir)).map((m) => m.id))
  report.id = id
  const backups: MergeRecord['backups'] = []
  for (const change of plan.changes) await stores.get(change.coder.id)?.compact()
  for (const path of touched) {
    const target = mergeBackupPath(store.dir, id, path)
    await mkdir(dirname(target), { recursive: true })
    const existed = await copyFile(join(store.dir, path), target).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false
        throw error
      },
    )
    backups.push({ path, existed, sha256After: null })
  }
  const record: MergeRecord = { format: 'margin-merge', schemaVersion: 1, ...report, complete: false, backups, undoneAt: null }
  await writeMergeRecord(store.dir, record)

  // Coder files are independent: writing them together overlaps one's fsync with the next's serialising.
  await Promise.all(
    plan.changes.map(async (change) => {
      const coder = stores.get(change.coder.id) ?? (await store.addCoder(change.coder))
      const entries: CoderJournalEntry[] = [
        ...change.puts.map((annotation) => ({ op: 'put' as const, annotation })),
        ...change.statuses.map(({ documentId, status }) => ({ op: 'status' as const, documentId, status })),
        ...change.memos.map(({ documentId, memo }) => ({ op: 'documentMemo' as const, documentId, memo })),
      ]
      await coder.commitBatch(entries)
    }),
  )
  if (plan.quarantineChanged) await writeQuarantine(store.dir, plan.quarantine)

  request.onProgress?.(request.paths.length + 2, steps, 'Recording the merge for undo')
  await Promise.all(backups.map(async (backup) => (backup.sha256After = await fileSha256(join(store.dir, backup.path)))))
  await writeMergeRecord(store.dir, { ...record, complete: true, backups })
  return report
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new UserError('merge cancelled; nothing was changed')
}

function coderState(coder: CoderStore): CoderState {
  return {
    coder: coder.coder,
    get: (id) => coder.get(id),
    statuses: coder.statuses,
    memo: (documentId) => coder.documentMemo(documentId),
  }
}

function coderPath(coder: CoderStore | undefined, coderId: string): string {
  return `annotations/${coder?.fileName ?? `${coderId}.json`}`
}

/** The SHA-256 of a file's bytes, or null when it does not exist. */
export async function fileSha256(path: string): Promise<string | null> {
  try {
    return createHash('sha256').update(await readFile(path)).digest('hex')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

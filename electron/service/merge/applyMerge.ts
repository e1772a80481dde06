import { createHash } from 'node:crypto'
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import type { MergeReport } from '../../../shared/contract'
import { CoderStore, type CoderHold } from '../../store/coderStore'
import type { ProjectStore } from '../../store/projectStore'
import { UserError } from '../dispatch'
import { listMerges, mergeBackupPath, newMergeId, pruneMergeCopies, writeMergeRecord, type MergeRecord } from './mergeRecord'
import type { CoderChanges } from './coderPlan'
import { combineCoderPlans } from './mergePlan'
import { MergeWorkerFailure, MergeWorkerThread } from './mergeWorkerThread'
import { coderState, MergeWorkspace, type CoderAccess, type FileSummary, type MergeContext, type MergeExecutor, type PlannedCoder } from './mergeWorkspace'
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
  /**
   * Worker threads to share the files with, as evenly as their sizes allow. By default
   * chosen from the files' size and the machine's cores, with the main thread taking more
   * while the workers start.
   */
  workers?: number
  /** The built worker script (the Electron app's); without it the worker runs from source. */
  workerEntry?: string
}

/** Below this much input, starting a worker thread costs more than it saves. */
const WORKER_MIN_BYTES = 16 * 1024 * 1024
/**
 * A worker's start-up, counted as this many bytes of file the main thread reads meanwhile:
 * about 0.1 s for the built worker, 0.4 s from source (tsx compiles it first).
 */
const WORKER_START_BYTES = { built: 8 * 1024 * 1024, source: 32 * 1024 * 1024 }

/**
 * Merges coders' annotation files into the project (see planCoder for the rules). Every
 * file is read and validated before anything changes, so a bad file changes nothing.
 * Each coder's next file is staged (written and fsynced beside the current one); then every
 * file the merge touches is copied to `.margin/merges/<id>/`, a record saying so is
 * written, the staged files are put in place, the quarantine rewritten, and the record
 * completed with the files' new hashes, which undo checks.
 *
 * Coders are independent, so large merges share them between this thread and worker
 * threads: each thread reads its files, plans their coders and stages their files; only
 * small summaries cross threads. The open store reads coders a worker wrote again when
 * next used. A worker that fails leaves its share to this thread.
 */
export async function mergeAnnotationFiles(store: ProjectStore, request: MergeRequest): Promise<MergeReport> {
  const now = request.now ?? new Date()
  const { paths, dryRun = false } = request
  if (!dryRun) store.assertWritable()
  const steps = 3 + paths.length
  request.onProgress?.(0, steps, 'Reading the annotation files')
  const stores = await store.coders()
  const holds = new Map<string, CoderHold>()
  const executors: MergeExecutor[] = []
  const workers: MergeWorkerThread[] = []
  try {
    // Any file may be any coder's: hold them all (writes wait) and fold their journals, so
    // that every thread sees each coder as it is and nothing changes under the merge.
    if (!dryRun) {
      for (const [coderId, coder] of stores) {
        const hold = await coder.hold()
        holds.set(coderId, hold)
        await hold.compact()
      }
    }
    const context: MergeContext = {
      view: leadView(store.documents, store.codebook),
      options: { matchCodeNames: request.matchCodeNames },
      coderFiles: Object.fromEntries([...stores].map(([id, coder]) => [id, coder.fileName])),
      quarantine: await readQuarantine(store.dir),
      stage: !dryRun,
    }
    const here = new MergeWorkspace(context, new OpenProjectCoders(store, holds))
    executors.push(here)
    const sizes = await Promise.all(paths.map((path) => stat(path).then((s) => s.size, () => 0)))
    const workerCount = request.workers ?? defaultWorkerCount(sizes)
    if (workerCount) {
      const documents = store.documents.map(({ id, contentHash, characters }) => ({ id, contentHash, characters }))
      const { options, coderFiles, quarantine, stage } = context
      for (let i = 0; i < workerCount; i++) {
        workers.push(new MergeWorkerThread({ projectDir: store.dir, documents, codebook: store.codebook, options, coderFiles, quarantine, stage }, request.workerEntry))
      }
      executors.push(...workers)
    }
    /** Runs a step on thread `e`, or on this one when that worker failed (said once, for whoever reads the log). */
    const warned = new Set<number>()
    const onThread = async <T>(e: number, step: (executor: MergeExecutor) => Promise<T>): Promise<{ e: number; value: T }> => {
      try {
        return { e, value: await step(executors[e]) }
      } catch (error) {
        if (e === 0 || !(error instanceof MergeWorkerFailure)) throw error
        if (!warned.has(e)) console.warn(`margin: ${error.message}; the main thread merges its share`)
        warned.add(e)
        return { e: 0, value: await step(here) }
      }
    }

    const startBytes = request.workers !== undefined ? 0 : request.workerEntry ? WORKER_START_BYTES.built : WORKER_START_BYTES.source
    const assigned = assignFiles(sizes, executors.length, startBytes)
    const results = await Promise.allSettled(paths.map((path, i) => onThread(assigned[i], (x) => x.readAndPlan(i, path))))
    const failed = results.find((r) => r.status === 'rejected')
    if (failed) throw failed.reason
    const read = results.map((r) => (r as PromiseFulfilledResult<{ e: number; value: { file: FileSummary; planned: PlannedCoder } }>).value)
    const files = read.map((r) => r.value.file)
    throwIfCancelled(request.signal)
    request.onProgress?.(paths.length, steps, 'Comparing with the project')

    const filesOf = new Map<string, number[]>()
    for (const f of files) filesOf.set(f.coder.id, [...(filesOf.get(f.coder.id) ?? []), f.index])
    for (const [coderId, indices] of filesOf) {
      const damaged = store.problems.find((p) => p.file === `annotations/${coderId}.json`)
      if (damaged) throw new UserError(`cannot merge ${files[indices[0]].name}: the project's ${damaged.file} is damaged (${damaged.message})`)
    }
    // Each coder's plan, and the thread holding what it staged. A coder with one file was
    // planned where it was read; with several, again where the largest was read; with
    // none (only in quarantine), here.
    const planned = new Map<string, { e: number; value: PlannedCoder }>()
    const again: Promise<void>[] = []
    for (const [coderId, indices] of filesOf) {
      if (indices.length === 1) planned.set(coderId, { e: read[indices[0]].e, value: read[indices[0]].value.planned })
      else {
        const e = read[largest(indices, sizes)].e
        const job = { coderId, files: indices.map((index) => ({ index, path: paths[index], sha256: files[index].sha256 })) }
        again.push(onThread(e, (x) => x.planCoder(job)).then((result) => void planned.set(coderId, result)))
      }
    }
    const quarantined = new Set([...context.quarantine.annotations.map((q) => q.coder.id), ...context.quarantine.documentRecords.map((q) => q.coder.id)])
    for (const coderId of quarantined) {
      if (!filesOf.has(coderId)) again.push(here.planCoder({ coderId, files: [] }).then((value) => void planned.set(coderId, { e: 0, value })))
    }
    await Promise.all(again)

    const plan = combineCoderPlans([...planned.values()].map((p) => p.value.plan), context.quarantine)
    const coderPath = (coderId: string) => `annotations/${stores.get(coderId)?.fileName ?? `${coderId}.json`}`
    const touched = [...plan.changed.keys()].map(coderPath)
    if (plan.quarantineChanged) touched.push(QUARANTINE_FILE)
    touched.sort()
    const report: MergeReport = {
      id: null,
      dryRun,
      at: now.toISOString(),
      files: files.map((f) => ({ name: f.name, coderId: f.coder.id, coderName: f.coder.name, annotations: f.annotations, sha256: f.sha256 })),
      ...plan.report,
      touched,
      changed: touched.length > 0,
    }
    if (dryRun) return report
    throwIfCancelled(request.signal)
    request.onProgress?.(paths.length + 1, steps, 'Writing coder files')

    const id = newMergeId(now, (await listMerges(store.dir)).map((m) => m.id))
    report.id = id
    const backups: MergeRecord['backups'] = []
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

    const changed = [...plan.changed.keys()]
    try {
      await Promise.all(changed.map((coderId) => executors[planned.get(coderId)!.e].publish(coderId)))
    } finally {
      // Whatever a worker put in place, the open store takes from disk when next used.
      for (const coderId of changed) {
        if (planned.get(coderId)!.e === 0) continue
        holds.get(coderId)?.retire(() => store.coder(coderId).then((next) => next ?? Promise.reject(new Error(`coder ${coderId} is gone after the merge`))))
        store.invalidateCoders([coderPath(coderId).slice('annotations/'.length)])
      }
    }
    if (plan.quarantineChanged) await writeQuarantine(store.dir, plan.quarantine)

    request.onProgress?.(paths.length + 2, steps, 'Recording the merge for undo')
    const written = new Map(changed.map((coderId) => [coderPath(coderId), planned.get(coderId)!.value.staged!.sha256]))
    await Promise.all(backups.map(async (backup) => (backup.sha256After = written.get(backup.path) ?? (await fileSha256(join(store.dir, backup.path))))))
    await writeMergeRecord(store.dir, { ...record, complete: true, backups })
    await pruneMergeCopies(store.dir, now)
    return report
  } finally {
    await Promise.all(executors.map((x) => x.discard().catch(() => {})))
    for (const hold of holds.values()) hold.release()
    await Promise.all(workers.map((w) => w.close()))
  }
}

/** The open project's coders, as this thread's workspace plans and stages them. */
class OpenProjectCoders implements CoderAccess {
  constructor(
    private readonly store: ProjectStore,
    /** Every coder's store, held for the merge (none in a dry run). */
    private readonly holds: ReadonlyMap<string, CoderHold>,
  ) {}

  async state(coderId: string) {
    const coder = this.holds.get(coderId)?.store ?? (await this.store.coder(coderId))
    return coder && coderState(coder)
  }

  async stage(coderId: string, change: CoderChanges) {
    const hold = this.holds.get(coderId)
    if (hold) return hold.stageBatch(change)
    const staged = await CoderStore.stageNew(this.store.dir, change.coder, change)
    return { ...staged, publish: async () => {
      await staged.publish()
      await this.store.registerCoder(staged.open())
    } }
  }
}

/**
 * As many workers as cores (the main thread makes one more thread than cores, which
 * balances whole coders better: five coders on two cores split 2/2/1, not 3/2), one fewer
 * than files, at most four.
 */
function defaultWorkerCount(sizes: readonly number[]): number {
  const total = sizes.reduce((a, b) => a + b, 0)
  if (sizes.length < 2 || total < WORKER_MIN_BYTES) return 0
  return Math.min(availableParallelism(), sizes.length - 1, 4)
}

/** Which thread reads each file: largest first onto the least loaded, workers starting `startBytes` behind. */
function assignFiles(sizes: readonly number[], threads: number, startBytes: number): number[] {
  const load = Array.from({ length: threads }, (_, e) => (e === 0 ? 0 : startBytes))
  const out = new Array<number>(sizes.length)
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b)
  for (const i of order) {
    let best = 0
    for (let e = 1; e < threads; e++) if (load[e] < load[best]) best = e
    out[i] = best
    load[best] += sizes[i]
  }
  return out
}

function largest(indices: readonly number[], sizes: readonly number[]): number {
  return indices.reduce((best, i) => (sizes[i] > sizes[best] ? i : best), indices[0])
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new UserError('merge cancelled; nothing was changed')
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

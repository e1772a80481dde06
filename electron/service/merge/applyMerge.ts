import { createHash } from 'node:crypto'
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { MergeReport } from '../../../shared/contract'
import { removeStaleTempFiles } from '../../store/atomicWrite'
import type { CoderHold } from '../../store/coderStore'
import type { ProjectStore } from '../../store/projectStore'
import { UserError } from '../dispatch'
import { listMerges, mergeBackupPath, newMergeId, pruneMergeCopies, writeMergeRecord, type MergeRecord } from './mergeRecord'
import { combineCoderPlans, type MergePlan } from './mergePlan'
import { MergeThreads, type ThreadOptions } from './mergeThreads'
import { MergeWorkerFailure } from './mergeWorkerThread'
import type { CoderJob, FileSummary, MergeContext, PlannedCoder } from './mergeWorkspace'
import { OpenProjectCoders } from './openProjectCoders'
import { leadView } from './placement'
import { QUARANTINE_FILE, readQuarantine, writeQuarantine } from './quarantineFile'

export interface MergeRequest extends ThreadOptions {
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

/** A coder's plan and the thread holding what it staged (0: this one). */
type Planned = Map<string, { e: number; value: PlannedCoder }>

/**
 * Merges coders' annotation files into the project (see planCoder for the rules). Every
 * file is read and validated before anything changes, so a bad file changes nothing.
 * Each coder's next file is staged (written and fsynced beside the current one); then every
 * file the merge touches is copied to `.margin/merges/<id>/`, a record saying so is
 * written, the staged files are put in place, the quarantine rewritten, and the record
 * completed with the files' new hashes, which undo checks.
 *
 * Coders are independent, so large merges share them between this thread and worker
 * threads (see MergeThreads): each thread reads its files, plans their coders and stages
 * their files; only small summaries cross threads. The open store reads coders a worker
 * wrote again when next used. A worker that fails leaves its share to this thread. Merges,
 * undoing them and adding coders run one at a time; coding waits while a merge holds it.
 */
export async function mergeAnnotationFiles(store: ProjectStore, request: MergeRequest): Promise<MergeReport> {
  if (!request.dryRun) store.assertWritable()
  return store.exclusive(() => merge(store, request))
}

async function merge(store: ProjectStore, request: MergeRequest): Promise<MergeReport> {
  const now = request.now ?? new Date()
  const { paths, dryRun = false } = request
  const steps = 3 + paths.length
  request.onProgress?.(0, steps, 'Reading the annotation files')
  const stores = await store.coders()
  const holds = new Map<string, CoderHold>()
  let threads: MergeThreads | null = null
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
    const sizes = await Promise.all(paths.map((path) => stat(path).then((s) => s.size, () => 0)))
    const documents = store.documents.map(({ id, contentHash, characters }) => ({ id, contentHash, characters }))
    threads = new MergeThreads(context, new OpenProjectCoders(store, holds), { projectDir: store.dir, documents, codebook: store.codebook }, sizes, request)

    const assigned = threads.assign(sizes)
    const read = await settleAll(paths.map((path, i) => threads!.run(assigned[i], (x) => x.readAndPlan(i, path))))
    const files = read.map((r) => r.value.file)
    throwIfCancelled(request.signal)
    request.onProgress?.(paths.length, steps, 'Comparing with the project')

    const jobs = coderJobs(files, paths, context)
    for (const job of jobs.values()) {
      const damaged = store.problems.find((p) => p.file === `annotations/${job.coderId}.json`)
      const what = job.files.length ? files[job.files[0].index].name : `the quarantined annotations of ${job.coderId}`
      if (damaged) throw new UserError(`cannot merge ${what}: the project's ${damaged.file} is damaged (${damaged.message})`)
    }
    const planned = await planAll(threads, jobs, read, sizes, dryRun)
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

    report.id = newMergeId(now, (await listMerges(store.dir)).map((m) => m.id))
    const record = await recordBeforeWriting(store.dir, report)
    const failures = await publishAll(threads, jobs, planned, plan, holds, store, coderPath)
    if (failures.length === 0 && plan.quarantineChanged) await writeQuarantine(store.dir, plan.quarantine)

    request.onProgress?.(paths.length + 2, steps, 'Recording the merge for undo')
    const staged = new Map([...plan.changed.keys()].map((coderId) => [coderPath(coderId), planned.get(coderId)!.value.staged!.sha256]))
    for (const backup of record.backups) {
      // After a failure, what is on disk is what undo must find unchanged.
      backup.sha256After = failures.length ? await fileSha256(join(store.dir, backup.path)) : (staged.get(backup.path) ?? (await fileSha256(join(store.dir, backup.path))))
    }
    if (failures.length) {
      const message = failures.map((e) => e.message).join('; ')
      await writeMergeRecord(store.dir, { ...record, failedAt: new Date().toISOString(), failure: message })
      throw new Error(`the merge could not write every coder file (${message}); undo it with merge --undo ${report.id}`)
    }
    await writeMergeRecord(store.dir, { ...record, complete: true })
    await pruneMergeCopies(store.dir, now).catch((error: Error) => console.warn(`margin: could not remove old pre-merge copies: ${error.message}`))
    return report
  } finally {
    await threads?.close()
    // A worker stopped mid-write leaves a temp file that no thread will rename or remove.
    if (threads?.usedWorkers) await removeStaleTempFiles(join(store.dir, 'annotations'))
    for (const hold of holds.values()) hold.release()
  }
}

/** Every coder the merge concerns (a file of theirs, or something of theirs in quarantine), with their files in order. */
function coderJobs(files: readonly FileSummary[], paths: readonly string[], context: MergeContext): Map<string, CoderJob> {
  const jobs = new Map<string, CoderJob>()
  const jobOf = (coderId: string) => {
    let job = jobs.get(coderId)
    if (!job) jobs.set(coderId, (job = { coderId, files: [] }))
    return job
  }
  for (const f of files) jobOf(f.coder.id).files.push({ index: f.index, path: paths[f.index], sha256: f.sha256 })
  for (const q of context.quarantine.annotations) jobOf(q.coder.id)
  for (const r of context.quarantine.documentRecords) jobOf(r.coder.id)
  return jobs
}

/**
 * Each coder's plan. A coder with one file was planned where it was read; with several,
 * again where the largest was read; with none (only in quarantine), here. A coder staged
 * by a worker that has stopped since is planned again here, before anything is written.
 */
async function planAll(
  threads: MergeThreads,
  jobs: ReadonlyMap<string, CoderJob>,
  read: readonly { e: number; value: { planned: PlannedCoder } }[],
  sizes: readonly number[],
  dryRun: boolean,
): Promise<Planned> {
  const planned: Planned = new Map()
  const again: Promise<void>[] = []
  for (const job of jobs.values()) {
    if (job.files.length === 1) planned.set(job.coderId, { e: read[job.files[0].index].e, value: read[job.files[0].index].value.planned })
    else {
      const e = job.files.length ? read[largest(job.files.map((f) => f.index), sizes)].e : 0
      again.push(threads.run(e, (x) => x.planCoder(job)).then((result) => void planned.set(job.coderId, result)))
    }
  }
  await settleAll(again)
  if (!dryRun) {
    for (const [coderId, p] of planned) {
      if (threads.failed(p.e)) planned.set(coderId, { e: 0, value: await threads.here.planCoder(jobs.get(coderId)!) })
    }
  }
  return planned
}

/** Copies every file the merge will touch to `.margin/merges/<id>/` and writes the record that undo reads. */
async function recordBeforeWriting(projectDir: string, report: MergeReport): Promise<MergeRecord> {
  const backups: MergeRecord['backups'] = []
  for (const path of report.touched) {
    const target = mergeBackupPath(projectDir, report.id!, path)
    await mkdir(dirname(target), { recursive: true })
    const existed = await copyFile(join(projectDir, path), target).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false
        throw error
      },
    )
    backups.push({ path, existed, sha256After: null })
  }
  const record: MergeRecord = { format: 'margin-merge', schemaVersion: 1, ...report, complete: false, backups, undoneAt: null }
  await writeMergeRecord(projectDir, record)
  return record
}

/**
 * Puts every staged coder file in place and waits for all of them, whatever fails: a coder
 * whose worker stopped is planned and published here instead. Coders a worker published
 * are read again by the open store when next used; their held stores are retired. Returns
 * the failures.
 */
async function publishAll(
  threads: MergeThreads,
  jobs: ReadonlyMap<string, CoderJob>,
  planned: Planned,
  plan: MergePlan,
  holds: ReadonlyMap<string, CoderHold>,
  store: ProjectStore,
  coderPath: (coderId: string) => string,
): Promise<Error[]> {
  const changed = [...plan.changed.keys()]
  const publish = async (coderId: string) => {
    const { e } = planned.get(coderId)!
    try {
      await threads.executor(e).publish(coderId)
    } catch (error) {
      if (e === 0 || !(error instanceof MergeWorkerFailure)) throw error
      threads.warn(e, error)
      // The coder is still held, so this thread's view of them is the one the worker planned from.
      planned.set(coderId, { e: 0, value: await threads.here.planCoder(jobs.get(coderId)!) })
      await threads.here.publish(coderId)
    }
  }
  const outcomes = await Promise.allSettled(changed.map(publish))
  outcomes.forEach((outcome, i) => {
    const coderId = changed[i]
    if (outcome.status === 'rejected' || planned.get(coderId)!.e === 0) return
    holds.get(coderId)?.retire(() => store.coder(coderId).then((next) => next ?? Promise.reject(new Error(`coder ${coderId} is gone after the merge`))))
    store.invalidateCoders([coderPath(coderId).slice('annotations/'.length)])
  })
  return outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => (o.reason instanceof Error ? o.reason : new Error(String(o.reason))))
}

/** Waits for every step, then fails with the first failure in the order given (so errors name files as listed). */
async function settleAll<T>(steps: readonly Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(steps)
  const failed = results.find((r) => r.status === 'rejected')
  if (failed) throw failed.reason
  return results.map((r) => (r as PromiseFulfilledResult<T>).value)
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

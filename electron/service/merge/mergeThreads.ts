import { availableParallelism } from 'node:os'
import { MergeWorkerFailure, MergeWorkerThread } from './mergeWorkerThread'
import type { MergeWorkerInit } from './mergeWorkerProtocol'
import type { CoderAccess, MergeContext, MergeExecutor } from './mergeWorkspace'
import { MergeWorkspace } from './mergeWorkspace'

/** Below this much input, starting a worker thread costs more than it saves. */
const WORKER_MIN_BYTES = 16 * 1024 * 1024
/**
 * A worker's start-up, counted as this many bytes of file the main thread reads meanwhile:
 * about 0.1 s for the built worker, 0.4 s from source (tsx compiles it first).
 */
const WORKER_START_BYTES = { built: 8 * 1024 * 1024, source: 32 * 1024 * 1024 }

export interface ThreadOptions {
  /** Worker threads; by default chosen from the files' sizes and the machine's cores. */
  workers?: number
  /** The built worker script (the Electron app's); without it the worker runs from source. */
  workerEntry?: string
}

/**
 * The threads one merge runs on: this one (thread 0, a MergeWorkspace over the open
 * project) and its workers. A step asked of a worker that has failed is done here instead,
 * and said once in the log.
 */
export class MergeThreads {
  readonly here: MergeWorkspace
  private readonly workers: MergeWorkerThread[] = []
  private readonly warned = new Set<number>()
  private readonly startBytes: number

  constructor(context: MergeContext, coders: CoderAccess, init: Omit<MergeWorkerInit, 'options' | 'coderFiles' | 'quarantine' | 'stage'>, sizes: readonly number[], options: ThreadOptions) {
    this.here = new MergeWorkspace(context, coders)
    const count = options.workers ?? defaultWorkerCount(sizes)
    const { options: placement, coderFiles, quarantine, stage } = context
    for (let i = 0; i < count; i++) this.workers.push(new MergeWorkerThread({ ...init, options: placement, coderFiles, quarantine, stage }, options.workerEntry))
    // Workers asked for by number share the files evenly; the default gives this thread a head start.
    this.startBytes = options.workers !== undefined ? 0 : options.workerEntry ? WORKER_START_BYTES.built : WORKER_START_BYTES.source
  }

  /** Which thread reads each file: largest first onto the least loaded, workers starting behind by their start-up. */
  assign(sizes: readonly number[]): number[] {
    const threads = 1 + this.workers.length
    const load = Array.from({ length: threads }, (_, e) => (e === 0 ? 0 : this.startBytes))
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

  executor(e: number): MergeExecutor {
    return e === 0 ? this.here : this.workers[e - 1]
  }

  /** True when thread `e` is a worker that stopped: what it staged cannot be published. */
  failed(e: number): boolean {
    return e !== 0 && this.workers[e - 1].failed
  }

  /** Runs `step` on thread `e`, or here when that worker has failed; says which thread did it. */
  async run<T>(e: number, step: (executor: MergeExecutor) => Promise<T>): Promise<{ e: number; value: T }> {
    try {
      return { e, value: await step(this.executor(e)) }
    } catch (error) {
      if (e === 0 || !(error instanceof MergeWorkerFailure)) throw error
      this.warn(e, error)
      return { e: 0, value: await step(this.here) }
    }
  }

  warn(e: number, error: Error): void {
    if (!this.warned.has(e)) console.warn(`margin: ${error.message}; the main thread merges its share`)
    this.warned.add(e)
  }

  /** Removes everything staged and not published, in every thread, then stops the workers. */
  async close(): Promise<void> {
    await Promise.all([this.here, ...this.workers].map((x) => x.discard().catch(() => {})))
    await Promise.all(this.workers.map((w) => w.close()))
  }

  get usedWorkers(): boolean {
    return this.workers.length > 0
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

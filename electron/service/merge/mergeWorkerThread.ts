import { Worker } from 'node:worker_threads'
import type { CoderJob, FileSummary, MergeExecutor, PlannedCoder } from './mergeWorkspace'
import { reviveError, type MergeWorkerInit, type MergeWorkerReply, type MergeWorkerRequest } from './mergeWorkerProtocol'

/** The worker thread stopped or could not start: its work can be redone on the main thread. */
export class MergeWorkerFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MergeWorkerFailure'
  }
}

/**
 * A MergeExecutor in a worker thread (mergeWorker.ts), called by messages. `entry` is the
 * built worker file (the Electron app passes the one next to its main bundle); without it
 * the worker runs mergeWorker.ts from source through tsx, as the CLI and tests do.
 */
export class MergeWorkerThread implements MergeExecutor {
  private readonly worker: Worker
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  private nextId = 1
  private failure: MergeWorkerFailure | null = null

  constructor(init: MergeWorkerInit, entry?: string) {
    // A built worker is plain JavaScript: it starts without the parent's loader flags (a
    // parent run through tsx would otherwise route every import of the worker through them).
    this.worker = entry ? new Worker(entry, { workerData: init, execArgv: [] }) : new Worker(sourceBootstrap(), { eval: true, workerData: init })
    this.worker.on('message', (reply: MergeWorkerReply) => {
      const call = this.pending.get(reply.id)
      this.pending.delete(reply.id)
      if (reply.ok) call?.resolve(reply.value)
      else call?.reject(reviveError(reply.error))
    })
    this.worker.on('error', (error) => this.fail(`the merge worker failed: ${error.message}`))
    this.worker.on('exit', (code) => this.fail(`the merge worker stopped (exit code ${code})`))
  }

  get failed(): boolean {
    return this.failure !== null
  }

  readAndPlan(index: number, path: string): Promise<{ file: FileSummary; planned: PlannedCoder }> {
    return this.call({ id: this.nextId++, method: 'readAndPlan', args: [index, path] }) as Promise<{ file: FileSummary; planned: PlannedCoder }>
  }

  planCoder(job: CoderJob): Promise<PlannedCoder> {
    return this.call({ id: this.nextId++, method: 'planCoder', args: [job] }) as Promise<PlannedCoder>
  }

  publish(coderId: string): Promise<void> {
    return this.call({ id: this.nextId++, method: 'publish', args: [coderId] }) as Promise<void>
  }

  discard(): Promise<void> {
    return this.call({ id: this.nextId++, method: 'discard', args: [] }) as Promise<void>
  }

  async close(): Promise<void> {
    this.failure ??= new MergeWorkerFailure('the merge worker was closed')
    await this.worker.terminate()
  }

  private call(request: MergeWorkerRequest): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject })
      this.worker.postMessage(request)
    })
  }

  private fail(message: string): void {
    this.failure ??= new MergeWorkerFailure(message)
    for (const call of this.pending.values()) call.reject(this.failure)
    this.pending.clear()
  }
}

/** A worker script that registers tsx in its own thread (loader hooks are per thread in Node 20), then loads mergeWorker.ts. */
function sourceBootstrap(): string {
  const tsx = import.meta.resolve('tsx/esm/api')
  const worker = new URL('./mergeWorker.ts', import.meta.url).href
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}) })`
}

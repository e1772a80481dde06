// A merge worker thread's entry: runs a MergeWorkspace over the project's files on disk
// and answers the main thread's calls (see MergeWorkerThread).
import { parentPort, workerData } from 'node:worker_threads'
import { CoderStore } from '../../store/coderStore'
import type { CoderChanges } from './coderPlan'
import { leadView } from './placement'
import { coderState, MergeWorkspace, type CoderAccess } from './mergeWorkspace'
import { serializeError, type MergeWorkerInit, type MergeWorkerReply, type MergeWorkerRequest } from './mergeWorkerProtocol'

/**
 * Coders as their files on disk say. The main thread holds every coder's store for the
 * merge and has folded its journal, so the file is the coder's whole, current state.
 */
class CoderFilesOnDisk implements CoderAccess {
  private readonly loaded = new Map<string, CoderStore>()

  constructor(private readonly projectDir: string) {}

  async state(coderId: string, fileName: string | null) {
    if (!fileName) return undefined
    const store = await CoderStore.load(this.projectDir, fileName, true)
    this.loaded.set(coderId, store)
    return coderState(store)
  }

  async stage(coderId: string, change: CoderChanges) {
    const store = this.loaded.get(coderId)
    if (!store) return CoderStore.stageNew(this.projectDir, change.coder, change)
    const hold = await store.hold()
    try {
      return await hold.stageBatch(change)
    } finally {
      hold.release()
    }
  }
}

const init = workerData as MergeWorkerInit
const workspace = new MergeWorkspace(
  { view: leadView(init.documents, init.codebook), options: init.options, coderFiles: init.coderFiles, quarantine: init.quarantine, stage: init.stage },
  new CoderFilesOnDisk(init.projectDir),
)
const port = parentPort!

port.on('message', (request: MergeWorkerRequest) => {
  const call = (): Promise<unknown> => {
    switch (request.method) {
      case 'readAndPlan':
        return workspace.readAndPlan(...request.args)
      case 'planCoder':
        return workspace.planCoder(...request.args)
      case 'publish':
        return workspace.publish(...request.args)
      case 'discard':
        return workspace.discard()
    }
  }
  call().then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies MergeWorkerReply),
    (error: unknown) => port.postMessage({ id: request.id, ok: false, error: serializeError(error) } satisfies MergeWorkerReply),
  )
})

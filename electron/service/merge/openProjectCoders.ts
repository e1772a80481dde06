import { CoderStore, type CoderHold } from '../../store/coderStore'
import type { ProjectStore } from '../../store/projectStore'
import type { CoderChanges } from './coderPlan'
import { coderState, type CoderAccess } from './mergeWorkspace'

/** The open project's coders, as the main thread's merge workspace plans and stages them. */
export class OpenProjectCoders implements CoderAccess {
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
    // A new coder: the merge runs exclusively, so nobody adds the same coder meanwhile.
    this.store.assertNotDamaged(coderId)
    const staged = await CoderStore.stageNew(this.store.dir, change.coder, change)
    return {
      ...staged,
      publish: async () => {
        await staged.publish()
        await this.store.registerCoder(staged.open())
      },
    }
  }
}

/**
 * Runs a store's writes one at a time, in the order they were asked for. Without it, a
 * journal append landing while a compaction rewrites the file would be deleted with the
 * journal it went into: acknowledged, then lost.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve()

  /** Runs `work` once every write queued before it has finished. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work)
    this.tail = result.catch(() => {})
    return result
  }

  /**
   * Waits for the writes queued so far, then holds back every later one until `release` is
   * called: a caller's consistent view of the store across several awaits (a merge).
   */
  async hold(): Promise<() => void> {
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    let started!: () => void
    const holding = new Promise<void>((resolve) => (started = resolve))
    void this.run(() => {
      started()
      return released
    })
    await holding
    return release
  }
}

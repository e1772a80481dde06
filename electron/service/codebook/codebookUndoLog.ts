import { randomUUID } from 'node:crypto'
import type { CodebookChange } from './codebookChange'

/** How many codebook changes can be undone (older ones are forgotten). */
export const UNDO_KEPT = 50

/**
 * The codebook changes of this session that can still be undone, by id. Kept in the
 * service (not sent to the renderer) so an undo restores exactly what was there and
 * nothing a caller made up.
 */
export class CodebookUndoLog {
  private readonly changes = new Map<string, CodebookChange>()

  record(change: CodebookChange): string {
    const id = randomUUID()
    this.changes.set(id, change)
    if (this.changes.size > UNDO_KEPT) this.changes.delete(this.changes.keys().next().value!)
    return id
  }

  get(id: string): CodebookChange | undefined {
    return this.changes.get(id)
  }

  forget(id: string): void {
    this.changes.delete(id)
  }

  clear(): void {
    this.changes.clear()
  }
}

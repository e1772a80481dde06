import type { Annotation, Memo } from '../../../../shared/model'
import { CONTEXT_CODE_POINTS } from '../../../../shared/model'
import { call } from '../../api/client'
import { nextPaint } from '../../app/afterNextPaint'
import type { OffsetMap } from '../../reader/offsets'

type Attributes = Annotation['attributes']

/** One undoable coding action: what the annotation was before and after (null: absent). */
interface Step {
  before: Annotation | null
  after: Annotation | null
}

export interface CodingSnapshot {
  /** The open document's live annotations, every coder's, in reading order. */
  annotations: readonly Annotation[]
  loading: boolean
  /** Writes sent but not yet confirmed durable. */
  pending: number
  error: string | null
  canUndo: boolean
  canRedo: boolean
}

/**
 * What a change touched: the ids of the annotations added, changed or removed, in that order;
 * an empty list when only the save state or the error changed; null when everything may have
 * (the list was reloaded).
 */
export type SessionChange = readonly string[] | null

export interface CodingSessionOptions {
  /** Called once, on the coder's first annotation in this document. */
  onFirstAnnotation?: () => void
  /**
   * The document's annotations, already at hand or already requested (say, alongside its
   * text); otherwise the session asks for them. A list at hand is loaded at once.
   */
  annotations?: readonly Annotation[] | Promise<readonly Annotation[]>
}

export interface NewAnnotation {
  codeId: string
  start?: number
  end?: number
  attributes?: Attributes
  memo?: Memo | null
}

export interface AnnotationChange {
  codeId?: string
  attributes?: Attributes
  memo?: Memo | null
}

/**
 * One coder's coding session on one document. Every action is applied here first, so the
 * reader redraws within a frame, and then written to the service in order, in the
 * background; a failed write reloads the service's truth and says why. Undo and redo are
 * writes too: a create is undone by a delete, an edit or a delete by putting back the exact
 * previous version (annotations.put).
 */
export class CodingSession {
  private byId = new Map<string, Annotation>()
  private undoSteps: Step[] = []
  private redoSteps: Step[] = []
  private queue: Promise<unknown> = Promise.resolve()
  private readonly listeners = new Set<(change: SessionChange) => void>()
  /** The snapshot of the state now; null after a change, until someone asks for it. */
  private snapshot: CodingSnapshot | null = null
  /** The last snapshot built, whose list a new one keeps when no annotation changed. */
  private previous: CodingSnapshot | null = null
  private loading = true
  private pending = 0
  private error: string | null = null
  /** Bumped per local change of an id, so a late server echo never overwrites a newer edit. */
  private revisions = new Map<string, number>()
  private disposed = false
  /** Whether `byId` changed since the last snapshot: otherwise the snapshot keeps its list, so readers can skip work. */
  private annotationsChanged = true
  private readonly onFirstAnnotation?: () => void

  constructor(
    readonly documentId: string,
    readonly coderId: string,
    private readonly map: OffsetMap,
    options: CodingSessionOptions = {},
  ) {
    this.onFirstAnnotation = options.onFirstAnnotation
    if (Array.isArray(options.annotations)) this.load(options.annotations)
    else void this.reload(options.annotations as Promise<readonly Annotation[]> | undefined)
  }

  /**
   * Calls `listener` after every change, synchronously, with what it touched: the reader
   * redraws just those highlights at once, while views that need the whole list read
   * `getSnapshot()` when they render.
   */
  subscribe = (listener: (change: SessionChange) => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The state now; built on demand (sorting the list only when it changed), then kept until the next change. */
  getSnapshot = (): CodingSnapshot => (this.snapshot ??= this.makeSnapshot())

  dispose(): void {
    this.disposed = true
    this.listeners.clear()
  }

  /** Resolves once every write sent so far is durable (or has failed). */
  settled(): Promise<void> {
    return this.queue.then(() => undefined)
  }

  get(id: string): Annotation | undefined {
    return this.byId.get(id)
  }

  /** Reads the document's annotations from the service (or takes a list already asked for), replacing what is held. */
  async reload(listed?: Promise<readonly Annotation[]>): Promise<void> {
    try {
      const list = await (listed ?? call('annotations.list', { documentId: this.documentId }))
      if (this.disposed) return
      this.load(list)
    } catch (error) {
      this.loading = false
      this.error = `Could not load the annotations: ${(error as Error).message}`
    }
    this.changed(null)
  }

  private load(list: readonly Annotation[]): void {
    this.byId = new Map(list.map((a) => [a.id, a]))
    this.annotationsChanged = true
    this.loading = false
  }

  /** Codes a span (start/end in code points) or, without them, the whole document. */
  create(input: NewAnnotation): Annotation {
    const now = new Date().toISOString()
    const isSpan = input.start !== undefined && input.end !== undefined
    const annotation: Annotation = {
      id: crypto.randomUUID(),
      documentId: this.documentId,
      codeId: input.codeId,
      coderId: this.coderId,
      ...(isSpan ? this.anchor(input.start!, input.end!) : { start: null, end: null, quote: null, before: null, after: null }),
      attributes: input.attributes ?? {},
      memo: input.memo ?? null,
      createdAt: now,
      updatedAt: now,
      deleted: false,
    }
    const first = !this.hasMine()
    this.record({ before: null, after: annotation })
    this.write(annotation.id, () =>
      call('annotations.create', {
        id: annotation.id,
        coderId: this.coderId,
        documentId: this.documentId,
        codeId: annotation.codeId,
        ...(isSpan ? { start: annotation.start!, end: annotation.end! } : {}),
        attributes: annotation.attributes,
        memo: annotation.memo,
      }),
    )
    if (first) this.onFirstAnnotation?.()
    return annotation
  }

  /**
   * Changes an annotation's code, attributes or memo. With `mergeIntoLast`, an edit right
   * after the action that made the annotation joins that action, so one undo takes back
   * "apply stance and fill in its attributes" together.
   */
  update(id: string, change: AnnotationChange, options: { mergeIntoLast?: boolean } = {}): void {
    const before = this.editable(id)
    const after: Annotation = { ...before, ...change, updatedAt: new Date().toISOString() }
    const last = this.undoSteps.at(-1)
    if (options.mergeIntoLast && last?.after?.id === id && !this.redoSteps.length) {
      last.after = after
      this.apply(after)
    } else {
      this.record({ before, after })
    }
    this.write(id, () =>
      call('annotations.update', {
        coderId: this.coderId,
        id,
        ...(change.codeId !== undefined ? { codeId: change.codeId } : {}),
        ...(change.attributes !== undefined || change.codeId !== undefined ? { attributes: after.attributes } : {}),
        ...(change.memo !== undefined ? { memo: change.memo } : {}),
      }),
    )
  }

  remove(id: string): void {
    const before = this.editable(id)
    this.record({ before, after: null })
    this.write(id, () => call('annotations.delete', { coderId: this.coderId, id }))
  }

  undo(): boolean {
    const step = this.undoSteps.pop()
    if (!step) return false
    this.redoSteps.push(step)
    this.restore(step.after, step.before)
    return true
  }

  redo(): boolean {
    const step = this.redoSteps.pop()
    if (!step) return false
    this.undoSteps.push(step)
    this.restore(step.before, step.after)
    return true
  }

  /** Goes from `from` to `to` (either may be absent): a delete or a put of the exact version. */
  private restore(from: Annotation | null, to: Annotation | null): void {
    const id = (to ?? from)!.id
    if (to) {
      this.apply(to)
      this.write(id, () => call('annotations.put', { annotation: { ...to, deleted: false } }))
    } else {
      this.drop(id)
      this.write(id, () => call('annotations.delete', { coderId: this.coderId, id }))
    }
  }

  private record(step: Step): void {
    this.undoSteps.push(step)
    if (this.undoSteps.length > 500) this.undoSteps.shift()
    this.redoSteps = []
    if (step.after) this.apply(step.after)
    else this.drop(step.before!.id)
  }

  private apply(annotation: Annotation): void {
    this.byId.set(annotation.id, annotation)
    this.annotationsChanged = true
    this.revisions.set(annotation.id, (this.revisions.get(annotation.id) ?? 0) + 1)
    this.changed([annotation.id])
  }

  private drop(id: string): void {
    this.byId.delete(id)
    this.annotationsChanged = true
    this.revisions.set(id, (this.revisions.get(id) ?? 0) + 1)
    this.changed([id])
  }

  /** Sends one write after those before it; its answer replaces the local copy unless edited since. */
  private write(id: string, send: () => Promise<Annotation>): void {
    const revision = this.revisions.get(id)
    const idle = this.pending === 0
    this.pending++
    this.changed([])
    let touched: string[] = []
    this.queue = this.queue
      // Sending costs the page a millisecond or so: a write that would start at once waits for
      // the paint of the change it saves. (Writes behind others start when those are answered.)
      .then(idle ? nextPaint : undefined)
      .then(send)
      .then(
        (stored) => {
          if (this.disposed) return
          if (this.revisions.get(id) === revision && !stored.deleted) {
            this.byId.set(id, stored)
            this.annotationsChanged = true
            touched = [id]
          }
        },
        (error: Error) => {
          if (this.disposed) return
          this.error = `Not saved: ${error.message}`
          this.undoSteps = []
          this.redoSteps = []
          return this.reload()
        },
      )
      .finally(() => {
        this.pending--
        if (!this.disposed) this.changed(touched)
      })
  }

  clearError(): void {
    this.error = null
    this.changed([])
  }

  private editable(id: string): Annotation {
    const annotation = this.byId.get(id)
    if (!annotation) throw new Error(`no annotation ${id} in this document`)
    if (annotation.coderId !== this.coderId) throw new Error('only your own annotations can be changed')
    return annotation
  }

  private hasMine(): boolean {
    for (const a of this.byId.values()) if (a.coderId === this.coderId) return true
    return false
  }

  private anchor(start: number, end: number): Pick<Annotation, 'start' | 'end' | 'quote' | 'before' | 'after'> {
    return {
      start,
      end,
      quote: this.map.slice(start, end),
      before: this.map.slice(Math.max(0, start - CONTEXT_CODE_POINTS), start),
      after: this.map.slice(end, Math.min(this.map.length, end + CONTEXT_CODE_POINTS)),
    }
  }

  private changed(change: SessionChange): void {
    this.previous = this.snapshot ?? this.previous
    this.snapshot = null
    for (const listener of this.listeners) listener(change)
  }

  private makeSnapshot(): CodingSnapshot {
    const annotations = this.annotationsChanged || !this.previous ? [...this.byId.values()].sort(byPosition) : this.previous.annotations
    this.annotationsChanged = false
    return {
      annotations,
      loading: this.loading,
      pending: this.pending,
      error: this.error,
      canUndo: this.undoSteps.length > 0,
      canRedo: this.redoSteps.length > 0,
    }
  }
}

function byPosition(a: Annotation, b: Annotation): number {
  const sa = a.start ?? -1
  const sb = b.start ?? -1
  if (sa !== sb) return sa - sb
  const ea = a.end ?? -1
  const eb = b.end ?? -1
  if (ea !== eb) return eb - ea
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

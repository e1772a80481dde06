import { Low } from 'lowdb'
import { join } from 'node:path'
import type { Annotation, Coder, CoderFile, DocumentStatus, Memo } from '../../shared/model'
import { coderFileSchema } from '../../shared/model'
import { DurableJsonFile } from './durableJsonFile'
import { Journal } from './journal'
import { coderJournalEntrySchema, type CoderJournalEntry } from './coderJournalEntry'
import { migrateProjectFile } from './migrations'
import { backupFile } from './backups'
import { WriteQueue } from './writeQueue'

/** Fold the journal into the JSON file once it holds this many bytes. */
export const DEFAULT_COMPACT_AT_BYTES = 4 * 1024 * 1024

/**
 * One coder's annotations, statuses and document memos: `annotations/<coder>.json` (a
 * lowdb database, compacted) plus `annotations/<coder>.journal` (changes since). Every
 * change is acknowledged only after its journal line is fsynced.
 */
export class CoderStore {
  private readonly byId = new Map<string, Annotation>()
  private readonly byDocument = new Map<string, Set<string>>()
  private readonly journal: Journal<CoderJournalEntry>
  private readonly writes = new WriteQueue()
  private backedUp = false
  /** Set once a merge rewrote this coder's file in another thread: writes go to the store loaded after it. */
  private successor: (() => Promise<CoderStore>) | null = null
  /** Journal size that triggers compaction; tests lower it to compact often. */
  compactAtBytes = DEFAULT_COMPACT_AT_BYTES

  private constructor(
    private readonly projectDir: string,
    private readonly db: Low<CoderFile>,
    private readonly file: DurableJsonFile<CoderFile>,
    readonly fileName: string,
  ) {
    const journalName = fileName.replace(/\.json$/, '.journal')
    this.journal = new Journal(
      join(projectDir, 'annotations', journalName),
      `annotations/${journalName}`,
      (raw) => coderJournalEntrySchema.parse(raw),
    )
  }

  /** Loads `annotations/<fileName>` and replays its journal (repairing it unless read-only). */
  static async load(projectDir: string, fileName: string, readOnly = false): Promise<CoderStore> {
    const path = join(projectDir, 'annotations', fileName)
    const adapter = new DurableJsonFile(path, coderFileSchema, `annotations/${fileName}`, migrateProjectFile)
    const db = new Low<CoderFile>(adapter, null as unknown as CoderFile)
    await db.read()
    if (!db.data) throw new Error(`annotations/${fileName} disappeared while opening`)
    const store = new CoderStore(projectDir, db, adapter, fileName)
    for (const annotation of db.data.annotations) store.index(annotation)
    for (const entry of await store.journal.readAll(!readOnly)) store.applyEntry(entry)
    return store
  }

  /**
   * A new coder's file holding `entries`, written beside its place but not yet in it (see
   * stageFile), so a merge can prepare it before recording what it will change. After
   * `publish`, `open` gives the store over it without reading it back.
   */
  static async stageNew(projectDir: string, coder: Coder, entries: readonly CoderJournalEntry[]): Promise<StagedCoderFile & { open(): CoderStore }> {
    const fileName = `${coder.id}.json`
    const adapter = new DurableJsonFile(join(projectDir, 'annotations', fileName), coderFileSchema, `annotations/${fileName}`)
    const data = withEntries(emptyCoderFile(coder), new Map(), entries)
    const staged = await adapter.stage(data)
    return {
      fileName,
      sha256: staged.sha256,
      publish: staged.publish,
      discard: staged.discard,
      open: () => {
        const store = new CoderStore(projectDir, new Low<CoderFile>(adapter, data), adapter, fileName)
        for (const annotation of data.annotations) store.index(annotation)
        return store
      },
    }
  }

  /** Creates a new, empty coder file (durably) and returns its store. */
  static async create(projectDir: string, coder: Coder, demo = false): Promise<CoderStore> {
    const fileName = `${coder.id}.json`
    const path = join(projectDir, 'annotations', fileName)
    const data = { ...emptyCoderFile(coder), demo }
    const adapter = new DurableJsonFile(path, coderFileSchema, `annotations/${fileName}`)
    const db = new Low<CoderFile>(adapter, data)
    await db.write()
    return new CoderStore(projectDir, db, adapter, fileName)
  }

  get coder(): Coder {
    return this.db.data.coder
  }

  get isDemo(): boolean {
    return this.db.data.demo
  }

  get annotationCount(): number {
    let n = 0
    for (const a of this.byId.values()) if (!a.deleted) n++
    return n
  }

  get(id: string): Annotation | undefined {
    return this.byId.get(id)
  }

  /** Live and deleted annotations of one document (or all), in no particular order. */
  annotations(documentId?: string): Annotation[] {
    if (documentId === undefined) return [...this.byId.values()]
    const ids = this.byDocument.get(documentId)
    return ids ? [...ids].map((id) => this.byId.get(id)!) : []
  }

  documentStatus(documentId: string): DocumentStatus {
    return this.db.data.documentStatus[documentId] ?? 'not-started'
  }

  get statuses(): Readonly<Record<string, DocumentStatus>> {
    return this.db.data.documentStatus
  }

  documentMemo(documentId: string): Memo | null {
    return this.db.data.documentMemos[documentId] ?? null
  }

  /** Applies changes in memory and returns once they are durable on disk. */
  commit(entries: CoderJournalEntry[]): Promise<void> {
    return this.writes.run(async () => {
      if (this.successor) return (await this.successor()).commit(entries)
      await this.commitNow(entries)
    })
  }

  /**
   * Applies many changes by rewriting the whole file (atomically, after a backup) rather
   * than journalling each, for imports that would fold the journal right after anyway.
   */
  commitBatch(entries: CoderJournalEntry[]): Promise<void> {
    return this.writes.run(async () => {
      if (this.successor) return (await this.successor()).commitBatch(entries)
      await (await this.stageBatchNow(entries)).publish()
    })
  }

  /** Writes the whole file (after backing up the previous one) and empties the journal. */
  compact(): Promise<void> {
    return this.writes.run(async () => {
      if (!this.successor) await this.compactNow()
    })
  }

  /** Folds the journal and closes it; a retired store only closes (its file is someone else's now). */
  close(): Promise<void> {
    return this.writes.run(async () => {
      if (!this.successor) await this.compactNow()
      await this.journal.close()
    })
  }

  /**
   * Waits for pending writes, then holds every other write back until `release()`: a
   * merge plans against this state and writes its result with nothing in between.
   */
  async hold(): Promise<CoderHold> {
    const release = await this.writes.hold()
    return {
      store: this,
      compact: () => this.compactNow(),
      stageBatch: (entries) => this.stageBatchNow(entries),
      retire: (successor) => {
        this.successor = successor
      },
      release,
    }
  }

  private async commitNow(entries: CoderJournalEntry[]): Promise<void> {
    await this.journal.append(entries)
    for (const entry of entries) this.applyEntry(entry)
    if (this.journal.size >= this.compactAtBytes) await this.compactNow()
  }

  /**
   * Writes the file as it will be after `entries` beside it (after a backup), changing
   * nothing yet; publishing puts it in place and applies the entries here. The journal is
   * folded first, so a crash can never replay older entries over the batch.
   */
  private async stageBatchNow(entries: CoderJournalEntry[]): Promise<StagedCoderFile> {
    await this.compactNow()
    await this.backUpOnce()
    const staged = await this.file.stage(withEntries(this.db.data, this.byId, entries))
    return {
      fileName: this.fileName,
      sha256: staged.sha256,
      publish: async () => {
        await staged.publish()
        for (const entry of entries) this.applyEntry(entry)
      },
      discard: staged.discard,
    }
  }

  private async compactNow(): Promise<void> {
    if (this.journal.size === 0) return
    await this.backUpOnce()
    this.db.data.annotations = this.sortedAnnotations()
    await this.db.write()
    await this.journal.clear()
  }

  private async backUpOnce(): Promise<void> {
    if (this.backedUp) return
    await backupFile(this.projectDir, `annotations/${this.fileName}`)
    this.backedUp = true
  }

  private sortedAnnotations(): Annotation[] {
    return [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }

  /** A snapshot of the file as it would be written now (annotations sorted by id). */
  snapshot(): CoderFile {
    return {
      ...this.db.data,
      annotations: this.sortedAnnotations(),
    }
  }

  private applyEntry(entry: CoderJournalEntry): void {
    switch (entry.op) {
      case 'put':
        this.index(entry.annotation)
        break
      case 'status':
        this.db.data.documentStatus[entry.documentId] = entry.status
        break
      case 'documentMemo':
        if (entry.memo) this.db.data.documentMemos[entry.documentId] = entry.memo
        else delete this.db.data.documentMemos[entry.documentId]
        break
      case 'coder':
        this.db.data.coder = entry.coder
        break
    }
  }

  private index(annotation: Annotation): void {
    const previous = this.byId.get(annotation.id)
    if (previous && previous.documentId !== annotation.documentId) {
      this.byDocument.get(previous.documentId)?.delete(annotation.id)
    }
    this.byId.set(annotation.id, annotation)
    let ids = this.byDocument.get(annotation.documentId)
    if (!ids) this.byDocument.set(annotation.documentId, (ids = new Set()))
    ids.add(annotation.id)
  }
}

/** A merge's exclusive use of a coder's store (see CoderStore.hold). */
export interface CoderHold {
  readonly store: CoderStore
  compact(): Promise<void>
  /** Writes the file as it will be after `entries` beside it; see StagedCoderFile. */
  stageBatch(entries: CoderJournalEntry[]): Promise<StagedCoderFile>
  /**
   * The coder's file was rewritten outside this store (by a merge worker): this store stops
   * writing, and every later write goes to the store `successor` loads from the new file.
   */
  retire(successor: () => Promise<CoderStore>): void
  release(): void
}

/** A coder file's next version, written and fsynced beside it; nothing has changed until `publish`. */
export interface StagedCoderFile {
  fileName: string
  /** Of the bytes staged: what the file will hold. */
  sha256: string
  publish(): Promise<void>
  discard(): Promise<void>
}

function emptyCoderFile(coder: Coder): CoderFile {
  return { format: 'margin-annotations', schemaVersion: 1, coder, demo: false, annotations: [], documentStatus: {}, documentMemos: {} }
}

/** The coder file after `entries`, with `annotations` (by id) as its current ones; `file` itself is left as it is. */
function withEntries(file: CoderFile, annotations: ReadonlyMap<string, Annotation>, entries: readonly CoderJournalEntry[]): CoderFile {
  const byId = new Map(annotations)
  const next: CoderFile = { ...file, documentStatus: { ...file.documentStatus }, documentMemos: { ...file.documentMemos } }
  for (const entry of entries) {
    switch (entry.op) {
      case 'put':
        byId.set(entry.annotation.id, entry.annotation)
        break
      case 'status':
        next.documentStatus[entry.documentId] = entry.status
        break
      case 'documentMemo':
        if (entry.memo) next.documentMemos[entry.documentId] = entry.memo
        else delete next.documentMemos[entry.documentId]
        break
      case 'coder':
        next.coder = entry.coder
        break
    }
  }
  next.annotations = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return next
}

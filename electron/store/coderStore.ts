import { ownValue } from '../../shared/model/ownValue'
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
  /** Annotation ids by document, built on first use: loading and merging need only byId. */
  private byDocument: Map<string, Set<string>> | null = null
  private readonly journal: Journal<CoderJournalEntry>
  private readonly writes = new WriteQueue()
  private backup: Promise<unknown> | null = null
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
  static async stageNew(projectDir: string, coder: Coder, batch: CoderBatch): Promise<StagedCoderFile & { open(): CoderStore }> {
    const fileName = `${coder.id}.json`
    const adapter = new DurableJsonFile(join(projectDir, 'annotations', fileName), coderFileSchema, `annotations/${fileName}`)
    const data = withBatch(emptyCoderFile(coder), [], batch)
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
    const ids = this.documentIndex().get(documentId)
    return ids ? [...ids].map((id) => this.byId.get(id)!) : []
  }

  documentStatus(documentId: string): DocumentStatus {
    return ownValue(this.db.data.documentStatus, documentId) ?? 'not-started'
  }

  get statuses(): Readonly<Record<string, DocumentStatus>> {
    return this.db.data.documentStatus
  }

  documentMemo(documentId: string): Memo | null {
    return ownValue(this.db.data.documentMemos, documentId) ?? null
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
  commitBatch(batch: CoderBatch): Promise<void> {
    return this.writes.run(async () => {
      if (this.successor) return (await this.successor()).commitBatch(batch)
      await (await this.stageBatchNow(batch, true)).publish()
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
    if (this.successor) {
      release()
      return (await this.successor()).hold()
    }
    return {
      store: this,
      compact: () => this.compactNow(),
      // A merge keeps its own copy of the file for undo: no rolling backup as well.
      stageBatch: (batch) => this.stageBatchNow(batch, false),
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
   * Writes the file as it will be after `batch` beside it (after a rolling backup, if
   * asked), changing nothing yet; publishing puts it in place and applies the batch here.
   * The journal is folded first, so a crash can never replay older entries over the batch.
   */
  private async stageBatchNow(batch: CoderBatch, backup: boolean): Promise<StagedCoderFile> {
    await this.compactNow()
    if (backup) await this.backUpOnce()
    const next = withBatch(this.db.data, this.sortedAnnotations(), batch)
    const staged = await this.file.stage(next)
    return {
      fileName: this.fileName,
      sha256: staged.sha256,
      publish: () =>
        staged.publish(() => {
          for (const annotation of batch.puts) this.index(annotation)
          this.db.data = next
        }),
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

  /** One rolling backup per store's life, however many writes ask for it at once. */
  private backUpOnce(): Promise<unknown> {
    this.backup ??= backupFile(this.projectDir, `annotations/${this.fileName}`).catch((error) => {
      this.backup = null
      throw error
    })
    return this.backup
  }

  private sortedAnnotations(): Annotation[] {
    return [...this.byId.values()].sort(byId)
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
    this.byId.set(annotation.id, annotation)
    if (!this.byDocument) return
    if (previous && previous.documentId !== annotation.documentId) this.byDocument.get(previous.documentId)?.delete(annotation.id)
    addToDocumentIndex(this.byDocument, annotation)
  }

  private documentIndex(): Map<string, Set<string>> {
    if (!this.byDocument) {
      this.byDocument = new Map()
      for (const annotation of this.byId.values()) addToDocumentIndex(this.byDocument, annotation)
    }
    return this.byDocument
  }
}

/** A merge's exclusive use of a coder's store (see CoderStore.hold). */
export interface CoderHold {
  readonly store: CoderStore
  compact(): Promise<void>
  /** Writes the file as it will be after `batch` beside it; see StagedCoderFile. */
  stageBatch(batch: CoderBatch): Promise<StagedCoderFile>
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

/** Many changes at once, as a merge makes them: annotations to put (each id once), statuses and memos to set. */
export interface CoderBatch {
  puts: readonly Annotation[]
  statuses: readonly { documentId: string; status: DocumentStatus }[]
  memos: readonly { documentId: string; memo: Memo }[]
}

/**
 * The coder file after `batch`, whose current annotations are `sorted` (by id); `file`
 * itself is left as it is. The puts are merged into the sorted list in one pass.
 */
function withBatch(file: CoderFile, sorted: readonly Annotation[], batch: CoderBatch): CoderFile {
  const annotations = mergeById(sorted, batch.puts) ?? mergeById(sorted, [...batch.puts].sort(byId))
  if (!annotations) throw new Error('a batch puts the same annotation twice')
  const documentStatus = { ...file.documentStatus }
  for (const { documentId, status } of batch.statuses) documentStatus[documentId] = status
  const documentMemos = { ...file.documentMemos }
  for (const { documentId, memo } of batch.memos) documentMemos[documentId] = memo
  return { ...file, annotations, documentStatus, documentMemos }
}

function byId(a: Annotation, b: Annotation): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * `sorted` with `puts` merged in, a put replacing the annotation of its id, in one pass
 * (the puts a merge plans come in id order); null when `puts` is not strictly in id order.
 */
function mergeById(sorted: readonly Annotation[], puts: readonly Annotation[]): Annotation[] | null {
  const out: Annotation[] = []
  let i = 0
  let previous: string | null = null
  for (const put of puts) {
    if (previous !== null && !(previous < put.id)) return null
    previous = put.id
    while (i < sorted.length && sorted[i].id < put.id) out.push(sorted[i++])
    if (i < sorted.length && sorted[i].id === put.id) i++
    out.push(put)
  }
  while (i < sorted.length) out.push(sorted[i++])
  return out
}

function addToDocumentIndex(index: Map<string, Set<string>>, annotation: Annotation): void {
  let ids = index.get(annotation.documentId)
  if (!ids) index.set(annotation.documentId, (ids = new Set()))
  ids.add(annotation.id)
}

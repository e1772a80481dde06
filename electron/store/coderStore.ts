import { Low } from 'lowdb'
import { join } from 'node:path'
import type { Annotation, Coder, CoderFile, DocumentStatus, Memo } from '../../shared/model'
import { coderFileSchema } from '../../shared/model'
import { DurableJsonFile } from './durableJsonFile'
import { Journal } from './journal'
import { coderJournalEntrySchema, type CoderJournalEntry } from './coderJournalEntry'
import { migrateProjectFile } from './migrations'
import { backupFile } from './backups'

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
  private backedUp = false
  /** Journal size that triggers compaction; tests lower it to compact often. */
  compactAtBytes = DEFAULT_COMPACT_AT_BYTES

  private constructor(
    private readonly projectDir: string,
    private readonly db: Low<CoderFile>,
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
    const store = new CoderStore(projectDir, db, fileName)
    for (const annotation of db.data.annotations) store.index(annotation)
    for (const entry of await store.journal.readAll(!readOnly)) store.applyEntry(entry)
    return store
  }

  /** Creates a new, empty coder file (durably) and returns its store. */
  static async create(projectDir: string, coder: Coder, demo = false): Promise<CoderStore> {
    const fileName = `${coder.id}.json`
    const path = join(projectDir, 'annotations', fileName)
    const data: CoderFile = {
      format: 'margin-annotations',
      schemaVersion: 1,
      coder,
      demo,
      annotations: [],
      documentStatus: {},
      documentMemos: {},
    }
    const db = new Low<CoderFile>(new DurableJsonFile(path, coderFileSchema, `annotations/${fileName}`), data)
    await db.write()
    return new CoderStore(projectDir, db, fileName)
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
  async commit(entries: CoderJournalEntry[]): Promise<void> {
    await this.journal.append(entries)
    for (const entry of entries) this.applyEntry(entry)
    if (this.journal.size >= this.compactAtBytes) await this.compact()
  }

  /**
   * Applies many changes by rewriting the whole file (atomically, after a backup) rather
   * than journalling each, for merges that would fold the journal right after anyway.
   * The journal is folded first, so a crash can never replay older entries over the batch.
   */
  async commitBatch(entries: CoderJournalEntry[]): Promise<void> {
    await this.compact()
    if (!this.backedUp) {
      await backupFile(this.projectDir, `annotations/${this.fileName}`)
      this.backedUp = true
    }
    for (const entry of entries) this.applyEntry(entry)
    this.db.data.annotations = [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    await this.db.write()
  }

  /** Writes the whole file (after backing up the previous one) and empties the journal. */
  async compact(): Promise<void> {
    if (this.journal.size === 0) return
    if (!this.backedUp) {
      await backupFile(this.projectDir, `annotations/${this.fileName}`)
      this.backedUp = true
    }
    this.db.data.annotations = [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    await this.db.write()
    await this.journal.clear()
  }

  async close(): Promise<void> {
    await this.compact()
    await this.journal.close()
  }

  /** A snapshot of the file as it would be written now (annotations sorted by id). */
  snapshot(): CoderFile {
    return {
      ...this.db.data,
      annotations: [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
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

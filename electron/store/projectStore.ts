import { Low } from 'lowdb'
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Codebook, Coder, DocumentIndex, DocumentMeta, ProjectFile } from '../../shared/model'
import { codebookSchema, documentIndexSchema, documentMetaSchema, projectFileSchema, PROJECT_SCHEMA_VERSION } from '../../shared/model'
import { removeStaleTempFiles, writeFileAtomic } from './atomicWrite'
import { backupFile } from './backups'
import { CoderStore } from './coderStore'
import { DurableJsonFile } from './durableJsonFile'
import { migrateProjectFile } from './migrations'
import { ProjectFileError, ReadOnlyProjectError } from './projectFileError'
import { acquireProjectLock, type ReleaseLock } from './projectLock'
import { WriteQueue } from './writeQueue'

export interface OpenOptions {
  /** Open without taking the lock and refuse every write (e.g. `margin info`). */
  readOnly?: boolean
  /** Journal size at which a coder file is rewritten (default 4 MiB); tests lower it. */
  compactAtBytes?: number
}

export interface ProjectProblem {
  file: string
  message: string
}

/** A document ready to be stored: its normalised text and metadata. */
export interface NewDocument {
  meta: DocumentMeta
  text: string
}

const EMPTY_CODEBOOK: Codebook = { format: 'margin-codebook', schemaVersion: 1, groups: [], codes: [] }

/**
 * A Margin project folder on disk (see docs/project-format.md): margin.json, codebook.json,
 * documents.json, documents/<id>.txt and annotations/<coder>.json(+.journal). Owns the
 * single-writer lock; every write is atomic and fsynced before it returns.
 */
export class ProjectStore {
  private coderStores: Map<string, CoderStore> | null = null
  private loadingCoders: Promise<Map<string, CoderStore>> | null = null
  private readonly staleCoderFiles = new Set<string>()
  private readonly whole = new WriteQueue()
  readonly problems: ProjectProblem[] = []
  private readonly textCache = new Map<string, string>()
  private documentById: Map<string, DocumentMeta> | null = null

  private constructor(
    readonly dir: string,
    private readonly project: Low<ProjectFile>,
    private readonly codebookDb: Low<Codebook>,
    private readonly documentsDb: Low<DocumentIndex>,
    private release: ReleaseLock | null,
    /** Why writes are refused, or null when this process holds the lock. */
    readonly readOnlyReason: string | null,
    private readonly options: OpenOptions = {},
  ) {}

  /** Creates a new, empty project in `dir` (which must be empty or not exist) and opens it. */
  static async create(
    dir: string,
    name: string,
    options: { demo?: boolean; id?: string; createdAt?: string } = {},
  ): Promise<ProjectStore> {
    const root = resolve(dir)
    await mkdir(root, { recursive: true })
    const existing = (await readdir(root)).filter((entry) => !entry.startsWith('.'))
    if (existing.length) throw new Error(`${root} is not empty; choose a new folder for the project`)
    await mkdir(join(root, 'documents'), { recursive: true })
    await mkdir(join(root, 'annotations'), { recursive: true })
    const project: ProjectFile = {
      format: 'margin-project',
      schemaVersion: PROJECT_SCHEMA_VERSION,
      id: options.id ?? randomUUID(),
      name,
      description: '',
      createdAt: options.createdAt ?? new Date().toISOString(),
      demo: options.demo ?? false,
      variables: [],
      memo: null,
    }
    const index: DocumentIndex = { format: 'margin-documents', schemaVersion: 1, documents: [] }
    await new Low(new DurableJsonFile(join(root, 'codebook.json'), codebookSchema), EMPTY_CODEBOOK).write()
    await new Low(new DurableJsonFile(join(root, 'documents.json'), documentIndexSchema), index).write()
    // margin.json last: a folder without it is not (yet) a project.
    await new Low(new DurableJsonFile(join(root, 'margin.json'), projectFileSchema), project).write()
    return ProjectStore.open(root)
  }

  /** Opens a project folder: metadata only; coder files load on first use. */
  static async open(dir: string, options: OpenOptions = {}): Promise<ProjectStore> {
    const root = resolve(dir)
    const info = await stat(join(root, 'margin.json')).catch(() => null)
    if (!info?.isFile()) throw new Error(`${root} is not a Margin project (no margin.json)`)
    const project = await readDb(root, 'margin.json', projectFileSchema)
    const codebook = await readDb(root, 'codebook.json', codebookSchema)
    const documents = await readDb(root, 'documents.json', documentIndexSchema)
    let release: ReleaseLock | null = null
    let reason: string | null = null
    if (options.readOnly) {
      reason = 'opened for reading only'
    } else {
      const lock = await acquireProjectLock(root)
      if (typeof lock === 'function') {
        release = lock
        // Only the lock holder writes, so temp files of other processes are a crash's leftovers.
        await Promise.all(['', 'annotations', 'documents'].map((sub) => removeStaleTempFiles(join(root, sub))))
      } else {
        reason = `it is open in another Margin: close it there to make changes here (process ${lock.pid} on ${lock.host}, since ${lock.since})`
      }
    }
    return new ProjectStore(root, project, codebook, documents, release, reason, options)
  }

  get info(): ProjectFile {
    return this.project.data
  }

  get codebook(): Codebook {
    return this.codebookDb.data
  }

  get documents(): readonly DocumentMeta[] {
    return this.documentsDb.data.documents
  }

  document(id: string): DocumentMeta | undefined {
    if (!this.documentById || this.documentById.size !== this.documentsDb.data.documents.length) {
      this.documentById = new Map(this.documentsDb.data.documents.map((d) => [d.id, d]))
    }
    return this.documentById.get(id)
  }

  /** The document's text, verified against its content hash. */
  async readText(id: string): Promise<string> {
    const cached = this.textCache.get(id)
    if (cached !== undefined) return cached
    const meta = this.document(id)
    if (!meta) throw new Error(`no document with id "${id}"`)
    const file = `documents/${id}.txt`
    let text: string
    try {
      text = await readFile(join(this.dir, file), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ProjectFileError(file, 'the text file is missing')
      throw error
    }
    if (contentHash(text) !== meta.contentHash) {
      throw new ProjectFileError(file, 'the text changed after import (content hash differs); documents are immutable, restore it from a backup')
    }
    if (this.textCache.size > 64) this.textCache.delete(this.textCache.keys().next().value!)
    this.textCache.set(id, text)
    return text
  }

  /**
   * Stores documents all-or-nothing: texts first, then one atomic write of the index that
   * makes them part of the project. On failure, or when `signal` aborts before the index is
   * written, the texts written so far are removed.
   */
  async addDocuments(batch: NewDocument[], variables = this.info.variables, signal?: AbortSignal): Promise<void> {
    this.assertWritable()
    // Checked before anything is written, so that a bad batch leaves the project as it was.
    const project = variables === this.info.variables ? null : projectFileSchema.parse({ ...this.info, variables })
    const ids = new Set(this.documents.map((d) => d.id))
    for (const { meta } of batch) {
      documentMetaSchema.parse(meta)
      if (ids.has(meta.id)) throw new Error(`document ${meta.id} is already in the project (or twice in what is added)`)
      ids.add(meta.id)
    }
    const written: string[] = []
    try {
      for (const { meta, text } of batch) {
        // Cancelling works until the index is written: that write is what adds the documents.
        signal?.throwIfAborted()
        const path = join(this.dir, 'documents', `${meta.id}.txt`)
        await writeFileAtomic(path, text)
        written.push(path)
      }
      signal?.throwIfAborted()
      await backupFile(this.dir, 'documents.json')
      const next = { ...this.documentsDb.data, documents: [...this.documentsDb.data.documents, ...batch.map((d) => d.meta)] }
      await this.documentsDb.adapter.write(next)
      this.documentsDb.data = next
    } catch (error) {
      await Promise.all(written.map((path) => unlink(path).catch(() => {})))
      throw error
    }
    if (project) await this.saveProjectFile(project)
  }

  async saveProjectFile(next: ProjectFile): Promise<void> {
    this.assertWritable()
    const valid = projectFileSchema.parse(next)
    await this.project.adapter.write(valid)
    this.project.data = valid
  }

  async saveCodebook(next: Codebook): Promise<void> {
    this.assertWritable()
    const valid = codebookSchema.parse(next)
    await backupFile(this.dir, 'codebook.json')
    await this.codebookDb.adapter.write(valid)
    this.codebookDb.data = valid
  }

  /**
   * Every coder's store, loading the files on first call. Unreadable files go to `problems`.
   * A caller arriving while a load or reload is under way waits for it: the map it would
   * otherwise get is still being changed (an undone merge's coder not yet removed).
   */
  async coders(): Promise<Map<string, CoderStore>> {
    while (!this.coderStores || this.staleCoderFiles.size || this.loadingCoders) {
      const loaded = this.coderStores
      this.loadingCoders ??= (loaded ? this.reloadStaleCoders(loaded) : this.loadCoders()).finally(() => (this.loadingCoders = null))
      this.coderStores = await this.loadingCoders
    }
    return this.coderStores
  }

  /**
   * Coder files rewritten outside this store (by a merge worker) or newly created there:
   * they are read again on the next `coders()`, not before, so a merge need not wait for it.
   */
  invalidateCoders(fileNames: readonly string[]): void {
    for (const name of fileNames) this.staleCoderFiles.add(name)
  }

  async coder(id: string): Promise<CoderStore | undefined> {
    return (await this.coders()).get(id)
  }

  /** Adds a coder with an empty annotation file, or returns the existing one. */
  /** Adds a coder with an empty annotation file, or returns the existing one; waits for a merge or undo under way. */
  async addCoder(coder: Coder, demo = false): Promise<CoderStore> {
    this.assertWritable()
    return this.exclusive(async () => {
      const coders = await this.coders()
      const existing = coders.get(coder.id)
      if (existing) return existing
      this.assertNotDamaged(coder.id)
      const store = await CoderStore.create(this.dir, coder, demo)
      if (this.options.compactAtBytes) store.compactAtBytes = this.options.compactAtBytes
      coders.set(coder.id, store)
      return store
    })
  }

  /**
   * Runs `work` with the project's coders to itself: merges, undoing them and adding coders
   * wait for one another (writes to existing coders are held by CoderStore.hold instead).
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.whole.run(work)
  }

  /** Refuses to make a coder whose file is there but could not be read: it would be overwritten. */
  assertNotDamaged(coderId: string): void {
    const damaged = this.problems.find((p) => p.file === `annotations/${coderId}.json`)
    if (damaged) throw new ReadOnlyProjectError(`${damaged.file} is damaged (${damaged.message}); repair or remove it first`)
  }

  /** Adds a coder whose file a merge wrote (inside `exclusive`), with its store in hand. */
  async registerCoder(store: CoderStore): Promise<void> {
    this.assertWritable()
    this.assertNotDamaged(store.coder.id)
    if (this.options.compactAtBytes) store.compactAtBytes = this.options.compactAtBytes
    ;(await this.coders()).set(store.coder.id, store)
  }

  /** Throws unless this process holds the project lock. */
  assertWritable(): void {
    if (this.readOnlyReason) throw new ReadOnlyProjectError(this.readOnlyReason)
  }

  /** Folds every journal into its file and releases the lock. Safe to call twice. */
  async close(): Promise<void> {
    if (this.coderStores && !this.readOnlyReason) {
      for (const store of this.coderStores.values()) await store.close()
    }
    const release = this.release
    this.release = null
    await release?.().catch(() => {})
  }

  private async reloadStaleCoders(stores: Map<string, CoderStore>): Promise<Map<string, CoderStore>> {
    const names = [...this.staleCoderFiles].sort()
    this.staleCoderFiles.clear()
    const present = await Promise.all(names.map((name) => stat(join(this.dir, 'annotations', name)).then(() => true, () => false)))
    const loaded = await Promise.allSettled(names.map((name, i) => (present[i] ? CoderStore.load(this.dir, name, this.readOnlyReason !== null) : Promise.resolve(null))))
    loaded.forEach((result, i) => {
      const file = `annotations/${names[i]}`
      this.problems.splice(0, this.problems.length, ...this.problems.filter((p) => p.file !== file))
      const store = result.status === 'fulfilled' ? result.value : null
      if (store) {
        if (this.options.compactAtBytes) store.compactAtBytes = this.options.compactAtBytes
        stores.set(store.coder.id, store)
        return
      }
      for (const [id, old] of stores) if (old.fileName === names[i]) stores.delete(id)
      // A file that is not there (a merge that failed before creating it) is simply no coder.
      if (result.status === 'rejected') this.problems.push({ file, message: (result.reason as Error).message })
    })
    return stores
  }

  private async loadCoders(): Promise<Map<string, CoderStore>> {
    this.staleCoderFiles.clear()
    const dir = join(this.dir, 'annotations')
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort()
    const stores = new Map<string, CoderStore>()
    const loaded = await Promise.allSettled(names.map((name) => CoderStore.load(this.dir, name, this.readOnlyReason !== null)))
    loaded.forEach((result, i) => {
      if (result.status === 'fulfilled') {
        if (this.options.compactAtBytes) result.value.compactAtBytes = this.options.compactAtBytes
        stores.set(result.value.coder.id, result.value)
      }
      else this.problems.push({ file: `annotations/${names[i]}`, message: (result.reason as Error).message })
    })
    return stores
  }
}

/** "sha256:" + the hex SHA-256 of the text's UTF-8 bytes. */
export function contentHash(text: string): string {
  return 'sha256:' + createHash('sha256').update(text, 'utf8').digest('hex')
}

async function readDb<T>(root: string, file: string, schema: import('zod').ZodType<T>): Promise<Low<T>> {
  const db = new Low<T>(new DurableJsonFile(join(root, file), schema, file, migrateProjectFile), null as unknown as T)
  await db.read()
  if (db.data === null) throw new ProjectFileError(file, 'the file is missing')
  return db
}

import { randomUUID } from 'node:crypto'
import type { CoderSummary, Handlers, ProjectSummary, ServiceEvent } from '../../shared/contract'
import type { Annotation } from '../../shared/model'
import { ProjectStore } from '../store/projectStore'
import type { CoderStore } from '../store/coderStore'
import { anchorSpan, checkAttributes, checkLevel, requireCode } from './annotationRules'
import { UserError } from './dispatch'
import { collectSourceFiles, type SourceFile } from './documentSources'
import { importDocuments } from './importDocuments'
import { previewCsv, type CsvImportOptions } from './import'
import { exportTable, previewExport } from './export'
import { ExportOptionError } from '../../shared/export'
import { teamHandlers } from './teamHandlers'
import { codebookHandlers } from './codebookHandlers'

export type EventListener = (event: ServiceEvent) => void

export interface ServiceOptions {
  /** The built merge worker script (the Electron app's); from source when not given. */
  mergeWorkerEntry?: string
}

/**
 * Margin's API, implemented once over a ProjectStore. It never touches Electron; the
 * Electron IPC bridge and the loopback HTTP host both relay to `handlers`.
 */
export class MarginService {
  private store: ProjectStore | null = null
  private readonly tasks = new Map<string, AbortController>()
  private readonly listeners = new Set<EventListener>()
  readonly handlers: Handlers

  constructor(private readonly options: ServiceOptions = {}) {
    this.handlers = this.createHandlers()
  }

  /** Opens a project, closing the one open before. */
  async openProject(path: string, options: { readOnly?: boolean } = {}): Promise<ProjectStore> {
    const next = await ProjectStore.open(path, options)
    await this.store?.close()
    this.store = next
    this.emit({ type: 'changed', what: 'project' })
    return next
  }

  get project(): ProjectStore {
    if (!this.store) throw new UserError('no project is open')
    return this.store
  }

  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Flushes journals and releases the project lock (call on quit). */
  async shutdown(): Promise<void> {
    for (const task of this.tasks.values()) task.abort()
    await this.store?.close()
    this.store = null
  }

  private emit(event: ServiceEvent): void {
    for (const listener of this.listeners) listener(event)
  }

  private async summary(): Promise<ProjectSummary> {
    const store = this.project
    await store.coders() // so unreadable coder files show up in `problems`
    return {
      path: store.dir,
      name: store.info.name,
      demo: store.info.demo,
      readOnlyReason: store.readOnlyReason,
      documentCount: store.documents.length,
      variables: store.info.variables,
      problems: [...store.problems],
      memo: store.info.memo,
    }
  }

  private async writableCoder(coderId: string): Promise<CoderStore> {
    this.project.assertWritable()
    const coder = await this.project.coder(coderId)
    if (!coder) throw new UserError(`no coder with id "${coderId}"; add the coder first`)
    return coder
  }

  private async runTask<T>(taskId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.tasks.has(taskId)) throw new UserError(`task ${taskId} is already running`)
    const controller = new AbortController()
    this.tasks.set(taskId, controller)
    try {
      return await work(controller.signal)
    } finally {
      this.tasks.delete(taskId)
    }
  }

  private async importSources(taskId: string, files: SourceFile[], csv: CsvImportOptions | undefined) {
    return this.runTask(taskId, async (signal) => {
      const report = await importDocuments(this.project, files, {
        csv,
        signal,
        onProgress: (done, total, label) => this.emit({ type: 'progress', taskId, done, total, label }),
      })
      if (report.imported.length) this.emit({ type: 'changed', what: 'documents' })
      return report
    })
  }

  private createHandlers(): Handlers {
    return {
      ...codebookHandlers({ project: () => this.project, emit: (event) => this.emit(event) }),
      ...teamHandlers({
        project: () => this.project,
        openProject: (path) => this.openProject(path),
        summary: () => this.summary(),
        emit: (event) => this.emit(event),
        runTask: (taskId, work) => this.runTask(taskId, work),
        mergeWorkerEntry: this.options.mergeWorkerEntry,
      }),
      'project.current': async () => this.summary(),
      'project.open': async ({ path }) => {
        await this.openProject(path)
        return this.summary()
      },
      'project.create': async ({ path, name }) => {
        const created = await ProjectStore.create(path, name)
        await this.store?.close()
        this.store = created
        this.emit({ type: 'changed', what: 'project' })
        return this.summary()
      },

      'documents.list': async () => ({ documents: [...this.project.documents] }),
      'documents.get': async ({ id }) => {
        const meta = this.project.document(id)
        if (!meta) throw new UserError(`no document with id "${id}"`)
        return { meta, text: await this.project.readText(id) }
      },
      'documents.setStatus': async ({ coderId, documentId, status }) => {
        const coder = await this.writableCoder(coderId)
        this.requireDocument(documentId)
        await coder.commit([{ op: 'status', documentId, status }])
        return coderSummary(coder)
      },
      'documents.setMemo': async ({ coderId, documentId, memo }) => {
        const coder = await this.writableCoder(coderId)
        this.requireDocument(documentId)
        await coder.commit([{ op: 'documentMemo', documentId, memo }])
        return coderSummary(coder)
      },

      'documents.getMemo': async ({ coderId, documentId }) => {
        this.requireDocument(documentId)
        const coder = await this.project.coder(coderId)
        return { memo: coder?.documentMemo(documentId) ?? null }
      },

      'codebook.get': async () => this.project.codebook,
      'codebook.save': async ({ codebook }) => {
        await this.project.saveCodebook(codebook)
        this.emit({ type: 'changed', what: 'codebook' })
        return this.project.codebook
      },

      'coders.list': async () => [...(await this.project.coders()).values()].map(coderSummary),
      'coders.add': async (coder) => (await this.project.addCoder(coder)).coder,

      'annotations.list': async ({ documentId, coderIds, includeDeleted }) => {
        const coders = await this.project.coders()
        const out: Annotation[] = []
        for (const [id, coder] of coders) {
          if (coderIds && !coderIds.includes(id)) continue
          for (const a of coder.annotations(documentId)) if (includeDeleted || !a.deleted) out.push(a)
        }
        return out.sort(byPosition)
      },
      'annotations.create': async (request) => {
        const coder = await this.writableCoder(request.coderId)
        const document = this.requireDocument(request.documentId)
        const code = requireCode(this.project.codebook, request.codeId)
        const isSpan = request.start !== undefined || request.end !== undefined
        checkLevel(code, isSpan)
        const id = request.id ?? randomUUID()
        if (coder.get(id)) throw new UserError(`an annotation with id "${id}" exists already`)
        if (!isSpan) {
          const twin = coder.annotations(document.id).find((a) => !a.deleted && a.codeId === code.id && a.start === null)
          if (twin) throw new UserError(`"${code.name}" is already applied to this document; change that annotation instead`)
        }
        const text = isSpan ? await this.project.readText(document.id) : ''
        const now = new Date().toISOString()
        const annotation: Annotation = {
          id,
          documentId: document.id,
          codeId: code.id,
          coderId: coder.coder.id,
          ...anchorSpan(text, request.start ?? null, request.end ?? null),
          attributes: checkAttributes(this.project.codebook, code, request.attributes),
          memo: request.memo ?? null,
          createdAt: now,
          updatedAt: now,
          deleted: false,
        }
        await coder.commit([{ op: 'put', annotation }])
        return annotation
      },
      'annotations.update': async (request) => {
        const coder = await this.writableCoder(request.coderId)
        const current = coder.get(request.id)
        if (!current || current.deleted) throw new UserError(`no annotation with id "${request.id}"`)
        const code = requireCode(this.project.codebook, request.codeId ?? current.codeId)
        const moved = request.start !== undefined || request.end !== undefined
        const anchor = moved
          ? anchorSpan(await this.project.readText(current.documentId), request.start ?? current.start, request.end ?? current.end)
          : {}
        checkLevel(code, (moved ? request.start ?? current.start : current.start) !== null)
        const attributes =
          request.attributes !== undefined || code.id !== current.codeId
            ? checkAttributes(this.project.codebook, code, request.attributes ?? keepKnown(current.attributes, code.attributes))
            : current.attributes
        const annotation: Annotation = {
          ...current,
          ...anchor,
          codeId: code.id,
          attributes,
          memo: request.memo !== undefined ? request.memo : current.memo,
          updatedAt: laterThan(current.updatedAt),
        }
        await coder.commit([{ op: 'put', annotation }])
        return annotation
      },
      'annotations.delete': async ({ coderId, id }) => {
        const coder = await this.writableCoder(coderId)
        const current = coder.get(id)
        if (!current || current.deleted) throw new UserError(`no annotation with id "${id}"`)
        const annotation: Annotation = { ...current, deleted: true, updatedAt: laterThan(current.updatedAt) }
        await coder.commit([{ op: 'put', annotation }])
        return annotation
      },
      'annotations.put': async ({ annotation }) => {
        const coder = await this.writableCoder(annotation.coderId)
        const document = this.requireDocument(annotation.documentId)
        const code = requireCode(this.project.codebook, annotation.codeId)
        if (!annotation.deleted) checkLevel(code, annotation.start !== null)
        const anchor = annotation.start === null ? anchorSpan('', null, null) : anchorSpan(await this.project.readText(document.id), annotation.start, annotation.end)
        const current = coder.get(annotation.id)
        const stored: Annotation = { ...annotation, ...anchor, updatedAt: laterThan(current?.updatedAt ?? annotation.updatedAt) }
        await coder.commit([{ op: 'put', annotation: stored }])
        return stored
      },

      'import.files': async ({ taskId, files, csv }) =>
        this.importSources(
          taskId,
          files.map((f) => ({ name: f.name, read: async () => Buffer.from(f.base64, 'base64') })),
          csv,
        ),
      'import.paths': async ({ taskId, paths, csv }) => {
        const { files, failed } = await collectSourceFiles(paths)
        const report = await this.importSources(taskId, files, csv)
        return { ...report, failed: [...failed, ...report.failed] }
      },
      'import.previewCsv': async ({ name, base64 }) => previewCsv(name, Buffer.from(base64, 'base64')),
      'export.preview': async ({ options, limit }) => asUserError(() => previewExport(this.project, options, limit)),
      'export.run': async ({ taskId, options, path, dictionaryPath }) =>
        this.runTask(taskId, (signal) =>
          asUserError(() =>
            exportTable(this.project, options, { path, dictionaryPath }, {
              signal,
              onProgress: (done, total, label) => this.emit({ type: 'progress', taskId, done, total, label }),
            }),
          ),
        ),
      'tasks.cancel': async ({ taskId }) => {
        const task = this.tasks.get(taskId)
        task?.abort()
        return { cancelled: Boolean(task) }
      },
    }
  }

  private requireDocument(id: string) {
    const meta = this.project.document(id)
    if (!meta) throw new UserError(`no document with id "${id}"`)
    return meta
  }
}

/** Bad export filters (unknown coder, group…) are the user's to fix: report them as such. */
async function asUserError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw error instanceof ExportOptionError ? new UserError(error.message) : error
  }
}

function coderSummary(store: CoderStore): CoderSummary {
  return { ...store.coder, annotations: store.annotationCount, demo: store.isDemo, status: { ...store.statuses } }
}

/** Reading order: by document, then start (document-level codes first), then id. */
function byPosition(a: Annotation, b: Annotation): number {
  if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1
  const sa = a.start ?? -1
  const sb = b.start ?? -1
  if (sa !== sb) return sa - sb
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Now, or a millisecond after `previous` if the clock has not moved past it (merges order edits by time). */
function laterThan(previous: string): string {
  const now = Date.now()
  const before = Date.parse(previous)
  return new Date(now > before ? now : before + 1).toISOString()
}

function keepKnown(values: Annotation['attributes'], defs: { id: string }[]): Annotation['attributes'] {
  return Object.fromEntries(Object.entries(values).filter(([key]) => defs.some((d) => d.id === key)))
}

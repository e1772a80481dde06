import type { Coder } from '../../../shared/model'
import type { CoderStore, StagedCoderFile } from '../../store/coderStore'
import { ProjectFileError } from '../../store/projectFileError'
import { readAnnotationSource, type AnnotationSource } from './annotationSources'
import { planCoder, type CoderChanges, type CoderPlanSummary, type CoderState } from './coderPlan'
import type { LeadView, PlacementOptions } from './placement'
import type { QuarantineEntry, QuarantineFile, QuarantinedDocumentRecord } from './quarantineFile'

/** What the merge needs to know of a file once it is read and valid. */
export interface FileSummary {
  index: number
  name: string
  sha256: string
  coder: Coder
  annotations: number
}

/** One coder's part of the merge, as the merge hands it to a workspace. */
export interface CoderJob {
  coderId: string
  /** The coder's files, in the order the merge was given them. */
  files: { index: number; path: string; sha256: string }[]
}

/** A coder's plan and, when the merge writes and the coder's file changes, the file staged for it. */
export interface PlannedCoder {
  plan: CoderPlanSummary
  staged: { fileName: string; sha256: string } | null
}

/** How a workspace reaches coders: through the open project (main thread) or the files on disk (worker thread). */
export interface CoderAccess {
  state(coderId: string, fileName: string | null): Promise<CoderState | undefined>
  /** Writes the coder's next file beside the current one; `publish` puts it in place. */
  stage(coderId: string, change: CoderChanges): Promise<StagedCoderFile>
}

/** What every workspace of one merge shares: the lead's project as the merge found it. */
export interface MergeContext {
  view: LeadView
  options: PlacementOptions
  /** Coder id → file name in `annotations/`, for the coders the project has. */
  coderFiles: Readonly<Record<string, string>>
  quarantine: QuarantineFile
  /** False for a dry run: plan only, stage nothing. */
  stage: boolean
}

/** The steps of a merge that can run in any thread; MergeWorkspace runs them here, a MergeWorkerThread in a worker. */
export interface MergeExecutor {
  /** Reads and validates a file, then plans its coder as if no other file were theirs. */
  readAndPlan(index: number, path: string): Promise<{ file: FileSummary; planned: PlannedCoder }>
  /** Plans a coder again over all their files (read again here if read elsewhere). */
  planCoder(job: CoderJob): Promise<PlannedCoder>
  publish(coderId: string): Promise<void>
  /** Removes every file staged and not published. */
  discard(): Promise<void>
}

/**
 * One thread's share of a merge: the files it read (kept parsed) and the coder files it
 * staged (kept until published or discarded). Only small summaries leave it, so a worker
 * never ships tens of thousands of annotations to the main thread. Reading, planning and
 * staging one file's coder follow each other without waiting for other threads; the merge
 * only waits for all of them before it records itself and publishes.
 */
export class MergeWorkspace implements MergeExecutor {
  private readonly sources = new Map<number, AnnotationSource>()
  private readonly staged = new Map<string, StagedCoderFile>()
  /** Set by discard: a stage still under way then removes itself instead of being kept. */
  private discarded = false
  private readonly quarantineByCoder = new Map<string, { annotations: QuarantineEntry[]; documentRecords: QuarantinedDocumentRecord[] }>()

  constructor(
    private readonly context: MergeContext,
    private readonly coders: CoderAccess,
  ) {
    const partOf = (coderId: string) => {
      let part = this.quarantineByCoder.get(coderId)
      if (!part) this.quarantineByCoder.set(coderId, (part = { annotations: [], documentRecords: [] }))
      return part
    }
    for (const entry of context.quarantine.annotations) partOf(entry.coder.id).annotations.push(entry)
    for (const record of context.quarantine.documentRecords) partOf(record.coder.id).documentRecords.push(record)
  }

  async readAndPlan(index: number, path: string): Promise<{ file: FileSummary; planned: PlannedCoder }> {
    const source = await readAnnotationSource(path)
    this.sources.set(index, source)
    const file = { index, name: source.name, sha256: source.sha256, coder: source.file.coder, annotations: source.file.annotations.length }
    return { file, planned: await this.plan(file.coder.id, [source]) }
  }

  async planCoder(job: CoderJob): Promise<PlannedCoder> {
    const sources: AnnotationSource[] = []
    for (const { index, path, sha256 } of job.files) {
      let source = this.sources.get(index)
      if (!source) {
        source = await readAnnotationSource(path)
        if (source.sha256 !== sha256) throw new ProjectFileError(source.name, 'the file changed while it was being merged; merge again')
        this.sources.set(index, source)
      }
      sources.push(source)
    }
    return this.plan(job.coderId, sources)
  }

  async publish(coderId: string): Promise<void> {
    const staged = this.staged.get(coderId)
    if (!staged) throw new Error(`no file was staged here for coder ${coderId}`)
    this.staged.delete(coderId)
    await staged.publish()
  }

  async discard(): Promise<void> {
    this.discarded = true
    const left = [...this.staged.values()]
    this.staged.clear()
    await Promise.all(left.map((s) => s.discard()))
  }

  private async plan(coderId: string, sources: AnnotationSource[]): Promise<PlannedCoder> {
    const fileName = this.context.coderFiles[coderId] ?? null
    const plan = planCoder({
      coderId,
      view: this.context.view,
      options: this.context.options,
      state: await this.coders.state(coderId, fileName),
      quarantine: this.quarantineByCoder.get(coderId) ?? { annotations: [], documentRecords: [] },
      sources,
    })
    const staged = this.context.stage && plan.change ? await this.coders.stage(coderId, plan.change) : null
    if (staged && this.discarded) {
      await staged.discard()
      throw new Error('the merge stopped before this coder was staged')
    }
    // A coder planned again (a second file of theirs) replaces what was staged for them before.
    const replaced = this.staged.get(coderId)
    if (staged) this.staged.set(coderId, staged)
    else this.staged.delete(coderId)
    await replaced?.discard()
    return { plan: plan.summary, staged: staged && { fileName: staged.fileName, sha256: staged.sha256 } }
  }
}

/** A coder store seen as the planner needs it. */
export function coderState(store: CoderStore): CoderState {
  return {
    coder: store.coder,
    get: (id) => store.get(id),
    statuses: store.statuses,
    memo: (documentId) => store.documentMemo(documentId),
  }
}

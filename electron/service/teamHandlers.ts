import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { agreementReport, assertNumbersFor, parseReliabilityCsv, ReliabilityCsvError } from '../../shared/agreement'
import type { Handlers, ProjectSummary, ServiceEvent, ValidRequestOf } from '../../shared/contract'
import { planAssignment } from '../../shared/team'
import type { ProjectStore } from '../store/projectStore'
import { acceptAgreedCodings } from './adjudication/acceptAgreed'
import { resolveDisagreement, listDisagreements, undoResolution } from './adjudication/adjudicate'
import { projectAgreement } from './agreement/projectAgreement'
import { UserError } from './dispatch'
import { removeIncomingFiles, storeIncomingFiles } from './merge/incomingFiles'
import { mergeAnnotationFiles } from './merge/applyMerge'
import { listMerges } from './merge/mergeRecord'
import { readQuarantine } from './merge/quarantineFile'
import { createPackage } from './pack/createPackage'
import { exportAnnotations } from './pack/exportAnnotations'
import { readPackage, writePackage } from './pack/packageFile'
import { unpackPackage } from './pack/unpackPackage'
import { undoMerge } from './merge/undoMerge'
import { leadView, placeAnnotation } from './merge/placement'

/** What the team handlers need from the service that hosts them. */
export interface TeamContext {
  project(): ProjectStore
  openProject(path: string): Promise<ProjectStore>
  summary(): Promise<ProjectSummary>
  emit(event: ServiceEvent): void
  /** Runs cancellable work under a task id (see MarginService.runTask). */
  runTask<T>(taskId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T>
  /** See MergeRequest.workerEntry. */
  mergeWorkerEntry?: string
}

export type TeamHandlers = Pick<
  Handlers,
  | 'team.pack'
  | 'team.assignment'
  | 'team.openPackage'
  | 'team.exportAnnotations'
  | 'merge.preview'
  | 'merge.apply'
  | 'merge.undo'
  | 'merge.history'
  | 'merge.quarantine'
  | 'agreement.compute'
  | 'agreement.disagreements'
  | 'agreement.fromCsv'
  | 'adjudication.resolve'
  | 'adjudication.undo'
  | 'adjudication.acceptAgreed'
>

/** The team workflow's part of the API: packing, merging, agreement and adjudication. */
export function teamHandlers(ctx: TeamContext): TeamHandlers {
  return {
    'team.pack': async ({ coderId, coderName, documents, overlap, team, path }) => {
      const store = ctx.project()
      const known = (await store.coder(coderId))?.coder
      const coder = known ?? { id: coderId, name: coderName ?? coderId }
      const pack = await createPackage(store, { coder, documents, overlap, team })
      // The dialogs suggest a folder inside the project (exports/), which may not exist yet.
      await mkdir(dirname(path), { recursive: true })
      const bytes = await writePackage(path, pack)
      return { path, coder, assignment: pack.assignment, bytes }
    },
    'team.assignment': async ({ coderId, documents, overlap, team }) => {
      const store = ctx.project()
      try {
        return planAssignment(store.documents, { coder: coderId, documents, overlap, team }, store.info.variables.map((v) => v.name))
      } catch (error) {
        if (error instanceof RangeError) throw new UserError(error.message)
        throw error
      }
    },
    'team.openPackage': async ({ path, dir }) => {
      const created = await unpackPackage(await readPackage(path), dir)
      await created.close()
      await ctx.openProject(created.dir)
      return ctx.summary()
    },
    'team.exportAnnotations': async ({ coderId, path }) => {
      await mkdir(dirname(path), { recursive: true })
      const written = await exportAnnotations(ctx.project(), coderId, path)
      return { path, coderId, ...written }
    },

    'merge.preview': async (request) => runMerge(ctx, request, true),
    'merge.apply': async (request) => {
      const report = await runMerge(ctx, request, false)
      if (report.changed) ctx.emit({ type: 'changed', what: 'annotations' })
      return report
    },
    'merge.undo': async ({ mergeId, force }) => {
      // The open store reads the restored coder files again when next used.
      const result = await undoMerge(ctx.project(), { mergeId, force })
      ctx.emit({ type: 'changed', what: 'annotations' })
      return result
    },
    'merge.history': async () => listMerges(ctx.project().dir),
    'merge.quarantine': async () => {
      const store = ctx.project()
      const quarantine = await readQuarantine(store.dir)
      const view = leadView(store.documents, store.codebook)
      return {
        annotations: quarantine.annotations.map((entry) => {
          const placement = placeAnnotation(view, entry.annotation, entry.documentHash, entry.codeName, {})
          return {
            coderId: entry.coder.id,
            annotationId: entry.annotation.id,
            documentId: entry.annotation.documentId,
            codeId: entry.annotation.codeId,
            reason: placement.ok ? ('document-missing' as const) : placement.reason,
            message: placement.ok ? 'can be placed now: merge again to place it' : placement.message,
            annotation: entry.annotation,
          }
        }),
        documentRecords: quarantine.documentRecords.map((r) => ({
          coderId: r.coder.id,
          documentId: r.documentId,
          documentHash: r.documentHash,
          status: r.status,
          hasMemo: r.memo !== null,
        })),
      }
    },

    'agreement.compute': async (request) => projectAgreement(ctx.project(), request),
    'agreement.disagreements': async (request) => listDisagreements(ctx.project(), request),
    'agreement.fromCsv': async ({ text, level }) => {
      try {
        const data = parseReliabilityCsv(text)
        assertNumbersFor(data, level ?? 'nominal')
        return agreementReport(data, level ?? 'nominal')
      } catch (error) {
        if (error instanceof ReliabilityCsvError || error instanceof RangeError) throw new UserError(error.message)
        throw error
      }
    },

    'adjudication.resolve': async (request) => {
      const result = await resolveDisagreement(ctx.project(), request)
      ctx.emit({ type: 'changed', what: 'annotations' })
      return result
    },
    'adjudication.undo': async (request) => {
      const result = await undoResolution(ctx.project(), request)
      ctx.emit({ type: 'changed', what: 'annotations' })
      return result
    },
    'adjudication.acceptAgreed': async (request) => {
      const result = await acceptAgreedCodings(ctx.project(), request)
      ctx.emit({ type: 'changed', what: 'annotations' })
      return result
    },
  }
}

/** A merge of files given by path and/or by value, cancellable and reporting progress when it has a task id. */
async function runMerge(ctx: TeamContext, request: ValidRequestOf<'merge.apply'>, dryRun: boolean) {
  const store = ctx.project()
  const uploaded = request.files?.length ? await storeIncomingFiles(store.dir, request.files) : []
  const paths = [...request.paths, ...uploaded]
  const merge = (signal?: AbortSignal) =>
    mergeAnnotationFiles(store, {
      paths,
      matchCodeNames: request.matchCodeNames,
      dryRun,
      signal,
      workerEntry: ctx.mergeWorkerEntry,
      onProgress: request.taskId
        ? (done, total, label) => ctx.emit({ type: 'progress', taskId: request.taskId!, done, total, label })
        : undefined,
    })
  try {
    return await (request.taskId ? ctx.runTask(request.taskId, merge) : merge())
  } finally {
    await removeIncomingFiles(uploaded)
  }
}

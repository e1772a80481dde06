import { z } from 'zod'
import {
  annotationSchema,
  attributeValueSchema,
  codebookSchema,
  coderSchema,
  documentStatusSchema,
  idSchema,
  memoSchema,
} from '../model'
import type { Annotation, Codebook, Coder, DocumentMeta, Memo } from '../model'
import type { CoderSummary, CsvPreview, DocumentWithText, ImportReport, ProjectSummary } from './responses'
import { exportOptionsSchema, type ExportPreview, type ExportSummary } from '../export'
import type { AgreementReport } from '../agreement'
import type { Assignment } from '../team'
import * as team from './teamRequests'
import type * as T from './teamResponses'
import type { CodebookChangeReport, CodebookImportPreview, CodeUsage, RetrievedSegments } from './codebookResponses'

/** Declares one API method returning `Response`; its request must pass `request`. */
const returns =
  <Response>() =>
  <Request extends z.ZodType>(request: Request) => ({ request, response: undefined as unknown as Response })

const empty = z.object({}).strict()
const taskId = z.string().min(1).max(100)
const csvOptions = z
  .object({
    textColumn: z.string().optional(),
    titleColumn: z.string().optional(),
    variableColumns: z.array(z.string()).optional(),
    delimiter: z.string().max(1).optional(),
  })
  .strict()
  .optional()
/** A file sent by value (from a browser's file picker) as base64; 200 MB at most. */
const uploadedFile = z.object({ name: z.string().min(1).max(500), base64: z.string().max(280_000_000) }).strict()
const offset = z.number().int().nonnegative()

/**
 * Margin's whole API: method name → request schema → response type. The Node service
 * implements it once; Electron IPC and the loopback HTTP host relay it; the renderer's
 * client is typed from it. Requests are validated against these schemas at every boundary.
 */
export const api = {
  'project.current': returns<ProjectSummary>()(empty),
  'project.open': returns<ProjectSummary>()(z.object({ path: z.string().min(1) }).strict()),
  'project.create': returns<ProjectSummary>()(z.object({ path: z.string().min(1), name: z.string().min(1).max(200) }).strict()),

  'documents.list': returns<{ documents: DocumentMeta[] }>()(empty),
  'documents.get': returns<DocumentWithText>()(z.object({ id: idSchema }).strict()),
  'documents.setStatus': returns<CoderSummary>()(
    z.object({ coderId: idSchema, documentId: idSchema, status: documentStatusSchema }).strict(),
  ),
  'documents.setMemo': returns<CoderSummary>()(
    z.object({ coderId: idSchema, documentId: idSchema, memo: memoSchema.nullable() }).strict(),
  ),
  /** One coder's memo on one document (null when none, or the coder does not exist yet). */
  'documents.getMemo': returns<{ memo: Memo | null }>()(z.object({ coderId: idSchema, documentId: idSchema }).strict()),

  'codebook.get': returns<Codebook>()(empty),
  'codebook.save': returns<Codebook>()(z.object({ codebook: codebookSchema }).strict()),

  'coders.list': returns<CoderSummary[]>()(empty),
  'coders.add': returns<Coder>()(coderSchema.strict()),

  'annotations.list': returns<Annotation[]>()(
    z
      .object({ documentId: idSchema.optional(), coderIds: z.array(idSchema).optional(), includeDeleted: z.boolean().optional() })
      .strict(),
  ),
  /** Codes a span (start/end in code points, end exclusive) or, without them, the document. */
  'annotations.create': returns<Annotation>()(
    z
      .object({
        coderId: idSchema,
        documentId: idSchema,
        codeId: idSchema,
        start: offset.optional(),
        end: offset.optional(),
        attributes: z.record(z.string(), attributeValueSchema).optional(),
        memo: memoSchema.nullable().optional(),
        /** Lets undo/redo restore an annotation under its old id; generated otherwise. */
        id: idSchema.optional(),
      })
      .strict(),
  ),
  'annotations.update': returns<Annotation>()(
    z
      .object({
        coderId: idSchema,
        id: idSchema,
        codeId: idSchema.optional(),
        start: offset.optional(),
        end: offset.optional(),
        attributes: z.record(z.string(), attributeValueSchema).optional(),
        memo: memoSchema.nullable().optional(),
      })
      .strict(),
  ),
  /** Deletes by leaving a tombstone, so merges carry the deletion. */
  'annotations.delete': returns<Annotation>()(z.object({ coderId: idSchema, id: idSchema }).strict()),
  /** Restores an annotation exactly as given (undo of a delete or an edit). */
  'annotations.put': returns<Annotation>()(z.object({ annotation: annotationSchema }).strict()),

  'import.files': returns<ImportReport>()(
    z.object({ taskId, files: z.array(uploadedFile).min(1).max(10_000), csv: csvOptions }).strict(),
  ),
  'import.paths': returns<ImportReport>()(
    z.object({ taskId, paths: z.array(z.string().min(1)).min(1).max(10_000), csv: csvOptions }).strict(),
  ),
  'import.previewCsv': returns<CsvPreview>()(uploadedFile),
  'tasks.cancel': returns<{ cancelled: boolean }>()(z.object({ taskId }).strict()),

  /** The export's columns, its first `limit` rows (raw cells) and how many rows it has. */
  'export.preview': returns<ExportPreview>()(
    z.object({ options: exportOptionsSchema, limit: z.number().int().min(1).max(1000).default(50) }).strict(),
  ),
  /**
   * Writes the table to `path` atomically, its data dictionary beside it (or at
   * `dictionaryPath`; null for none) and, with options.spss, the SPSS syntax; progress
   * events carry `taskId`.
   */
  'export.run': returns<ExportSummary>()(
    z
      .object({ taskId, options: exportOptionsSchema, path: z.string().min(1), dictionaryPath: z.string().min(1).nullable().optional() })
      .strict(),
  ),

  /** Team workflow: a coder package (project, codebook, assigned documents) written to `path`. */
  'team.pack': returns<T.PackSummary>()(team.packRequestSchema),
  /** Which documents a coder would get, without writing a package (the pack dialog's preview). */
  'team.assignment': returns<Assignment>()(team.assignmentPreviewSchema),
  /** Unpacks a coder package into a new project folder `dir` and opens it. */
  'team.openPackage': returns<ProjectSummary>()(team.openPackageRequestSchema),
  /** Writes a coder's annotation file (journal folded, tombstones, document hashes) to `path`. */
  'team.exportAnnotations': returns<T.AnnotationExportSummary>()(team.exportAnnotationsRequestSchema),
  /** What merging these annotation files would do; changes nothing. */
  'merge.preview': returns<T.MergeReport>()(team.mergeRequestSchema),
  'merge.apply': returns<T.MergeReport>()(team.mergeRequestSchema),
  /** Restores every file a merge touched (default: the latest merge not undone) and reopens the project. */
  'merge.undo': returns<T.MergeUndoResult>()(team.mergeUndoRequestSchema),
  'merge.history': returns<T.MergeHistoryEntry[]>()(empty),
  'merge.quarantine': returns<T.QuarantineSummary>()(empty),
  'agreement.compute': returns<T.ProjectAgreement>()(team.agreementRequestSchema),
  'agreement.disagreements': returns<T.DisagreementPage>()(team.disagreementsRequestSchema),
  /** Agreement on plain reliability data (CSV: coders in the first row, one unit a row). */
  'agreement.fromCsv': returns<AgreementReport>()(team.reliabilityCsvRequestSchema),
  'adjudication.resolve': returns<T.AdjudicationResult>()(team.resolveRequestSchema),
  'adjudication.undo': returns<T.AdjudicationResult>()(team.undoResolutionRequestSchema),
  /** Copies what the coders agree on at a unit into the consensus coder (undo: adjudication.undo of `agreed:<unit>`). */
  'adjudication.acceptAgreed': returns<T.AgreedCodingsResult>()(team.acceptAgreedRequestSchema),
  /** Live annotations per code per coder, for the codebook's counts and merge/delete confirmations. */
  'codebook.usage': returns<CodeUsage>()(empty),
  /** Saves an edited codebook after checking it (ids, parents, cycles, shortcuts, colors, options); refuses dropping codes in use. */
  'codebook.update': returns<CodebookChangeReport>()(z.object({ codebook: codebookSchema }).strict()),
  /** Moves every coder's annotations of `sourceId` to `targetId` (same group) and removes the source; undoable. */
  'codebook.mergeCodes': returns<CodebookChangeReport>()(z.object({ sourceId: idSchema, targetId: idSchema }).strict()),
  /** Tombstones the code's annotations in every coder file and removes it; refused while codes sit under it. Undoable. */
  'codebook.deleteCode': returns<CodebookChangeReport>()(z.object({ codeId: idSchema }).strict()),
  /** Adds a code beside or under `codeId` (same group, level and attributes) and moves the chosen annotations to it. */
  'codebook.splitCode': returns<CodebookChangeReport>()(
    z
      .object({
        codeId: idSchema,
        newCode: z.object({ id: idSchema, name: z.string().min(1).max(200), color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional() }).strict(),
        asChild: z.boolean().default(true),
        annotationIds: z.array(idSchema).max(100_000).default([]),
      })
      .strict(),
  ),
  /** Puts back exactly the codebook and annotations a change replaced, if nothing changed them since. */
  'codebook.undo': returns<Codebook>()(z.object({ undoId: z.string().uuid() }).strict()),
  /** Replaces the codebook with a codebook JSON file's content (the codebook format); undoable. */
  'codebook.importJson': returns<CodebookChangeReport>()(z.object({ json: z.string().max(50_000_000) }).strict()),
  /** Replaces the codebook from a CSV (one row per code, as codebook.exportCsv writes); undoable. */
  'codebook.importCsv': returns<CodebookChangeReport>()(z.object({ csv: z.string().max(50_000_000) }).strict()),
  /** What importing a codebook file (JSON as importJson takes it, or CSV) would change; changes nothing. */
  'codebook.previewImport': returns<CodebookImportPreview>()(
    z.union([z.object({ json: z.string().max(50_000_000) }).strict(), z.object({ csv: z.string().max(50_000_000) }).strict()]),
  ),
  'codebook.exportCsv': returns<{ csv: string; fileName: string }>()(empty),
  /** The codebook as a standalone, printable HTML page. */
  'codebook.printable': returns<{ html: string; fileName: string }>()(empty),
  /** One code (with its children) or a whole group across all documents, filtered by coder and document variables. */
  'segments.retrieve': returns<RetrievedSegments>()(
    z
      .object({
        codeIds: z.array(idSchema).max(1000).optional(),
        groupId: idSchema.optional(),
        includeChildren: z.boolean().default(true),
        coderIds: z.array(idSchema).optional(),
        variables: z.record(z.string(), z.array(z.string())).optional(),
      })
      .strict(),
  ),
}

export type Api = typeof api
export type MethodName = keyof Api
/** What a caller sends (before defaults are applied). */
export type RequestOf<M extends MethodName> = z.input<Api[M]['request']>
/** What a handler receives (validated, defaults applied). */
export type ValidRequestOf<M extends MethodName> = z.output<Api[M]['request']>
export type ResponseOf<M extends MethodName> = Api[M]['response']

/** The service's side of the contract: one handler per method. */
export type Handlers = { [M in MethodName]: (request: ValidRequestOf<M>) => Promise<ResponseOf<M>> }

/** Every method name, for adapters that must enumerate them (the Electron preload). */
export const methodNames = Object.keys(api) as MethodName[]

import { z } from 'zod'
import { attributeValueSchema, idSchema, MAX_VARIABLE_NAME, memoSchema } from '../model'

/** Request schemas of the team workflow: packing, merging, agreement, adjudication. */

const path = z.string().min(1).max(4096)
const unit = z.enum(['document', 'paragraph', 'sentence', 'span'])
const coders = z.array(idSchema).min(2).max(30)
const coded = z.enum(['annotations', 'status'])
const offset = z.number().int().nonnegative()

export const overlapRequestSchema = z
  .object({
    /** Documents every coder codes, for reliability. */
    size: z.number().int().nonnegative().max(1_000_000),
    seed: z.number().int(),
    /** A document field (outlet, author, language, date) or variable to stratify by. */
    stratifyBy: z.string().min(1).max(MAX_VARIABLE_NAME).nullable().optional(),
  })
  .strict()

export const packRequestSchema = z
  .object({
    coderId: idSchema,
    /** The coder's display name when the project does not know the coder yet. */
    coderName: z.string().min(1).max(200).optional(),
    /** The coder's own documents (default: their share of `team`, else all). */
    documents: z.array(idSchema).max(1_000_000).optional(),
    overlap: overlapRequestSchema.optional(),
    team: z.array(idSchema).min(1).max(100).optional(),
    /** Where to write the `.marginpack` file. */
    path,
  })
  .strict()

export const assignmentPreviewSchema = packRequestSchema.omit({ path: true, coderName: true })

export const openPackageRequestSchema = z.object({ path, dir: path }).strict()

export const exportAnnotationsRequestSchema = z.object({ coderId: idSchema, path }).strict()

/** An annotation file sent by value (from a browser's file picker), base64; 200 MB at most. */
const uploadedFile = z.object({ name: z.string().min(1).max(255), base64: z.string().max(280_000_000) }).strict()

export const mergeRequestSchema = z
  .object({
    /** Annotation files on this computer; with no `files` either, only the quarantine is retried. */
    paths: z.array(path).max(1000),
    /** Annotation files sent by value; kept under .margin/incoming/ and merged like paths. */
    files: z.array(uploadedFile).max(1000).optional(),
    /** Names the merge for progress events and `tasks.cancel` (cancellable until it starts writing). */
    taskId: z.string().min(1).max(100).optional(),
    /** Place annotations of an unknown code id on the one code with the same name. */
    matchCodeNames: z.boolean().optional(),
  })
  .strict()

export const mergeUndoRequestSchema = z.object({ mergeId: z.string().min(1).max(100).optional(), force: z.boolean().optional() }).strict()

export const agreementRequestSchema = z
  .object({
    unit,
    coderIds: coders.optional(),
    /** A code group's id or name. */
    group: z.string().min(1).max(200).optional(),
    codeIds: z.array(idSchema).optional(),
    coded: coded.optional(),
    /** Bootstrapped intervals for alpha (default true). */
    bootstrap: z.boolean().optional(),
  })
  .strict()

export const disagreementsRequestSchema = z
  .object({
    unit,
    coderIds: coders.optional(),
    group: z.string().min(1).max(200).optional(),
    codeId: idSchema.optional(),
    documentId: idSchema.optional(),
    coded: coded.optional(),
    open: z.boolean().optional(),
    offset: offset.optional(),
    limit: z.number().int().min(0).max(10_000).optional(),
  })
  .strict()

export const reliabilityCsvRequestSchema = z
  .object({
    /** CSV text: first row names the coders, every later row is a unit; empty = missing. */
    text: z.string().min(1).max(50_000_000),
    level: z.enum(['nominal', 'ordinal', 'interval', 'ratio']).optional(),
  })
  .strict()

export const resolveRequestSchema = z
  .object({
    disagreementId: z.string().min(1).max(400),
    action: z.enum(['accept', 'both', 'neither', 'edit']),
    /** accept: exactly one coder; both: the coders to take (default all who applied the code). */
    coders: z.array(idSchema).min(1).max(30).optional(),
    edit: z
      .object({
        codeId: idSchema.optional(),
        start: offset.optional(),
        end: offset.optional(),
        attributes: z.record(z.string(), attributeValueSchema).optional(),
        memo: memoSchema.nullable().optional(),
      })
      .strict()
      .optional(),
    coderIds: coders.optional(),
    coded: coded.optional(),
  })
  .strict()

export const acceptAgreedRequestSchema = z.object({ unit, coderIds: coders.optional(), coded: coded.optional() }).strict()

export const undoResolutionRequestSchema = z
  .object({ disagreementId: z.string().min(1).max(400), coderIds: coders.optional(), coded: coded.optional() })
  .strict()

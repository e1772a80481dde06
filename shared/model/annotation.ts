import { z } from 'zod'
import { idSchema, timestampSchema } from './ids'
import { memoSchema } from './memo'

export const attributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()])

/**
 * One coding act by one coder. A span annotation has `start`/`end` as Unicode code point
 * offsets into the document text (end exclusive) and the quoted text with a little context
 * around it, so it can be verified and re-anchored. A document-level annotation has none
 * of these. A deleted annotation stays as a tombstone (`deleted: true`) so merges carry
 * the deletion; `updatedAt` is then the time of deletion.
 */
export const annotationSchema = z
  .object({
    id: idSchema,
    documentId: idSchema,
    codeId: idSchema,
    coderId: idSchema,
    start: z.number().int().nonnegative().nullable().default(null),
    end: z.number().int().nonnegative().nullable().default(null),
    quote: z.string().nullable().default(null),
    /** Up to CONTEXT_CODE_POINTS code points before and after the quote. */
    before: z.string().nullable().default(null),
    after: z.string().nullable().default(null),
    attributes: z.record(z.string(), attributeValueSchema).default({}),
    memo: memoSchema.nullable().default(null),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    deleted: z.boolean().default(false),
  })
  .refine((a) => (a.start === null) === (a.end === null), 'start and end are both set or both null')
  .refine((a) => a.start === null || a.end === null || a.start < a.end, 'start must be before end')

export type Annotation = z.infer<typeof annotationSchema>

/** How much context is stored on each side of a quote, in code points. */
export const CONTEXT_CODE_POINTS = 40

export const documentStatusSchema = z.enum(['not-started', 'in-progress', 'done'])
export type DocumentStatus = z.infer<typeof documentStatusSchema>

export const coderSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
})
export type Coder = z.infer<typeof coderSchema>

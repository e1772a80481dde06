import { z } from 'zod'
import { coderSchema, documentStatusSchema } from './annotation'
import { annotationListSchema } from './annotationList'
import { idSchema } from './ids'
import { memoSchema } from './memo'

/** One coder's file: everything that coder did, the unit a coder sends to the team lead. */
export const coderFileSchema = z.object({
  format: z.literal('margin-annotations'),
  schemaVersion: z.literal(1),
  coder: coderSchema,
  /** True for the illustrative codings shipped with the demo project. */
  demo: z.boolean().default(false),
  annotations: annotationListSchema,
  documentStatus: z.record(idSchema, documentStatusSchema).default({}),
  documentMemos: z.record(idSchema, memoSchema).default({}),
})
export type CoderFile = z.infer<typeof coderFileSchema>

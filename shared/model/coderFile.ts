import { z } from 'zod'
import { coderSchema, documentStatusSchema, type DocumentStatus } from './annotation'
import { annotationListSchema } from './annotationList'
import { checkedRecord } from './checkedRecord'
import { ID_PATTERN, idSchema } from './ids'

const STATUSES: ReadonlySet<string> = new Set(documentStatusSchema.options)
import { memoSchema } from './memo'

/** One coder's file: everything that coder did, the unit a coder sends to the team lead. */
export const coderFileSchema = z.object({
  format: z.literal('margin-annotations'),
  schemaVersion: z.literal(1),
  coder: coderSchema,
  /** True for the illustrative codings shipped with the demo project. */
  demo: z.boolean().default(false),
  annotations: annotationListSchema,
  documentStatus: checkedRecord(
    z.record(idSchema, documentStatusSchema).default({}),
    (id) => ID_PATTERN.test(id),
    (status): status is DocumentStatus => typeof status === 'string' && STATUSES.has(status),
  ),
  documentMemos: z.record(idSchema, memoSchema).default({}),
})
export type CoderFile = z.infer<typeof coderFileSchema>

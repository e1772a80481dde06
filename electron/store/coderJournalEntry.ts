import { z } from 'zod'
import { annotationSchema, coderSchema, documentStatusSchema, idSchema, memoSchema } from '../../shared/model'

/** One change to a coder's file, as written to that coder's journal. */
export const coderJournalEntrySchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), annotation: annotationSchema }),
  z.object({ op: z.literal('status'), documentId: idSchema, status: documentStatusSchema }),
  z.object({ op: z.literal('documentMemo'), documentId: idSchema, memo: memoSchema.nullable() }),
  z.object({ op: z.literal('coder'), coder: coderSchema }),
])
export type CoderJournalEntry = z.infer<typeof coderJournalEntrySchema>

import { z } from 'zod'
import { idSchema, timestampSchema } from './ids'
import { memoSchema } from './memo'
import { documentMetaSchema, variableDefSchema } from './document'

/** The current on-disk schema version; see docs/project-format.md for migrations. */
export const PROJECT_SCHEMA_VERSION = 1

/** `margin.json`: the project's identity and settings. */
export const projectFileSchema = z.object({
  format: z.literal('margin-project'),
  schemaVersion: z.literal(PROJECT_SCHEMA_VERSION),
  id: idSchema,
  name: z.string().min(1),
  description: z.string().default(''),
  createdAt: timestampSchema,
  demo: z.boolean().default(false),
  variables: z.array(variableDefSchema).default([]),
  memo: memoSchema.nullable().default(null),
})
export type ProjectFile = z.infer<typeof projectFileSchema>

/** `documents.json`: metadata of every document, in import order. */
export const documentIndexSchema = z.object({
  format: z.literal('margin-documents'),
  schemaVersion: z.literal(1),
  documents: z.array(documentMetaSchema),
})
export type DocumentIndex = z.infer<typeof documentIndexSchema>

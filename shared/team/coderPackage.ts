import { z } from 'zod'
import { codebookSchema, coderFileSchema, coderSchema, documentMetaSchema, projectFileSchema, timestampSchema } from '../model'
import { assignmentSchema } from './assignment'

/**
 * A coder package (`.marginpack`): everything a coder needs to code their assignment,
 * as one human-readable JSON file. The lead's project identity and settings, the
 * codebook, the assigned documents with their texts, who the coder is and what they code.
 * Never other coders' annotations; the coder's own earlier annotations on these documents
 * when the lead has them (a re-issued package).
 */
export const coderPackageSchema = z.object({
  format: z.literal('margin-package'),
  schemaVersion: z.literal(1),
  createdAt: timestampSchema,
  project: projectFileSchema,
  codebook: codebookSchema,
  documents: z.array(z.object({ meta: documentMetaSchema, text: z.string() })).superRefine((documents, ctx) => {
    const seen = new Set<string>()
    documents.forEach(({ meta }, i) => {
      if (seen.has(meta.id)) ctx.addIssue({ code: 'custom', message: `document ${meta.id} is in the package twice`, path: [i, 'meta', 'id'] })
      seen.add(meta.id)
    })
  }),
  coder: coderSchema,
  assignment: assignmentSchema,
  annotations: coderFileSchema.nullable().default(null),
})
export type CoderPackage = z.infer<typeof coderPackageSchema>

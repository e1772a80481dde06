import { z } from 'zod'
import { coderFileSchema, idSchema } from '../model'

/**
 * The file a coder sends back: exactly their `annotations/<coder>.json` (journal folded,
 * tombstones kept), plus what the lead needs to place it when ids differ: the content hash
 * of every document it refers to and the name of every code it uses. A plain coder file
 * (without these) is accepted too; its documents and codes are then matched by id only.
 */
export const annotationFileSchema = coderFileSchema.extend({
  /** Document id (as the coder has it) → "sha256:…" content hash. */
  documentHashes: z.record(idSchema, z.string().regex(/^sha256:[0-9a-f]{64}$/)).default({}),
  /** Code id (as in the coder's codebook) → code name, for reporting codebook drift. */
  codeNames: z.record(idSchema, z.string()).default({}),
})
export type AnnotationFile = z.infer<typeof annotationFileSchema>

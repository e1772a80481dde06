import { z } from 'zod'
import { checkedRecord, coderFileSchema, CONTENT_HASH_PATTERN, contentHashSchema, ID_PATTERN, idSchema } from '../model'

/**
 * The file a coder sends back: exactly their `annotations/<coder>.json` (journal folded,
 * tombstones kept), plus what the lead needs to place it when ids differ: the content hash
 * of every document it refers to and the name of every code it uses. A plain coder file
 * (without these) is accepted too; its documents and codes are then matched by id only.
 */
export const annotationFileSchema = coderFileSchema.extend({
  /** Document id (as the coder has it) → "sha256:…" content hash. */
  documentHashes: checkedRecord(
    z.record(idSchema, contentHashSchema).default({}),
    (id) => ID_PATTERN.test(id),
    (hash): hash is string => typeof hash === 'string' && CONTENT_HASH_PATTERN.test(hash),
  ),
  /** Code id (as in the coder's codebook) → code name, for reporting codebook drift. */
  codeNames: z.record(idSchema, z.string()).default({}),
})
export type AnnotationFile = z.infer<typeof annotationFileSchema>

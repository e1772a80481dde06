import { ownValue } from '../model/ownValue'
import { z } from 'zod'
import type { DocumentMeta } from '../model'
import { idSchema } from '../model'
import { drawOverlapSample, splitAmongCoders } from './overlapSample'

/** Which documents a coder codes, as written into a coder package and its unpacked project. */
export const assignmentSchema = z.object({
  coder: idSchema,
  /** Every document this coder codes (own share and overlap), in the project's order. */
  documents: z.array(idSchema),
  /** The reliability sample every coder codes; a subset of `documents`. */
  overlap: z.array(idSchema).default([]),
  overlapSize: z.number().int().nonnegative().default(0),
  seed: z.number().int().nullable().default(null),
  /** The document field or variable the overlap was stratified by, or null. */
  stratifyBy: z.string().nullable().default(null),
  /** The coders the non-overlap documents were split among (empty: not split). */
  team: z.array(idSchema).default([]),
})
export type Assignment = z.infer<typeof assignmentSchema>

export interface AssignmentRequest {
  readonly coder: string
  /** The coder's own documents; default: their share when `team` is given, else all. */
  readonly documents?: readonly string[]
  readonly overlap?: { readonly size: number; readonly seed: number; readonly stratifyBy?: string | null }
  /** Split the documents outside the overlap among these coders (the coder must be one). */
  readonly team?: readonly string[]
}

/** The document fields a sample can be stratified by, besides the project's variables. */
export const STRATIFY_FIELDS = ['outlet', 'author', 'language', 'date'] as const

/**
 * The stratum of a document for `stratifyBy`: a metadata field (outlet, author, language,
 * date) or a document variable, as text; '' when the document has no value.
 */
export function stratumOf(meta: DocumentMeta, stratifyBy: string): string {
  const value = (STRATIFY_FIELDS as readonly string[]).includes(stratifyBy)
    ? meta[stratifyBy as (typeof STRATIFY_FIELDS)[number]]
    : ownValue(meta.variables, stratifyBy)
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Plans a coder's assignment over `documents` (the project's, in its order). The overlap
 * sample is drawn from all documents, so every coder given the same size, seed and
 * stratification gets the same sample. Throws RangeError for an unknown document id, a
 * coder missing from `team`, or `documents` and `team` given together.
 */
export function planAssignment(
  documents: readonly DocumentMeta[],
  request: AssignmentRequest,
  variables: readonly string[] = [],
): Assignment {
  const known = new Set(documents.map((d) => d.id))
  for (const id of request.documents ?? []) if (!known.has(id)) throw new RangeError(`no document with id "${id}"`)
  if (request.documents && request.team) throw new RangeError('give either the documents or the team to split them among, not both')
  const stratifyBy = request.overlap?.stratifyBy ?? null
  if (stratifyBy && !(STRATIFY_FIELDS as readonly string[]).includes(stratifyBy) && !variables.includes(stratifyBy)) {
    throw new RangeError(`cannot stratify by "${stratifyBy}": not one of ${[...STRATIFY_FIELDS, ...variables].join(', ')}`)
  }
  const overlap = request.overlap
    ? drawOverlapSample(
        documents.map((d) => ({ id: d.id, stratum: stratifyBy ? stratumOf(d, stratifyBy) : '' })),
        request.overlap.size,
        request.overlap.seed,
      ).documents
    : []
  const inOverlap = new Set(overlap)
  let own: Set<string>
  if (request.team) {
    if (!request.team.includes(request.coder)) throw new RangeError(`coder "${request.coder}" is not in the team`)
    const rest = documents.filter((d) => !inOverlap.has(d.id)).map((d) => d.id)
    own = new Set(splitAmongCoders(rest, request.team, request.overlap?.seed ?? 0)[request.coder])
  } else if (request.documents) {
    own = new Set(request.documents)
  } else {
    own = known
  }
  return {
    coder: request.coder,
    documents: documents.filter((d) => own.has(d.id) || inOverlap.has(d.id)).map((d) => d.id),
    overlap,
    overlapSize: request.overlap?.size ?? 0,
    seed: request.overlap?.seed ?? null,
    stratifyBy,
    team: [...(request.team ?? [])],
  }
}

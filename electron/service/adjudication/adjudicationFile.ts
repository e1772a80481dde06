import { join } from 'node:path'
import { z } from 'zod'
import { annotationSchema, idSchema, timestampSchema } from '../../../shared/model'
import { writeFileAtomic } from '../../store/atomicWrite'
import { canonicalJson } from '../../store/canonicalJson'
import { parseProjectJson } from '../../store/durableJsonFile'
import { migrateProjectFile } from '../../store/migrations'
import { readUtf8File } from '../../store/utf8Text'

/** How disagreements were settled, so progress survives restarts (see docs/project-format.md). */
export const ADJUDICATION_FILE = 'adjudication.json'

export const resolutionSchema = z.object({
  disagreementId: z.string().min(1),
  action: z.enum(['accept', 'both', 'neither', 'edit']),
  coders: z.array(idSchema),
  /** Consensus annotations this resolution wrote (live ones). */
  annotationIds: z.array(idSchema),
  /** Every consensus annotation it changed, as it was before (null: did not exist), for undo. */
  previous: z.record(idSchema, annotationSchema.nullable()),
  at: timestampSchema,
})
export type Resolution = z.infer<typeof resolutionSchema>

export const adjudicationFileSchema = z.object({
  format: z.literal('margin-adjudication'),
  schemaVersion: z.literal(1),
  /** Sorted by disagreement id. */
  resolutions: z.array(resolutionSchema),
})

/** The project's resolutions by disagreement id (empty when there is no file yet). */
export async function readAdjudication(projectDir: string): Promise<Map<string, Resolution>> {
  const text = await readUtf8File(join(projectDir, ADJUDICATION_FILE), ADJUDICATION_FILE)
  if (text === null) return new Map()
  const file = parseProjectJson(text, adjudicationFileSchema, ADJUDICATION_FILE, migrateProjectFile)
  return new Map(file.resolutions.map((r) => [r.disagreementId, r]))
}

export async function writeAdjudication(projectDir: string, resolutions: ReadonlyMap<string, Resolution>): Promise<void> {
  const sorted = [...resolutions.values()].sort((a, b) => (a.disagreementId < b.disagreementId ? -1 : 1))
  await writeFileAtomic(join(projectDir, ADJUDICATION_FILE), canonicalJson({ format: 'margin-adjudication', schemaVersion: 1, resolutions: sorted }))
}

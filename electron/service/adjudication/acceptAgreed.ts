import type { AgreedCodingsResult, AgreementUnit } from '../../../shared/contract'
import type { Annotation } from '../../../shared/model'
import type { ProjectStore } from '../../store/projectStore'
import { agreementScope, CONSENSUS_CODER, type AgreementScopeRequest } from '../agreement/agreementScope'
import { agreedCodings } from '../agreement/disagreements'
import { AGREED_PREFIX, consensusId, laterThan, progress } from './adjudicate'
import { readAdjudication, writeAdjudication } from './adjudicationFile'

/**
 * Copies what the compared coders agree on at `unit` into the consensus coder, so that the
 * consensus is the whole adjudicated data set (agreements and settled disagreements), not
 * only the settled part. The copies are the first compared coder's annotations (see
 * agreedCodings), with the ids accepting them would give, so a disagreement settled for
 * that coder's same annotation writes it once. Running it again adds what was agreed since;
 * the run is recorded with the resolutions as `agreed:<unit>` and undone like one.
 */
export async function acceptAgreedCodings(
  store: ProjectStore,
  request: { unit: AgreementUnit; coderIds?: string[]; coded?: AgreementScopeRequest['coded'] },
  now = new Date(),
): Promise<AgreedCodingsResult> {
  store.assertWritable()
  const scope = await agreementScope(store, { unit: request.unit, coderIds: request.coderIds, coded: request.coded })
  const { coder, units, annotations } = agreedCodings(scope)
  const resolutions = await readAdjudication(store.dir)
  const id = `${AGREED_PREFIX}${request.unit}`
  const earlier = resolutions.get(id)
  const consensus = (await store.coder(CONSENSUS_CODER.id)) ?? (await store.addCoder({ ...CONSENSUS_CODER }))
  const previous: Record<string, Annotation | null> = { ...earlier?.previous }
  const claimed = new Set(earlier?.annotationIds)
  const puts: Annotation[] = []
  for (const source of annotations) {
    const copyId = consensusId(`${coder}/${source.id}`)
    const existing = consensus.get(copyId)
    // Claimed even when already there, so undoing what wrote it first keeps it while this wants it.
    claimed.add(copyId)
    if (existing && !existing.deleted) continue
    if (!(copyId in previous)) previous[copyId] = existing ?? null
    const stamp = now.toISOString()
    puts.push({ ...source, id: copyId, coderId: CONSENSUS_CODER.id, createdAt: existing?.createdAt ?? stamp, updatedAt: laterThan(existing?.updatedAt, now), deleted: false })
  }
  await consensus.commit(puts.map((annotation) => ({ op: 'put' as const, annotation })))
  resolutions.set(id, { disagreementId: id, action: 'accept', coders: [coder], annotationIds: [...claimed].sort(), previous, at: now.toISOString() })
  await writeAdjudication(store.dir, resolutions)
  return {
    id,
    unit: request.unit,
    coder,
    units,
    copied: puts.length,
    alreadyThere: annotations.length - puts.length,
    progress: await progress(store, { disagreementId: id, coderIds: request.coderIds, coded: request.coded }),
  }
}

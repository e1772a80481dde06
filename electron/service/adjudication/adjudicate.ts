import { createHash } from 'node:crypto'
import type { AdjudicationAction, AdjudicationRecord, AdjudicationResult, AgreementUnit, Disagreement, DisagreementPage } from '../../../shared/contract'
import type { Annotation, Memo } from '../../../shared/model'
import type { ProjectStore } from '../../store/projectStore'
import { agreementScope, CONSENSUS_CODER, type AgreementScopeRequest } from '../agreement/agreementScope'
import { findDisagreements } from '../agreement/disagreements'
import { anchorSpan, checkAttributes, checkLevel, requireCode } from '../annotationRules'
import { UserError } from '../dispatch'
import { readAdjudication, writeAdjudication, type Resolution } from './adjudicationFile'

export interface DisagreementQuery extends AgreementScopeRequest {
  codeId?: string
  documentId?: string
  /** Only disagreements not yet resolved. */
  open?: boolean
  offset?: number
  limit?: number
}

/** A page of disagreements, each with its resolution if any, and the overall progress. */
export async function listDisagreements(store: ProjectStore, query: DisagreementQuery): Promise<DisagreementPage> {
  const scope = await agreementScope(store, { ...query, codeIds: query.codeId ? [query.codeId] : query.codeIds })
  const resolutions = await readAdjudication(store.dir)
  const all = findDisagreements(scope).filter((d) => !query.documentId || d.documentId === query.documentId)
  for (const d of all) d.resolution = toRecord(resolutions.get(d.id))
  const resolved = all.filter((d) => d.resolution).length
  const shown = query.open ? all.filter((d) => !d.resolution) : all
  const offset = query.offset ?? 0
  return { total: all.length, resolved, items: shown.slice(offset, offset + (query.limit ?? 100)) }
}

export interface ResolveRequest {
  disagreementId: string
  action: AdjudicationAction
  /** accept: the one coder whose annotations are taken; both: whose (default every coder who applied the code). */
  coders?: string[]
  /** edit: the consensus annotation to write (no offsets: a document-level annotation). */
  edit?: { codeId?: string; start?: number; end?: number; attributes?: Annotation['attributes']; memo?: Memo | null }
  /** The compared coders, if not all but the consensus. */
  coderIds?: string[]
  coded?: AgreementScopeRequest['coded']
}

/**
 * Settles one disagreement into the consensus coder ("consensus", created if missing):
 * accept one coder's annotations, both (several coders'), neither, or an edited
 * annotation. Copies get ids derived from the source annotation, so accepting the same
 * annotation from two units writes it once. Resolving again replaces the earlier
 * resolution. The resolution is recorded in `adjudication.json` with the consensus
 * annotations' previous versions, so it survives restarts and can be undone.
 */
export async function resolveDisagreement(store: ProjectStore, request: ResolveRequest, now = new Date()): Promise<AdjudicationResult> {
  store.assertWritable()
  const disagreement = await findOne(store, request.disagreementId, request)
  const resolutions = await readAdjudication(store.dir)
  const consensus = (await store.coder(CONSENSUS_CODER.id)) ?? (await store.addCoder({ ...CONSENSUS_CODER }))
  const puts = new Map<string, Annotation>()
  const previous: Record<string, Annotation | null> = {}
  const current = (id: string) => puts.get(id) ?? consensus.get(id)
  const remember = (id: string) => {
    if (!(id in previous)) previous[id] = consensus.get(id) ?? null
  }
  const earlier = resolutions.get(disagreement.id)
  if (earlier) {
    resolutions.delete(disagreement.id)
    for (const [id, before] of Object.entries(earlier.previous)) {
      if (claimedElsewhere(resolutions, id)) continue
      // Undo goes back past the replaced resolution, to the state before it.
      if (!(id in previous)) previous[id] = before
      const restored = restore(current(id), before, now)
      if (restored) puts.set(id, restored)
    }
  }

  const { coders, wanted } = await consensusVersions(store, disagreement, request, now)
  for (const source of wanted) {
    remember(source.id)
    const existing = current(source.id)
    puts.set(source.id, { ...source, createdAt: existing?.createdAt ?? source.createdAt, updatedAt: laterThan(existing?.updatedAt, now) })
  }
  if (request.action === 'neither' || earlier) {
    // Units the consensus had marked through an earlier resolution of this disagreement go.
    for (const id of earlier?.annotationIds ?? []) {
      if (wanted.some((w) => w.id === id) || claimedElsewhere(resolutions, id)) continue
      const live = current(id)
      if (live && !live.deleted) {
        remember(id)
        puts.set(id, { ...live, deleted: true, updatedAt: laterThan(live.updatedAt, now) })
      }
    }
  }
  await consensus.commit([...puts.values()].map((annotation) => ({ op: 'put' as const, annotation })))
  const resolution: Resolution = {
    disagreementId: disagreement.id,
    action: request.action,
    coders,
    annotationIds: wanted.map((w) => w.id).sort(),
    previous,
    at: now.toISOString(),
  }
  resolutions.set(disagreement.id, resolution)
  await writeAdjudication(store.dir, resolutions)
  return { record: toRecord(resolution), consensus: wanted.map((w) => consensus.get(w.id)!), progress: await progress(store, request) }
}

/** Takes a resolution back: the consensus annotations it changed return to their previous versions. */
export async function undoResolution(
  store: ProjectStore,
  request: { disagreementId: string; coderIds?: string[]; coded?: AgreementScopeRequest['coded'] },
  now = new Date(),
): Promise<AdjudicationResult> {
  store.assertWritable()
  const resolutions = await readAdjudication(store.dir)
  const resolution = resolutions.get(request.disagreementId)
  if (!resolution) throw new UserError(`disagreement ${request.disagreementId} has not been resolved`)
  resolutions.delete(request.disagreementId)
  const consensus = await store.coder(CONSENSUS_CODER.id)
  const puts: Annotation[] = []
  for (const [id, before] of Object.entries(resolution.previous)) {
    if (!consensus || claimedElsewhere(resolutions, id)) continue
    const restored = restore(consensus.get(id), before, now)
    if (restored) puts.push(restored)
  }
  if (consensus) await consensus.commit(puts.map((annotation) => ({ op: 'put' as const, annotation })))
  await writeAdjudication(store.dir, resolutions)
  return { record: null, consensus: [], progress: await progress(store, request) }
}

async function findOne(store: ProjectStore, id: string, request: { coderIds?: string[]; coded?: AgreementScopeRequest['coded'] }): Promise<Disagreement> {
  const { unit, codeId } = parseDisagreementId(id)
  const scope = await agreementScope(store, { unit, coderIds: request.coderIds, coded: request.coded, codeIds: [codeId] })
  const found = findDisagreements(scope).find((d) => d.id === id)
  if (!found) throw new UserError(`no disagreement ${id} among the coders ${scope.coders.join(', ')} (their annotations may have changed)`)
  return found
}

/** The consensus versions a resolution writes (before timestamps), and which coders it took them from. */
async function consensusVersions(
  store: ProjectStore,
  d: Disagreement,
  request: ResolveRequest,
  now: Date,
): Promise<{ coders: string[]; wanted: Annotation[] }> {
  const compared = Object.keys(d.values)
  const stamp = now.toISOString()
  const copy = (coder: string, a: Annotation): Annotation => ({
    ...a,
    id: consensusId(`${coder}/${a.id}`),
    coderId: CONSENSUS_CODER.id,
    createdAt: stamp,
    updatedAt: stamp,
    deleted: false,
  })
  switch (request.action) {
    case 'neither':
      return { coders: [], wanted: [] }
    case 'accept': {
      const coder = request.coders?.[0]
      if (!coder || request.coders!.length !== 1) throw new UserError('accept takes exactly one coder')
      if (!compared.includes(coder)) throw new UserError(`coder "${coder}" is not one of the coders compared here (${compared.join(', ')})`)
      return { coders: [coder], wanted: d.annotations[coder].map((a) => copy(coder, a)) }
    }
    case 'both': {
      const chosen = request.coders ?? compared.filter((c) => d.values[c] === 1)
      for (const c of chosen) if (!compared.includes(c)) throw new UserError(`coder "${c}" is not one of the coders compared here (${compared.join(', ')})`)
      const wanted: Annotation[] = []
      let documentLevel = false
      for (const coder of chosen) {
        for (const a of d.annotations[coder]) {
          // One document-level annotation per code and document: the first chosen coder's.
          if (a.start === null) {
            if (documentLevel) continue
            documentLevel = true
          }
          wanted.push(copy(coder, a))
        }
      }
      return { coders: [...chosen], wanted }
    }
    case 'edit': {
      const edit = request.edit ?? {}
      const code = requireCode(store.codebook, edit.codeId ?? d.codeId)
      const isSpan = edit.start !== undefined || edit.end !== undefined
      checkLevel(code, isSpan)
      const text = isSpan ? await store.readText(d.documentId) : ''
      return {
        coders: [],
        wanted: [
          {
            id: consensusId(`${d.id}/edit`),
            documentId: d.documentId,
            codeId: code.id,
            coderId: CONSENSUS_CODER.id,
            ...anchorSpan(text, edit.start ?? null, edit.end ?? null),
            attributes: checkAttributes(store.codebook, code, edit.attributes),
            memo: edit.memo ?? null,
            createdAt: stamp,
            updatedAt: stamp,
            deleted: false,
          },
        ],
      }
    }
  }
}

export async function progress(store: ProjectStore, request: { disagreementId: string; coderIds?: string[]; coded?: AgreementScopeRequest['coded'] }) {
  const unit = request.disagreementId.startsWith(AGREED_PREFIX) ? agreedUnit(request.disagreementId) : parseDisagreementId(request.disagreementId).unit
  const page = await listDisagreements(store, { unit, coderIds: request.coderIds, coded: request.coded, limit: 0 })
  return { total: page.total, resolved: page.resolved }
}

/**
 * The record of copying what the coders agree on at a unit (acceptAgreedCodings) is kept
 * with the resolutions under this id, `agreed:<unit>`, so undo takes it back the same way.
 */
export const AGREED_PREFIX = 'agreed:'

export function agreedUnit(id: string): AgreementUnit {
  const unit = id.slice(AGREED_PREFIX.length) as AgreementUnit
  if (!['document', 'paragraph', 'sentence', 'span'].includes(unit)) throw new UserError(`"${id}" is not a record of agreed codings`)
  return unit
}

/** `<unit>:<documentId>:[<start>-<end>:]<codeId>`; ids contain no colons. */
export function parseDisagreementId(id: string): { unit: AgreementUnit; documentId: string; codeId: string } {
  const parts = id.split(':')
  const unit = parts[0] as AgreementUnit
  if (!['document', 'paragraph', 'sentence', 'span'].includes(unit) || parts.length < 3 || parts.length > 4) {
    throw new UserError(`"${id}" is not a disagreement id`)
  }
  return { unit, documentId: parts[1], codeId: parts[parts.length - 1] }
}

function restore(now: Annotation | undefined, before: Annotation | null, time: Date): Annotation | null {
  if (before === null) {
    return now && !now.deleted ? { ...now, deleted: true, updatedAt: laterThan(now.updatedAt, time) } : null
  }
  return { ...before, updatedAt: laterThan(now?.updatedAt ?? before.updatedAt, time) }
}

function claimedElsewhere(resolutions: ReadonlyMap<string, Resolution>, annotationId: string): boolean {
  for (const r of resolutions.values()) if (r.annotationIds.includes(annotationId)) return true
  return false
}

export function consensusId(key: string): string {
  return `c-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`
}

/** `now`, or a millisecond after `previous` if the clock has not passed it (later edits win merges). */
export function laterThan(previous: string | undefined, now: Date): string {
  const before = previous ? Date.parse(previous) : -Infinity
  return new Date(now.getTime() > before ? now.getTime() : before + 1).toISOString()
}

function toRecord(resolution: Resolution | undefined): AdjudicationRecord | null {
  if (!resolution) return null
  const { previous: _previous, ...record } = resolution
  return record
}

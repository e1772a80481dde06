import { join } from 'node:path'
import type { Annotation, Codebook } from '../../../shared/model'
import { ProjectStore } from '../../../electron/store/projectStore'
import { MarginService } from '../../../electron/service/marginService'
import { dispatch } from '../../../electron/service/dispatch'
import type { MethodName, RequestOf, ResponseOf } from '../../../shared/contract'
import { testCode as code } from '../../support/codebookFixtures'
import { makeProject, TEXTS } from '../../support/projectFixtures'


/** Frames (with a child), actors and a stance whose actor attribute points at actor codes. */
export const RICH_CODEBOOK: Codebook = {
  format: 'margin-codebook',
  schemaVersion: 1,
  groups: [
    { id: 'frames', name: 'Frames', kind: 'frames', description: '', order: 0 },
    { id: 'actors', name: 'Actors', kind: 'actors', description: '', order: 1 },
    { id: 'stances', name: 'Stances', kind: 'stances', description: '', order: 2 },
  ],
  codes: [
    code('frame-security', 'Security and defense', 'frames', 0, { shortcut: '1', definition: 'Threats, "armies", <weapons> & alliances.', examples: ['Troops massed, at the border.'] }),
    code('frame-military', 'Military', 'frames', 0, { parentId: 'frame-security' }),
    code('frame-economy', 'Economy', 'frames', 1, { shortcut: '2', level: 'both', examples: ['Prices rose.'] }),
    code('frame-costs', 'Costs', 'frames', 2, { level: 'both' }),
    code('actor-trump', 'Trump', 'actors', 0),
    code('actor-donald', 'Donald Trump', 'actors', 1),
    code('actor-putin', 'Putin', 'actors', 2),
    code('stance', 'Stance', 'stances', 0, {
      attributes: [
        { id: 'actor', name: 'Actor', type: 'code', options: [], fromGroup: 'actors', default: null, required: false },
        { id: 'polarity', name: 'Polarity', type: 'scale', fromGroup: null, default: null, required: false, options: [{ value: -1, label: 'oppose' }, { value: 1, label: 'support' }] },
      ],
    }),
  ],
}

let counter = 0
/** An annotation with fixed timestamps, so files can be compared byte for byte. */
export function annotation(coderId: string, codeId: string, start: number | null, end: number | null, more: Partial<Annotation> = {}): Annotation {
  const text = [...TEXTS.quotes]
  counter++
  return {
    id: `${coderId}-${String(counter).padStart(3, '0')}`,
    documentId: 'doc-quotes', codeId, coderId, start, end,
    quote: start === null ? null : text.slice(start, end!).join(''),
    before: start === null ? null : text.slice(Math.max(0, start - 40), start).join(''),
    after: start === null ? null : text.slice(end!, end! + 40).join(''),
    attributes: {}, memo: null, createdAt: '2025-02-20T10:00:00.000Z', updatedAt: '2025-02-20T10:00:00.000Z', deleted: false, ...more,
  }
}

/**
 * A temp project with the rich codebook and two coders' annotations, compacted and closed;
 * returns its folder.
 */
export async function richProject(dir: string): Promise<string> {
  const store = await makeProject(dir)
  await store.saveCodebook(RICH_CODEBOOK)
  const alice = (await store.coder('alice'))!
  const bob = await store.addCoder({ id: 'bob', name: 'Bob' })
  const put = (a: Annotation) => ({ op: 'put' as const, annotation: a })
  await alice.commit([
    put(annotation('alice', 'actor-trump', 0, 5)),
    put(annotation('alice', 'actor-donald', 0, 5)),
    put(annotation('alice', 'frame-costs', null, null)),
    put(annotation('alice', 'frame-economy', null, null)),
    put(annotation('alice', 'stance', 6, 10, { attributes: { actor: 'actor-trump', polarity: 1 } })),
    put(annotation('alice', 'frame-security', 11, 20)),
  ])
  await bob.commit([
    put(annotation('bob', 'actor-trump', 0, 5)),
    put(annotation('bob', 'actor-trump', 21, 26, { deleted: true })),
    put(annotation('bob', 'frame-costs', null, null)),
    put(annotation('bob', 'stance', 6, 10, { attributes: { actor: 'actor-trump', polarity: -1 } })),
    put(annotation('bob', 'frame-military', 11, 20, { documentId: 'doc-quotes' })),
  ])
  await store.close()
  return join(dir, 'project')
}

/** A service with the project open; `call` goes through dispatch, so requests are validated as in the app. */
export async function openService(projectDir: string) {
  const service = new MarginService()
  await service.openProject(projectDir)
  const call = <M extends MethodName>(method: M, request: RequestOf<M>) => dispatch(service.handlers, method, request) as Promise<ResponseOf<M>>
  return { service, call }
}

export { ProjectStore }

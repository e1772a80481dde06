import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MergeReport } from '../../../shared/contract'
import { mergeAnnotationFiles, type MergeRequest } from '../../../electron/service/merge/applyMerge'
import { undoMerge } from '../../../electron/service/merge/undoMerge'
import { ProjectStore } from '../../../electron/store/projectStore'
import { makeProject } from '../../support/projectFixtures'
import { annotationOf, projectFiles, writeAnnotationFile } from '../../support/teamFixtures'
import { tempDir } from '../../support/tempDir'

const BOB = { id: 'bob', name: 'Bob' }
const CAROL = { id: 'carol', name: 'Carol' }
const DAN = { id: 'dan', name: 'Dan' }
const T1 = '2025-03-01T10:00:00.000Z'
const T2 = '2025-03-02T10:00:00.000Z'
const NOW = new Date('2025-04-01T12:00:00.000Z')

/** A lead project and four coders' files: Bob's two disagree, Carol codes a document the lead lacks, Dan deletes. */
async function setup() {
  const dir = await tempDir()
  await (await makeProject(dir)).close()
  const project = join(dir, 'project')
  const files = [
    await writeAnnotationFile(dir, 'bob-laptop.json', BOB, [annotationOf('bob', 'b1', { updatedAt: T1 }), annotationOf('bob', 'b2', { start: 3, end: 9 })]),
    await writeAnnotationFile(dir, 'bob-desktop.json', BOB, [annotationOf('bob', 'b1', { start: 2, end: 9, updatedAt: T2 }), annotationOf('bob', 'b3', { deleted: true })], {
      documentStatus: { 'doc-quotes': 'in-progress', 'doc-emoji': 'done' },
    }),
    await writeAnnotationFile(dir, 'carol.json', CAROL, [annotationOf('carol', 'c1'), annotationOf('carol', 'c2', { documentId: 'doc-elsewhere' })], {
      documentHashes: { 'doc-elsewhere': `sha256:${'0'.repeat(64)}` },
    }),
    await writeAnnotationFile(dir, 'dan.json', DAN, [annotationOf('dan', 'd1'), annotationOf('dan', 'd2', { deleted: true, updatedAt: T2 })]),
  ]
  return { dir, project, files }
}

async function merge(project: string, request: MergeRequest): Promise<MergeReport> {
  const store = await ProjectStore.open(project)
  try {
    return await mergeAnnotationFiles(store, { now: NOW, ...request })
  } finally {
    await store.close()
  }
}

describe('merging in worker threads', () => {
  it('gives the same project and report as merging in one thread, first merge and merging again', async () => {
    const { dir, project, files } = await setup()
    const threaded = join(dir, 'threaded')
    await cp(project, threaded, { recursive: true })
    for (const round of [files.slice(0, 3), files]) {
      const alone = await merge(project, { paths: round, workers: 0 })
      const shared = await merge(threaded, { paths: round, workers: 2 })
      expect(shared).toEqual(alone)
      expect(await projectFiles(threaded)).toEqual(await projectFiles(project))
    }
    expect(Object.keys(await projectFiles(project))).toEqual(expect.arrayContaining(['annotations/bob.json', 'annotations/carol.json', 'annotations/dan.json', 'quarantine.json']))
    expect(await readdir(join(threaded, 'annotations'))).not.toContainEqual(expect.stringMatching(/\.tmp$/))
  })

  it('leaves the open store showing what the workers wrote, and takes later writes into the new files', async () => {
    const { project, files } = await setup()
    const store = await ProjectStore.open(project)
    const aliceBefore = (await store.coder('alice'))!
    await aliceBefore.commit([{ op: 'put', annotation: annotationOf('alice', 'a1') }])
    // Four workers for five files: every file but the largest is read in a worker, alice's (the smallest) too.
    await mergeAnnotationFiles(store, { paths: [...files, await writeAlice(project)], workers: 4, now: NOW })
    expect((await store.coder('bob'))!.get('b1')).toEqual(expect.objectContaining({ start: 2, updatedAt: T2 }))
    expect((await store.coder('alice'))!.get('a9')).toEqual(expect.objectContaining({ id: 'a9' }))
    // Written through the store object held since before the merge: forwarded, not lost.
    await aliceBefore.commit([{ op: 'put', annotation: annotationOf('alice', 'a2') }])
    await store.close()
    const reopened = await ProjectStore.open(project, { readOnly: true })
    const alice = (await reopened.coder('alice'))!
    expect(['a1', 'a2', 'a9'].map((id) => alice.get(id)?.id)).toEqual(['a1', 'a2', 'a9'])
    await reopened.close()
  })

  it('holds writes that arrive during the merge until it is done, then keeps them', async () => {
    const { project, files } = await setup()
    const store = await ProjectStore.open(project)
    const alice = (await store.coder('alice'))!
    const merging = mergeAnnotationFiles(store, { paths: [...files, await writeAlice(project)], workers: 1, now: NOW })
    const coding = alice.commit([{ op: 'put', annotation: annotationOf('alice', 'a5', { updatedAt: '2030-01-01T00:00:00.000Z' }) }])
    await Promise.all([merging, coding])
    expect((await store.coder('alice'))!.get('a5')).toBeDefined()
    expect((await store.coder('alice'))!.get('a9')).toBeDefined()
    await store.close()
    const reopened = await ProjectStore.open(project, { readOnly: true })
    expect((await reopened.coder('alice'))!.get('a5')).toBeDefined()
    expect((await reopened.coder('alice'))!.get('a9')).toBeDefined()
    await reopened.close()
  })

  it('does the work in this thread when a worker cannot start, with the same result', async () => {
    const { dir, project, files } = await setup()
    const other = join(dir, 'other')
    await cp(project, other, { recursive: true })
    const alone = await merge(project, { paths: files, workers: 0 })
    const fallen = await merge(other, { paths: files, workers: 2, workerEntry: join(dir, 'no-such-worker.js') })
    expect(fallen).toEqual(alone)
    expect(await projectFiles(other)).toEqual(await projectFiles(project))
  })

  it('stops at a bad file read in a worker, naming it, with nothing changed and nothing staged left behind', async () => {
    const { dir, project, files } = await setup()
    const before = await projectFiles(project)
    const broken = join(dir, 'broken.json')
    await writeFile(broken, '{"format": ')
    await expect(merge(project, { paths: [...files, broken], workers: 2 })).rejects.toThrow(/^broken\.json: not valid JSON/)
    expect(await projectFiles(project)).toEqual(before)
    expect(await readdir(join(project, 'annotations'))).toEqual(['alice.json'])
  })

  it('is undone byte for byte', async () => {
    const { project, files } = await setup()
    await merge(project, { paths: files.slice(0, 1), workers: 0 })
    const before = await projectFiles(project)
    await merge(project, { paths: files, workers: 2 })
    const store = await ProjectStore.open(project)
    await undoMerge(store)
    await store.close()
    expect(await projectFiles(project)).toEqual(before)
    expect(JSON.parse(await readFile(join(project, 'annotations', 'bob.json'), 'utf8')).annotations.map((a: { id: string }) => a.id)).toEqual(['b1', 'b2'])
  })
})

/** An annotation file for the lead's own coder, alice, so a worker rewrites a coder the open store has. */
async function writeAlice(project: string): Promise<string> {
  return writeAnnotationFile(join(project, '..'), 'alice.json', { id: 'alice', name: 'Alice' }, [annotationOf('alice', 'a9')])
}

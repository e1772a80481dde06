import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mergeAnnotationFiles } from '../../../electron/service/merge/applyMerge'
import { MergeWorkerThread } from '../../../electron/service/merge/mergeWorkerThread'
import { MergeWorkspace } from '../../../electron/service/merge/mergeWorkspace'
import { undoMerge } from '../../../electron/service/merge/undoMerge'
import { ProjectStore } from '../../../electron/store/projectStore'
import { CODEBOOK, makeProject } from '../../support/projectFixtures'
import { annotationOf, projectFiles, writeAnnotationFile } from '../../support/teamFixtures'
import { tempDir } from '../../support/tempDir'

const BOB = { id: 'bob', name: 'Bob' }
const CAROL = { id: 'carol', name: 'Carol' }

async function setup() {
  const dir = await tempDir()
  await (await makeProject(dir)).close()
  return { dir, project: join(dir, 'project') }
}

/** A file of `count` annotations, so that it is the larger one and read by the main thread. */
const many = (coder: string, count: number) => Array.from({ length: count }, (_, i) => annotationOf(coder, `${coder[0]}${String(i).padStart(4, '0')}`))

afterEach(() => vi.restoreAllMocks())

describe('a merge, when things go wrong around it', () => {
  it('refuses to write a coder whose file is damaged, even for quarantined annotations that became placeable', async () => {
    const { dir, project } = await setup()
    const carol = await writeAnnotationFile(dir, 'carol.json', CAROL, [annotationOf('carol', 'c1', { codeId: 'frame-new' }), annotationOf('carol', 'c2')])
    let store = await ProjectStore.open(project)
    expect((await mergeAnnotationFiles(store, { paths: [carol] })).quarantined).toHaveLength(1)
    await store.close()
    const damaged = '{ "hand edited": true, oops }\n'
    await writeFile(join(project, 'annotations', 'carol.json'), damaged)
    store = await ProjectStore.open(project)
    await store.saveCodebook({ ...CODEBOOK, codes: [...CODEBOOK.codes, { ...CODEBOOK.codes[0], id: 'frame-new', name: 'New', shortcut: '2', order: 1 }] })
    await expect(mergeAnnotationFiles(store, { paths: [] })).rejects.toThrow(/cannot merge the quarantined annotations of carol: the project's annotations\/carol\.json is damaged/)
    await store.close()
    expect(await readFile(join(project, 'annotations', 'carol.json'), 'utf8')).toBe(damaged)
  })

  it('refuses an annotation file re-saved in another encoding, naming it, and changes nothing; reads one with a byte-order mark', async () => {
    const { dir, project } = await setup()
    const memo = { doc: { type: 'doc' }, text: 'Déjà vu: “security” again' }
    const path = await writeAnnotationFile(dir, 'carol.json', CAROL, [annotationOf('carol', 'c1', { memo })])
    const utf8 = await readFile(path, 'utf8')
    await writeFile(path, iconv.encode(utf8, 'windows-1252'))
    const before = await projectFiles(project)
    const store = await ProjectStore.open(project)
    await expect(mergeAnnotationFiles(store, { paths: [path] })).rejects.toThrow(/^carol\.json: is not UTF-8 text/)
    expect(await projectFiles(project)).toEqual(before)
    await writeFile(path, '\uFEFF' + utf8)
    await mergeAnnotationFiles(store, { paths: [path] })
    expect((await store.coder('carol'))!.get('c1')!.memo).toEqual(memo)
    await store.close()
  })

  it('merges two files of one coder though ten rolling backups of their file exist', async () => {
    const { dir, project } = await setup()
    const backups = join(project, '.margin', 'backups')
    await mkdir(backups, { recursive: true })
    for (let i = 0; i < 10; i++) await writeFile(join(backups, `annotations__alice.json.2020-01-01T00-00-0${i}-000Z.bak`), '{}')
    const laptop = await writeAnnotationFile(dir, 'alice-laptop.json', { id: 'alice', name: 'Alice' }, [annotationOf('alice', 'a1')])
    const desktop = await writeAnnotationFile(dir, 'alice-desktop.json', { id: 'alice', name: 'Alice' }, [annotationOf('alice', 'a2')])
    const store = await ProjectStore.open(project)
    expect((await mergeAnnotationFiles(store, { paths: [laptop, desktop] })).coders[0]).toEqual(expect.objectContaining({ coderId: 'alice', new: 2 }))
    await store.close()
  })

  it('runs two merges started at once one after the other, so neither loses what the other merged', async () => {
    const { dir, project } = await setup()
    const first = await writeAnnotationFile(dir, 'bob-1.json', BOB, [annotationOf('bob', 'b1'), annotationOf('bob', 'b2')])
    const second = await writeAnnotationFile(dir, 'bob-2.json', BOB, [annotationOf('bob', 'b1'), annotationOf('bob', 'b3')])
    const carol = await writeAnnotationFile(dir, 'carol.json', CAROL, many('carol', 200))
    const store = await ProjectStore.open(project)
    await store.coders()
    await Promise.all([mergeAnnotationFiles(store, { paths: [carol, first], workers: 1 }), mergeAnnotationFiles(store, { paths: [second], workers: 0 })])
    const merged = (await store.coder('bob'))!
    expect(['b1', 'b2', 'b3'].map((id) => Boolean(merged.get(id)))).toEqual([true, true, true])
    await store.close()
  })

  it('finishes on the main thread when a worker stops after staging, keeping what was coded meanwhile', async () => {
    const { dir, project } = await setup()
    const bob = await writeAnnotationFile(dir, 'bob.json', BOB, many('bob', 200))
    const carol = await writeAnnotationFile(dir, 'carol.json', CAROL, [annotationOf('carol', 'c1')])
    const publish = MergeWorkerThread.prototype.publish
    vi.spyOn(MergeWorkerThread.prototype, 'publish').mockImplementation(async function (this: MergeWorkerThread, coderId: string) {
      await this.close() // the worker dies (out of memory, say) between staging and publishing
      return publish.call(this, coderId)
    })
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = await ProjectStore.open(project)
    const alice = (await store.coder('alice'))!
    const merging = mergeAnnotationFiles(store, { paths: [bob, carol], workers: 1 })
    const coding = alice.commit([{ op: 'status', documentId: 'doc-emoji', status: 'done' }])
    const report = await merging
    await coding
    expect(report.coders.map((c) => [c.coderId, c.new])).toEqual([['bob', 200], ['carol', 1]])
    expect((await store.coder('carol'))!.get('c1')).toBeDefined()
    await store.close()
    const reopened = await ProjectStore.open(project, { readOnly: true })
    expect((await reopened.coder('alice'))!.documentStatus('doc-emoji')).toBe('done')
    expect((await reopened.coder('carol'))!.get('c1')).toBeDefined()
    expect(reopened.problems).toEqual([])
    await reopened.close()
    expect((await readdir(join(project, 'annotations'))).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('records a merge that could write only some coder files as failed, with the files as it left them, so undo checks them', async () => {
    const { dir, project } = await setup()
    const before = await projectFiles(project)
    const bob = await writeAnnotationFile(dir, 'bob.json', BOB, [annotationOf('bob', 'b1')])
    const carol = await writeAnnotationFile(dir, 'carol.json', CAROL, [annotationOf('carol', 'c1')])
    const publish = MergeWorkspace.prototype.publish
    vi.spyOn(MergeWorkspace.prototype, 'publish').mockImplementation(async function (this: MergeWorkspace, coderId: string) {
      if (coderId === 'carol') throw new Error('disk full')
      return publish.call(this, coderId)
    })
    const store = await ProjectStore.open(project)
    await expect(mergeAnnotationFiles(store, { paths: [bob, carol] })).rejects.toThrow(/could not write every coder file \(disk full\); undo it with merge --undo/)
    vi.restoreAllMocks()
    const [name] = (await readdir(join(project, '.margin', 'merges'))).filter((n) => n.endsWith('.json'))
    const record = JSON.parse(await readFile(join(project, '.margin', 'merges', name), 'utf8'))
    expect(record).toEqual(expect.objectContaining({ complete: false, failure: 'disk full' }))
    expect(Object.fromEntries(record.backups.map((b: { path: string; sha256After: string | null }) => [b.path, b.sha256After !== null]))).toEqual({ 'annotations/bob.json': true, 'annotations/carol.json': false })
    expect((await store.coder('bob'))!.get('b1')).toBeDefined()
    expect(await store.coder('carol')).toBeUndefined()
    await undoMerge(store)
    await store.close()
    expect(await projectFiles(project)).toEqual(before)
  })

  it('lets a coder be added only after a merge that creates them, keeping both their annotations and the merge’s', async () => {
    const { dir, project } = await setup()
    const consensus = { id: 'consensus', name: 'Consensus' }
    const file = await writeAnnotationFile(dir, 'consensus.json', consensus, [annotationOf('consensus', 'm1')])
    const store = await ProjectStore.open(project)
    let adjudicating: Promise<void> | null = null
    await mergeAnnotationFiles(store, {
      paths: [file],
      onProgress: (_done, _total, label) => {
        // Adjudication's first resolution creates the consensus coder while the merge writes.
        if (label === 'Writing coder files') adjudicating = store.addCoder(consensus).then((c) => c.commit([{ op: 'put', annotation: annotationOf('consensus', 'adj1') }]))
      },
    })
    await adjudicating
    await store.close()
    const reopened = await ProjectStore.open(project, { readOnly: true })
    expect((await reopened.coder('consensus'))!.annotations().map((a) => a.id).sort()).toEqual(['adj1', 'm1'])
    await reopened.close()
  })

  it('never loses a write that arrives while a merge is undone: it lands on the restored file, or the undo refuses', async () => {
    const outcomes = new Set<string>()
    for (const delay of [0, 0, 1, 3, 10]) {
      const { dir, project } = await setup()
      const store = await ProjectStore.open(project)
      await mergeAnnotationFiles(store, { paths: [await writeAnnotationFile(dir, 'alice.json', { id: 'alice', name: 'Alice' }, [annotationOf('alice', 'a1')])] })
      const alice = (await store.coder('alice'))!
      const undoing = undoMerge(store).then(() => 'undone', (error: Error) => (/changed after merge/.test(error.message) ? 'refused' : Promise.reject(error)))
      await new Promise((resolve) => setTimeout(resolve, delay))
      await alice.commit([{ op: 'put', annotation: annotationOf('alice', 'a7') }])
      const outcome = await undoing
      outcomes.add(outcome)
      const expected = outcome === 'undone' ? ['a7'] : ['a1', 'a7']
      expect((await store.coder('alice'))!.annotations().map((a) => a.id).sort()).toEqual(expected)
      await store.close()
      expect(JSON.parse((await projectFiles(project))['annotations/alice.json']).annotations.map((a: { id: string }) => a.id)).toEqual(expected)
    }
    expect(outcomes.has('undone')).toBe(true)
  })
})

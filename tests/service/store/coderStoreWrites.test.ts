import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { removeStaleTempFiles, stageFile } from '../../../electron/store/atomicWrite'
import { ProjectStore } from '../../../electron/store/projectStore'
import { makeProject, spanAnnotation } from '../../support/projectFixtures'
import { tempDir } from '../../support/tempDir'

describe('a coder store’s writes', () => {
  it('keeps on disk every one of many concurrent commits, across compactions', async () => {
    const dir = await tempDir()
    await (await makeProject(dir)).close()
    const store = await ProjectStore.open(join(dir, 'project'), { compactAtBytes: 4096 })
    const alice = (await store.coder('alice'))!
    const ids: string[] = []
    for (let round = 0; round < 5; round++) {
      // The first commit crosses the threshold and compacts; the next ones arrive meanwhile.
      const big = { ...spanAnnotation(0, 20, `big-${round}`), memo: { doc: { type: 'doc' }, text: 'x'.repeat(5000) } }
      const small = Array.from({ length: 3 }, (_, i) => spanAnnotation(i, 20, `small-${round}-${i}`))
      ids.push(big.id, ...small.map((a) => a.id))
      await Promise.all([alice.commit([{ op: 'put', annotation: big }]), ...small.map((annotation) => alice.commit([{ op: 'put', annotation }]))])
    }
    // Read from disk while the writer still has the project open, as after a crash.
    const onDisk = await ProjectStore.open(join(dir, 'project'), { readOnly: true })
    expect((await onDisk.coder('alice'))!.annotations().map((a) => a.id).sort()).toEqual(ids.sort())
    await onDisk.close()
    await store.close()
  })

  it('holds later writes back while held, then runs them in order', async () => {
    const dir = await tempDir()
    const store = await makeProject(dir)
    const alice = (await store.coder('alice'))!
    const hold = await alice.hold()
    const order: string[] = []
    const first = alice.commit([{ op: 'put', annotation: spanAnnotation(0, 5, 'first') }]).then(() => order.push('first'))
    const second = alice.commit([{ op: 'put', annotation: spanAnnotation(0, 6, 'second') }]).then(() => order.push('second'))
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(order).toEqual([])
    expect(alice.get('first')).toBeUndefined()
    hold.release()
    await Promise.all([first, second])
    expect(order).toEqual(['first', 'second'])
    await store.close()
  })

  it('sends the writes of a retired store to its successor, and closes it without writing its file', async () => {
    const dir = await tempDir()
    const store = await makeProject(dir)
    const alice = (await store.coder('alice'))!
    const path = join(store.dir, 'annotations', 'alice.json')
    const hold = await alice.hold()
    // Someone else rewrote the file (a merge worker): the store must not write over it.
    const rewritten = JSON.parse(await readFile(path, 'utf8'))
    rewritten.annotations = [spanAnnotation(1, 4, 'from-elsewhere')]
    await writeFile(path, JSON.stringify(rewritten, null, 2) + '\n')
    store.invalidateCoders(['alice.json'])
    hold.retire(async () => (await store.coder('alice'))!)
    hold.release()
    await alice.commit([{ op: 'put', annotation: spanAnnotation(2, 8, 'later') }])
    const successor = (await store.coder('alice'))!
    expect(successor).not.toBe(alice)
    expect(successor.annotations().map((a) => a.id).sort()).toEqual(['from-elsewhere', 'later'])
    await alice.close()
    await store.close()
    const reopened = await ProjectStore.open(store.dir, { readOnly: true })
    expect((await reopened.coder('alice'))!.annotations().map((a) => a.id).sort()).toEqual(['from-elsewhere', 'later'])
    await reopened.close()
  })

  it('answers every caller with the files as they are once a reload of changed coders is under way', async () => {
    const dir = await tempDir()
    const store = await makeProject(dir)
    await store.coder('alice')
    // An undone merge removed a coder's file: the next callers must not see the coder any more.
    await rm(join(store.dir, 'annotations', 'alice.json'))
    store.invalidateCoders(['alice.json'])
    const idsWhenAnswered = () => store.coders().then((coders) => [...coders.keys()])
    const [first, second] = await Promise.all([idsWhenAnswered(), idsWhenAnswered()])
    expect(first).not.toContain('alice')
    expect(second).not.toContain('alice')
    await store.close()
  })
})

describe('staged files', () => {
  it('change nothing until published, and leave nothing behind when discarded', async () => {
    const dir = await tempDir()
    const path = join(dir, 'data.json')
    await writeFile(path, 'old')
    const staged = await stageFile(path, 'new')
    expect(await readFile(path, 'utf8')).toBe('old')
    await staged.publish()
    expect(await readFile(path, 'utf8')).toBe('new')
    await (await stageFile(path, 'newer')).discard()
    expect(await readFile(path, 'utf8')).toBe('new')
    expect(await readdir(dir)).toEqual(['data.json'])
  })

  it('left by a crashed process are removed when the project is next opened, not this process’s own', async () => {
    const dir = await tempDir()
    await (await makeProject(dir)).close()
    const annotations = join(dir, 'project', 'annotations')
    const crashed = `.alice.json.999999.0123abcd.tmp`
    await writeFile(join(annotations, crashed), 'half a file')
    const mine = await stageFile(join(annotations, 'alice.json'), 'in progress')
    await removeStaleTempFiles(annotations)
    const left = await readdir(annotations)
    expect(left).not.toContain(crashed)
    expect(left.filter((name) => name.endsWith('.tmp'))).toHaveLength(1)
    await mine.discard()
    await writeFile(join(annotations, crashed), 'half a file')
    const store = await ProjectStore.open(join(dir, 'project'))
    expect(await readdir(annotations)).toEqual(['alice.json'])
    await store.close()
  })
})

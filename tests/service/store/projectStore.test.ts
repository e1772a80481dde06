import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { ProjectStore } from '../../../electron/store/projectStore'
import { ProjectFileError, ReadOnlyProjectError } from '../../../electron/store/projectFileError'
import { makeProject, spanAnnotation, TEXTS } from '../../support/projectFixtures'
import { tempDir } from '../../support/tempDir'

describe('ProjectStore', () => {
  it('stores documents and annotations that survive closing and reopening', async () => {
    const store = await makeProject(await tempDir())
    const alice = (await store.coder('alice'))!
    const annotation = spanAnnotation(20, 35)
    await alice.commit([{ op: 'put', annotation }])
    await store.close()

    const reopened = await ProjectStore.open(store.dir)
    expect(reopened.documents.map((d) => d.id)).toEqual(['doc-quotes', 'doc-emoji'])
    expect(await reopened.readText('doc-emoji')).toBe(TEXTS.emoji)
    expect((await reopened.coder('alice'))!.get(annotation.id)).toEqual(annotation)
    await reopened.close()
  })

  it('re-saves an unchanged project byte-identically', async () => {
    const store = await makeProject(await tempDir())
    await (await store.coder('alice'))!.commit([{ op: 'put', annotation: spanAnnotation(0, 5, 'a-1') }])
    await store.close()
    const snapshot = async () =>
      Promise.all(['margin.json', 'codebook.json', 'documents.json', 'annotations/alice.json'].map((f) => readFile(join(store.dir, f), 'utf8')))
    const before = await snapshot()
    const again = await ProjectStore.open(store.dir)
    await again.saveCodebook(again.codebook)
    await again.saveProjectFile(again.info)
    const alice = (await again.coder('alice'))!
    await alice.commit([{ op: 'put', annotation: alice.get('a-1')! }])
    await again.close()
    expect(await snapshot()).toEqual(before)
  })

  it('reports a corrupted file by name and reason and never overwrites it', async () => {
    const store = await makeProject(await tempDir())
    await store.close()
    const path = join(store.dir, 'annotations', 'alice.json')
    await writeFile(path, '{"format": "margin-annotations", "schemaVersion": 1, "coder": ')
    const reopened = await ProjectStore.open(store.dir)
    await reopened.coders()
    expect(reopened.problems).toEqual([{ file: 'annotations/alice.json', message: expect.stringContaining('not valid JSON') }])
    await expect(reopened.addCoder({ id: 'alice', name: 'Alice' })).rejects.toThrow(/damaged/)
    await reopened.close()
    expect(await readFile(path, 'utf8')).toBe('{"format": "margin-annotations", "schemaVersion": 1, "coder": ')
  })

  it('refuses a coder file re-saved in another encoding instead of replacing its accents, and never overwrites it', async () => {
    const store = await makeProject(await tempDir())
    const alice = (await store.coder('alice'))!
    await alice.commit([{ op: 'documentMemo', documentId: 'doc-quotes', memo: { doc: { type: 'doc' }, text: 'Déjà vu: the “frame” is Müller’s' } }])
    await store.close()
    const path = join(store.dir, 'annotations', 'alice.json')
    // An editor that saves windows-1252: "é" becomes the single byte 0xE9, "“" 0x93.
    const resaved = iconv.encode(await readFile(path, 'utf8'), 'windows-1252')
    await writeFile(path, resaved)
    const reopened = await ProjectStore.open(store.dir)
    await reopened.coders()
    expect(reopened.problems).toEqual([{ file: 'annotations/alice.json', message: expect.stringContaining('is not UTF-8 text') }])
    await expect(reopened.addCoder({ id: 'alice', name: 'Alice' })).rejects.toThrow(/damaged/)
    await reopened.close()
    expect((await readFile(path)).equals(resaved)).toBe(true)
  })

  it('reads a project file that an editor saved with a UTF-8 byte-order mark', async () => {
    const store = await makeProject(await tempDir())
    await store.close()
    const path = join(store.dir, 'codebook.json')
    await writeFile(path, '\uFEFF' + (await readFile(path, 'utf8')))
    const reopened = await ProjectStore.open(store.dir)
    expect(reopened.codebook.codes.length).toBeGreaterThan(0)
    await reopened.close()
  })

  it('reports a hand-edited file that breaks the schema, naming the field', async () => {
    const store = await makeProject(await tempDir())
    await store.close()
    const path = join(store.dir, 'codebook.json')
    const codebook = JSON.parse(await readFile(path, 'utf8'))
    codebook.codes[0].color = 'blue'
    await writeFile(path, JSON.stringify(codebook))
    const error = await ProjectStore.open(store.dir).catch((e) => e)
    expect(error).toBeInstanceOf(ProjectFileError)
    expect(error.message).toMatch(/^codebook\.json: .*codes\.0\.color/)
  })

  it('refuses a file made by a newer Margin with an upgrade hint', async () => {
    const store = await makeProject(await tempDir())
    await store.close()
    const path = join(store.dir, 'margin.json')
    const project = JSON.parse(await readFile(path, 'utf8'))
    await writeFile(path, JSON.stringify({ ...project, schemaVersion: 7 }))
    await expect(ProjectStore.open(store.dir)).rejects.toThrow(/margin\.json: made by a newer Margin \(schema version 7\)/)
  })

  it('detects a document text changed by hand', async () => {
    const store = await makeProject(await tempDir())
    await writeFile(join(store.dir, 'documents', 'doc-quotes.txt'), TEXTS.quotes + ' edited')
    const reopened = await ProjectStore.open(store.dir, { readOnly: true })
    await expect(reopened.readText('doc-quotes')).rejects.toThrow(/documents\/doc-quotes\.txt: the text changed after import/)
    await store.close()
  })

  it('opens a project held by another live process read-only, with a clear notice', async () => {
    const store = await makeProject(await tempDir())
    const second = await ProjectStore.open(store.dir)
    expect(second.readOnlyReason).toMatch(/open in another Margin: close it there to make changes here \(process \d+/)
    const alice = (await second.coder('alice'))!
    expect(() => second.assertWritable()).toThrow(ReadOnlyProjectError)
    await expect(second.addCoder({ id: 'bob', name: 'Bob' })).rejects.toThrow(ReadOnlyProjectError)
    expect(alice).toBeDefined()
    await second.close()
    await store.close()
    const third = await ProjectStore.open(store.dir)
    expect(third.readOnlyReason).toBeNull()
    await third.close()
  })

  it('takes over the lock of a process that no longer runs', async () => {
    const store = await makeProject(await tempDir())
    await store.close()
    const { hostname } = await import('node:os')
    await writeFile(join(store.dir, '.margin', 'lock'), JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), since: 'then' }))
    const reopened = await ProjectStore.open(store.dir)
    expect(reopened.readOnlyReason).toBeNull()
    await reopened.close()
  })

  it('keeps rolling backups of the codebook', async () => {
    const store = await makeProject(await tempDir())
    for (let i = 0; i < 12; i++) {
      await store.saveCodebook({ ...store.codebook, codes: store.codebook.codes.map((c) => ({ ...c, definition: `v${i}` })) })
      await new Promise((r) => setTimeout(r, 2))
    }
    const backups = (await readdir(join(store.dir, '.margin', 'backups'))).filter((f) => f.startsWith('codebook.json.'))
    expect(backups).toHaveLength(10)
    await store.close()
  })
})

import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocuments } from '../../electron/service/importDocuments'
import type { SourceFile } from '../../electron/service/documentSources'
import { contentHash, ProjectStore } from '../../electron/store/projectStore'
import { tempDir } from '../support/tempDir'

const file = (name: string, text: string | Uint8Array): SourceFile => ({
  name,
  read: async () => (typeof text === 'string' ? new TextEncoder().encode(text) : text),
})

describe('importDocuments', () => {
  it('imports good files, skips duplicates (in the project and within the batch) and reports bad files by name', async () => {
    const store = await ProjectStore.create(join(await tempDir(), 'p'), 'P')
    const first = await importDocuments(store, [file('a.txt', 'Alpha “one”.\r\nSecond line.')])
    expect(first.imported).toHaveLength(1)
    const report = await importDocuments(store, [
      file('a-copy.txt', 'Alpha “one”.\nSecond line.\n'),
      file('b.txt', 'Beta.'),
      file('b-again.md', 'Beta.'),
      file('bad.txt', new Uint8Array([0, 1, 2, 0, 0xff])),
      file('notes.xyz', 'x'),
    ])
    expect(report.imported.map((d) => d.sourceName)).toEqual(['b.txt'])
    expect(report.duplicates.map((d) => [d.sourceName, d.existingTitle])).toEqual([
      ['a-copy.txt', 'a'],
      ['b-again.md', 'b'],
    ])
    expect(report.failed.map((f) => f.sourceName)).toEqual(['bad.txt', 'notes.xyz'])
    expect(report.failed[1].reason).toMatch(/unsupported format/)
    expect(store.documents).toHaveLength(2)
    expect(await store.readText(store.documents[0].id)).toBe('Alpha “one”.\nSecond line.')
    await store.close()
  })

  it('stores nothing when cancelled, leaving no stray text files', async () => {
    const store = await ProjectStore.create(join(await tempDir(), 'p'), 'P')
    const controller = new AbortController()
    const files = Array.from({ length: 20 }, (_, i) => file(`f${i}.txt`, `Text number ${i}.`))
    const report = await importDocuments(store, files, {
      signal: controller.signal,
      onProgress: (done) => done === 10 && controller.abort(),
    })
    expect(report).toEqual({ imported: [], duplicates: [], failed: [], cancelled: true })
    expect(store.documents).toHaveLength(0)
    expect(await readdir(join(store.dir, 'documents'))).toEqual([])
    await store.close()
  })

  it('stores nothing when cancelled while saving, before the index is written', async () => {
    const store = await ProjectStore.create(join(await tempDir(), 'p'), 'P')
    const controller = new AbortController()
    const files = Array.from({ length: 40 }, (_, i) => file(`f${i}.txt`, `Text number ${i}.`))
    const report = await importDocuments(store, files, {
      signal: controller.signal,
      // Ctrl+C as "Saving" shows: the texts are being written, the index not yet.
      onProgress: (_done, _total, label) => label === 'Saving' && setTimeout(() => controller.abort(), 5),
    })
    expect(report).toEqual({ imported: [], duplicates: [], failed: [], cancelled: true })
    expect(store.documents).toHaveLength(0)
    expect((await readdir(join(store.dir, 'documents'))).filter((n) => !n.startsWith('.'))).toEqual([])
    await store.close()
    expect((await ProjectStore.open(store.dir, { readOnly: true })).documents).toHaveLength(0)
  })

  it('keeps long column headers as variables and reports a column that cannot be one ("__proto__", over 256 characters), importing nothing of that file', async () => {
    const store = await ProjectStore.create(join(await tempDir(), 'p'), 'P')
    const question = 'How does the article frame the negotiations between the United States and Russia?'
    const report = await importDocuments(store, [
      file('survey.csv', `title,text,${question}\nA,Alpha text.,security\n`),
      file('proto.csv', 'title,text,__proto__\nB,Beta text.,x\n'),
      file('long.csv', `title,text,${'v'.repeat(257)}\nC,Gamma text.,x\n`),
    ])
    expect(report.imported.map((d) => d.sourceName)).toEqual(['survey.csv#row 1'])
    expect(report.failed).toEqual([
      { sourceName: 'proto.csv', reason: expect.stringContaining('column "__proto__" cannot be a document variable: "__proto__" cannot be a variable name') },
      { sourceName: 'long.csv', reason: expect.stringContaining('cannot be a document variable: a variable name has at most 256 characters') },
    ])
    expect(store.info.variables.map((v) => v.name)).toEqual([question])
    expect(store.documents[0].variables).toEqual({ [question]: 'security' })
    await store.close()
    const reopened = await ProjectStore.open(store.dir, { readOnly: true })
    expect(reopened.documents[0].variables).toEqual({ [question]: 'security' })
    await reopened.close()
  })

  it('declares a CSV column a date only when its values are dates, as the column was read', async () => {
    const store = await ProjectStore.create(join(await tempDir(), 'p'), 'P')
    const report = await importDocuments(store, [
      file('e.csv', 'title,text,edition,printed,issued\nA,Body one,2024-01-05 morning,2024-01-05 10:00,2024-01-05\nB,Body two,2024-01-06 evening,2024-01-06 11:30,2024-01-06T08:00:00Z\n'),
    ])
    expect(report.failed).toEqual([])
    expect(store.info.variables.map((v) => [v.name, v.type])).toEqual([['edition', 'text'], ['printed', 'text'], ['issued', 'date']])
    await store.close()
  })

  it('writes nothing when a batch would make the project invalid', async () => {
    const store = await ProjectStore.create(join(await tempDir(), 'p'), 'P')
    const report = await importDocuments(store, [file('a.txt', 'Alpha.')])
    const meta = store.documents[0]
    const text = 'A text added with an invalid variable.'
    const bad = { meta: { ...meta, id: 'doc-bad', contentHash: contentHash(text), variables: JSON.parse('{"__proto__": 1}') }, text }
    await expect(store.addDocuments([bad], [...store.info.variables, { name: '__proto__', type: 'number', description: '' }])).rejects.toThrow(/__proto__/)
    expect(report.imported).toHaveLength(1)
    expect(store.documents.map((d) => d.id)).toEqual([meta.id])
    expect(await readdir(join(store.dir, 'documents'))).toEqual([`${meta.id}.txt`])
    await store.close()
  })

  it('refuses to import into a project opened read-only', async () => {
    const store = await ProjectStore.create(join(await tempDir(), 'p'), 'P')
    const second = await ProjectStore.open(store.dir)
    await expect(importDocuments(second, [file('a.txt', 'A.')])).rejects.toThrow(/read-only/)
    await second.close()
    await store.close()
  })
})

import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocuments } from '../../electron/service/importDocuments'
import type { SourceFile } from '../../electron/service/documentSources'
import { ProjectStore } from '../../electron/store/projectStore'
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

  it('refuses to import into a project opened read-only', async () => {
    const store = await ProjectStore.create(join(await tempDir(), 'p'), 'P')
    const second = await ProjectStore.open(store.dir)
    await expect(importDocuments(second, [file('a.txt', 'A.')])).rejects.toThrow(/read-only/)
    await second.close()
    await store.close()
  })
})

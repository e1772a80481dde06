import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildDemoProject } from '../../../electron/seeds/buildDemoProject'
import { ProjectStore } from '../../../electron/store/projectStore'
import { CodePointIndex } from '../../../shared/text/codePoints'
import { tempDir } from '../../support/tempDir'

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url))

async function filesOf(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out.set(relative(dir, path), await readFile(path, 'utf8'))
  }
  return out
}

describe('the bundled demo project (seeds/)', () => {
  it('is exactly what `npm run seeds` builds (deterministic and up to date)', async () => {
    const built = join(await tempDir(), 'demo')
    await buildDemoProject(built)
    const expected = await filesOf(built)
    const committed = await filesOf(SEEDS)
    expect([...committed.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [file, text] of expected) expect(committed.get(file), `${file} differs: run npm run seeds`).toBe(text)
  })

  it('has five articles, two labelled demo coders, and quotes that match their offsets exactly', async () => {
    const store = await ProjectStore.open(SEEDS, { readOnly: true })
    expect(store.info.demo).toBe(true)
    expect(store.documents).toHaveLength(5)
    const coders = [...(await store.coders()).values()]
    expect(coders.map((c) => c.coder.id)).toEqual(['coder-a', 'coder-b'])
    for (const coder of coders) {
      expect(coder.isDemo).toBe(true)
      expect(coder.coder.name).toMatch(/demo/i)
      const documents = new Set(coder.annotations().map((a) => a.documentId))
      expect(documents.size).toBe(5)
      for (const annotation of coder.annotations()) {
        if (annotation.start === null) continue
        const index = new CodePointIndex(await store.readText(annotation.documentId))
        expect(index.slice(annotation.start, annotation.end!)).toBe(annotation.quote)
      }
    }
    await store.close()
  })
})

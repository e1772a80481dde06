import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../electron/store/atomicWrite'
import { canonicalJson } from '../../../electron/store/canonicalJson'
import { tempDir } from '../../support/tempDir'

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = await tempDir()
    const path = join(dir, 'data.json')
    await writeFile(path, 'old')
    await writeFileAtomic(path, 'new content')
    expect(await readFile(path, 'utf8')).toBe('new content')
    expect(await readdir(dir)).toEqual(['data.json'])
  })

  it('leaves the old file intact when the write fails', async () => {
    const dir = await tempDir()
    const path = join(dir, 'missing-folder', 'data.json')
    await expect(writeFileAtomic(path, 'x')).rejects.toThrow()
    expect(await readdir(dir)).toEqual([])
  })
})

describe('canonicalJson', () => {
  it('sorts keys at every depth and ends with a newline, so re-saves are byte-identical', () => {
    const a = canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })
    const b = canonicalJson({ a: { c: 'x', d: [3, { y: 2, z: 1 }] }, b: 1 })
    expect(a).toBe(b)
    expect(a.endsWith('}\n')).toBe(true)
    expect(a.indexOf('"a"')).toBeLessThan(a.indexOf('"b"'))
  })
})

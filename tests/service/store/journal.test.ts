import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Journal } from '../../../electron/store/journal'
import { ProjectFileError } from '../../../electron/store/projectFileError'
import { tempDir } from '../../support/tempDir'

const parseEntry = (raw: unknown) => {
  if (typeof (raw as { n?: unknown }).n !== 'number') throw new Error('n must be a number')
  return raw as { n: number }
}

describe('Journal', () => {
  it('drops a torn final line (a write cut short by a crash) and cuts it off the file', async () => {
    const path = join(await tempDir(), 'j.journal')
    await writeFile(path, '{"n":1}\n{"n":2}\n{"n":')
    const journal = new Journal(path, 'j.journal', parseEntry)
    expect(await journal.readAll()).toEqual([{ n: 1 }, { n: 2 }])
    expect(await readFile(path, 'utf8')).toBe('{"n":1}\n{"n":2}\n')
    await journal.append([{ n: 3 }])
    expect(await new Journal(path, 'j.journal', parseEntry).readAll()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }])
    await journal.close()
  })

  it('leaves a torn line in place when reading without repair (read-only)', async () => {
    const path = join(await tempDir(), 'j.journal')
    await writeFile(path, '{"n":1}\n{"n"')
    expect(await new Journal(path, 'j.journal', parseEntry).readAll(false)).toEqual([{ n: 1 }])
    expect(await readFile(path, 'utf8')).toBe('{"n":1}\n{"n"')
  })

  it('reports damage before the last line with the file name and line number', async () => {
    const path = join(await tempDir(), 'j.journal')
    await writeFile(path, '{"n":1}\n{"n":"x"}\n')
    await appendFile(path, '{"n":3}\n')
    const error = await new Journal(path, 'annotations/a.journal', parseEntry).readAll().catch((e) => e)
    expect(error).toBeInstanceOf(ProjectFileError)
    expect(error.message).toBe('annotations/a.journal: line 2 is damaged (n must be a number)')
  })

  it('cuts a torn line that ends inside a character at its first byte, keeping every complete line', async () => {
    const path = join(await tempDir(), 'j.journal')
    const complete = Buffer.from('{"n":1,"memo":"“Müller”"}\n')
    // The crash came two bytes into the three of "“".
    await writeFile(path, Buffer.concat([complete, Buffer.from('{"n":2,"memo":"'), Buffer.from('“').subarray(0, 2)]))
    expect(await new Journal(path, 'j.journal', parseEntry).readAll()).toEqual([{ n: 1, memo: '“Müller”' }])
    expect((await readFile(path)).equals(complete)).toBe(true)
  })

  it('refuses a journal that is not UTF-8 rather than replacing its characters', async () => {
    const path = join(await tempDir(), 'j.journal')
    const latin1 = Buffer.from('{"n":1,"memo":"d\xe9j\xe0 vu"}\n', 'latin1')
    await writeFile(path, latin1)
    const error = await new Journal(path, 'annotations/a.journal', parseEntry).readAll().catch((e) => e)
    expect(error).toBeInstanceOf(ProjectFileError)
    expect(error.message).toMatch(/^annotations\/a\.journal: is not UTF-8 text/)
    expect((await readFile(path)).equals(latin1)).toBe(true)
  })
})

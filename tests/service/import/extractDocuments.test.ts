import { describe, expect, it } from 'vitest'
import { extractDocuments, ImportFileError, MAX_IMPORT_BYTES } from '../../../electron/service/import'
import { utf8 } from './fixtures'

describe('extractDocuments', () => {
  it('refuses unknown extensions as an unsupported format', async () => {
    const error = await extractDocuments('notes.rtf', utf8('{\\rtf1 hello}')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportFileError)
    expect((error as Error).message).toMatch(/^notes\.rtf: unsupported format "\.rtf"/)
    await expect(extractDocuments('README', utf8('hello'))).rejects.toThrow('README: unsupported format')
  })

  it('chooses the format by extension regardless of case', async () => {
    const [document] = await extractDocuments('Story.HTM', utf8('<p>Hello &amp; welcome</p>'))
    expect(document).toMatchObject({ format: 'html', text: 'Hello & welcome', title: 'Story' })
  })

  it('refuses files over the size limit before reading them', async () => {
    const error = await extractDocuments('huge.txt', new Uint8Array(MAX_IMPORT_BYTES + 1)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportFileError)
    expect((error as ImportFileError).reason).toBe('the file is too large to import (50 MB; the limit is 50 MB)')
  })

  it('rejects with the abort reason when the signal is already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(extractDocuments('a.txt', utf8('text'), { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    })
  })
})

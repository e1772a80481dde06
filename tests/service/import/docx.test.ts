import { describe, expect, it } from 'vitest'
import { extractDocuments, ImportFileError } from '../../../electron/service/import'
import { utf8 } from './fixtures'
import { makeDocx } from './makeDocx'

describe('docx import', () => {
  it('keeps paragraphs as lines, takes the first heading as title and the author from the core properties', async () => {
    const docx = await makeDocx(
      [
        { text: 'Streik legt Bahn lahm', style: 'Heading1' },
        { text: 'Am Montag fuhren „kaum Züge“ — sagte die Bahn.' },
        { text: 'Cafe\u0301 & Co. blieben geschlossen; ½ der Pendler kam zu spät.' },
      ],
      { title: 'Stale template title', creator: 'Anna Beispiel' },
    )
    const [document] = await extractDocuments('streik.docx', docx)
    expect(document.text).toBe(
      'Streik legt Bahn lahm\nAm Montag fuhren „kaum Züge“ — sagte die Bahn.\nCafé & Co. blieben geschlossen; ½ der Pendler kam zu spät.',
    )
    expect(document).toMatchObject({ title: 'Streik legt Bahn lahm', author: 'Anna Beispiel', format: 'docx', sourceName: 'streik.docx' })
  })

  it("treats Word's Title style as a heading, and falls back to the title property, then the file name", async () => {
    const titled = await makeDocx([{ text: 'Headline in Title style', style: 'Title' }, { text: 'Body.' }])
    expect((await extractDocuments('a.docx', titled))[0].title).toBe('Headline in Title style')
    const plain = await makeDocx([{ text: 'Only body text.' }], { title: 'Property title' })
    expect((await extractDocuments('b.docx', plain))[0].title).toBe('Property title')
    const bare = await makeDocx([{ text: 'Only body text.' }])
    expect((await extractDocuments('Bare Name.DOCX', bare))[0]).toMatchObject({ title: 'Bare Name', author: '' })
  })

  it('refuses files that are not a docx, naming the problem', async () => {
    await expect(extractDocuments('fake.docx', utf8('just some text'))).rejects.toThrow('fake.docx: not a valid .docx file')
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    await expect(extractDocuments('old.docx', ole)).rejects.toThrow('old Word .doc file')
    const error = await extractDocuments('truncated.docx', (await makeDocx([{ text: 'x' }])).slice(0, 200)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportFileError)
    expect((error as Error).message).toMatch(/^truncated\.docx: not a valid \.docx file/)
  })

  it('refuses a docx with no text', async () => {
    await expect(extractDocuments('empty.docx', await makeDocx([{ text: '   ' }]))).rejects.toThrow('empty.docx: no text')
  })
})

import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { extractDocuments, ImportFileError } from '../../../electron/service/import'
import { fixture, utf8 } from './fixtures'

describe('plain text import', () => {
  it('keeps UTF-8 punctuation, fractions and emoji, normalises to NFC and \\n, drops the BOM', async () => {
    const [document] = await extractDocuments('utf-8.txt', fixture('utf-8.txt'))
    expect(document.text).toBe('He said “it’s ½ done” — naïve? Café 😀\nSecond line\u00A0here.')
    // "e" + combining acute became one precomposed character.
    expect(document.text).toContain('Caf\u00E9 ')
    expect(document.text).not.toContain('\u0301')
    expect(document.text).not.toContain('\r')
    expect(document).toMatchObject({ title: 'utf-8', format: 'txt', sourceName: 'utf-8.txt', date: null, variables: {} })
  })

  it('decodes a windows-1252 file with curly quotes, em dash, € and ½', async () => {
    const [document] = await extractDocuments('windows-1252.txt', fixture('windows-1252.txt'))
    expect(document.text).toBe(
      'Kanzlerin sagte: “Wir schaffen das” — und die Presse reagierte.\nCafé, naïve, Straße: 5 € für ½ Liter.',
    )
  })

  it('decodes UTF-16 LE and BE files that start with a byte-order mark', async () => {
    const [le] = await extractDocuments('utf-16le-bom.txt', fixture('utf-16le-bom.txt'))
    expect(le.text).toBe('Überschrift\nDer Text – mit Gedankenstrich und „Anführungszeichen“.')
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode('Grüße — 😀', 'utf-16be')])
    expect((await extractDocuments('be.txt', be))[0].text).toBe('Grüße — 😀')
  })

  it('decodes a confidently detected legacy encoding other than Latin (windows-1251)', async () => {
    const text = 'Правительство объявило о новых мерах поддержки экономики. Министр финансов заявил, что план рассчитан на три года.'
    const [document] = await extractDocuments('ru.txt', iconv.encode(text, 'windows-1251'))
    expect(document.text).toBe(text)
  })

  it('refuses UTF-8 text with a stray byte rather than reading all of it as windows-1252', async () => {
    // One bad byte made the whole text legacy-decoded: "Bürgermeister" became "BÃ¼rgermeister".
    const text = 'Der Bürgermeister äußerte sich über die Größe des Problems in Köln. '.repeat(15)
    const bytes = new Uint8Array([...new TextEncoder().encode(text), 0x20, 0x43, 0x61, 0x66, 0xe9, 0x2e])
    await expect(extractDocuments('k.txt', bytes)).rejects.toThrow(
      `k.txt: is UTF-8 text with a byte that UTF-8 does not allow (the first at byte ${bytes.length - 2}): repair the file or save it as UTF-8 again`,
    )
  })

  it('refuses binary data with NUL bytes instead of importing junk', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48])
    await expect(extractDocuments('image.txt', bytes)).rejects.toThrow('image.txt: contains NUL bytes')
  })

  it('refuses bytes that are not UTF-8 and whose encoding cannot be told, naming the likely encodings', async () => {
    let seed = 12345
    const junk = new Uint8Array(300).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return ((seed >> 16) % 255) + 1
    })
    const error = await extractDocuments('junk.txt', junk).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportFileError)
    expect((error as ImportFileError).fileName).toBe('junk.txt')
    expect((error as ImportFileError).reason).toMatch(/^is not valid UTF-8 and its encoding cannot be determined reliably \(likely: [\w-]+ \d+%/)
    expect((error as ImportFileError).reason).toContain('re-save it as UTF-8')
  })

  it('refuses a file that is empty or only whitespace', async () => {
    await expect(extractDocuments('empty.txt', new Uint8Array())).rejects.toThrow('empty.txt: no text')
    await expect(extractDocuments('blank.txt', utf8(' \r\n\t\n'))).rejects.toThrow('blank.txt: no text')
  })

  it('keeps the text exactly: indentation and blank lines between paragraphs stay', async () => {
    const [document] = await extractDocuments('a.TXT', utf8('Title\r\n\r\n  Indented paragraph.\rOld Mac line.\n'))
    expect(document.text).toBe('Title\n\n  Indented paragraph.\nOld Mac line.')
    expect(document.title).toBe('a')
  })
})

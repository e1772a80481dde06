import { describe, expect, it } from 'vitest'
import { extractDocuments, ImportFileError } from '../../../electron/service/import'
import { abortAfterChecks } from './abortAfter'
import { utf8 } from './fixtures'
import { makePdf, textBlock } from './makePdf'

// WinAnsiEncoding octal codes: \223 “ \224 ” \227 — \222 ’ \275 ½ \351 é.
const page1 = [
  `BT /F1 18 Tf 72 740 Td (Flood warning issued) Tj ET`,
  textBlock(
    [
      'He said \\223the river\\224 \\227 a well-',
      'known danger \\227 worried the gov-',
      'ernment. The Anti-',
      'American protest was small. It is a well-known risk.',
    ],
    { y: 700 },
  ),
  textBlock(['A second paragraph after a blank line, which', 'wraps onto a second line.'], { y: 630 }),
  // Words placed one by one without space characters, as many PDF generators do.
  'BT /F1 12 Tf 72 580 Td (Placed) Tj 45 0 Td (words) Tj 38 0 Td (here.) Tj ET',
  textBlock(['The water is expected to'], { y: 540 }),
].join('\n')
const page2 = textBlock(['peak on Tuesday at \\275 metre above normal, caf\\351 owners said.'], { y: 720 })

describe('PDF import', () => {
  it('joins lines into paragraphs, dehyphenates line breaks and reads the title and author', async () => {
    const pdf = makePdf([page1, page2], { Title: 'Flood report', Author: 'Press Office' })
    const [document] = await extractDocuments('report.pdf', pdf)
    expect(document.text).toBe(
      [
        'Flood warning issued',
        'He said “the river” — a well-known danger — worried the government. The Anti-American protest was small. It is a well-known risk.',
        'A second paragraph after a blank line, which wraps onto a second line.',
        'Placed words here.',
        'The water is expected to peak on Tuesday at ½ metre above normal, café owners said.',
      ].join('\n'),
    )
    expect(document).toMatchObject({ title: 'Flood report', author: 'Press Office', format: 'pdf', sourceName: 'report.pdf' })
  })

  it('uses the file name as title when the PDF has no title', async () => {
    const [document] = await extractDocuments('scans/Page One.PDF', makePdf([textBlock(['Some text.'])]))
    expect(document.title).toBe('Page One')
  })

  it('refuses a PDF without a text layer, asking for OCR', async () => {
    const scanned = makePdf(['0 0 m 200 200 l S', '10 10 100 100 re f'])
    const error = await extractDocuments('scan.pdf', scanned).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportFileError)
    expect((error as Error).message).toBe('scan.pdf: no text layer (scanned PDF?) — run OCR first')
  })

  it('refuses bytes that are not a PDF', async () => {
    await expect(extractDocuments('fake.pdf', utf8('this is not a pdf at all'))).rejects.toThrow('fake.pdf: not a valid PDF')
  })

  it('stops between pages when the import is cancelled', async () => {
    const pages = Array.from({ length: 5 }, (_, i) => textBlock([`Page ${i + 1}.`]))
    const { signal, count } = abortAfterChecks(3)
    await expect(extractDocuments('long.pdf', makePdf(pages), { signal })).rejects.toMatchObject({ name: 'AbortError' })
    expect(count()).toBe(3)
  })
})

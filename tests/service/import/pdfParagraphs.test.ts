import { describe, expect, it } from 'vitest'
import { pdfParagraphs, type PdfLine } from '../../../electron/service/import/pdfParagraphs'

const line = (text: string, y: number, { x = 72, right = 540, size = 10 } = {}): PdfLine => ({ text, x, right, y, size })

describe('pdfParagraphs', () => {
  it('starts a paragraph at a first-line indent and after a short line that ends a sentence', () => {
    const page = [
      line('First paragraph runs over', 700),
      line('two lines.', 688, { right: 150 }),
      line('Second paragraph, flush left', 676),
      line('after a short line.', 664),
      line('Third, with a first-line', 652, { x: 90 }),
      line('indent.', 640),
    ]
    expect(pdfParagraphs([page])).toEqual([
      'First paragraph runs over two lines.',
      'Second paragraph, flush left after a short line.',
      'Third, with a first-line indent.',
    ])
  })

  it('removes a line-break hyphen unless the document writes the word with a hyphen elsewhere', () => {
    const page = [line('The gov-', 700), line('ernment called it long-', 688), line('awaited, a long-awaited step.', 676)]
    expect(pdfParagraphs([page])).toEqual(['The government called it long-awaited, a long-awaited step.'])
  })

  it('drops soft hyphens, keeps dashes and capitalised compounds, joins CJK lines without spaces', () => {
    const page = [
      line('inter\u00AD', 700),
      line('national and 1990–', 688),
      line('2000 and pro-', 676),
      line('Europe', 664),
      line('日本語の', 652),
      line('文章です。', 640),
    ]
    expect(pdfParagraphs([page])).toEqual(['international and 1990–2000 and pro-Europe 日本語の文章です。'])
  })

  it('starts a new paragraph at a page break unless a sentence runs on in lower case', () => {
    expect(pdfParagraphs([[line('A finished sentence.', 100)], [line('Next page.', 700)]])).toEqual(['A finished sentence.', 'Next page.'])
    expect(pdfParagraphs([[line('An unfinished', 100)], [line('sentence.', 700)]])).toEqual(['An unfinished sentence.'])
  })

  it('returns nothing for pages without lines', () => {
    expect(pdfParagraphs([[], []])).toEqual([])
  })
})

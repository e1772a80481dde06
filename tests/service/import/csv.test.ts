import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { extractDocuments, ImportFileError, previewCsv } from '../../../electron/service/import'
import { abortAfterChecks } from './abortAfter'
import { fixture, utf8 } from './fixtures'

describe('CSV import', () => {
  it('makes one document per row, with quoted line breaks and quotes kept and typed variables', async () => {
    const documents = await extractDocuments('articles.csv', fixture('articles.csv'))
    expect(documents).toHaveLength(3)
    expect(documents[0]).toEqual({
      text: 'Rivers rose overnight.\nResidents were told to "stay inside", officials said.',
      title: 'Flood warning',
      outlet: 'Daily News',
      date: '2024-01-15',
      author: '',
      url: '',
      language: '',
      // id, page: numbers; front_page: yes/no; edition: ISO dates; coder_note: text.
      variables: { id: 1, page: 3, front_page: true, edition: '2024-01-15', coder_note: 'checked, ok' },
      format: 'csv',
      sourceName: 'articles.csv#row 1',
    })
    expect(documents[1].variables).toEqual({ id: 2, page: 12, front_page: false, edition: '2024-01-16', coder_note: null })
    expect(documents[2]).toMatchObject({
      text: 'A new café opened; it serves ½ portions.',
      date: null,
      variables: { id: 3, page: 1.5, front_page: true, edition: null, coder_note: 'needs review' },
      sourceName: 'articles.csv#row 3',
    })
  })

  it('reads a TSV file with CRLF line ends and recognises author, url and language columns', async () => {
    const tsv = 'Headline\tFull_Text\tByline\tLink\tLang\tPublication Date\r\nA\tFirst text, with a comma.\tJo Smith\thttps://a.example\ten\t2024-02-01T08:00:00Z\r\n'
    const [document] = await extractDocuments('feed.tsv', utf8(tsv))
    expect(document).toMatchObject({
      text: 'First text, with a comma.',
      title: 'A',
      author: 'Jo Smith',
      url: 'https://a.example',
      language: 'en',
      date: '2024-02-01',
      variables: {},
      format: 'tsv',
      sourceName: 'feed.tsv#row 1',
    })
  })

  it('fails without a recognisable text column, listing the columns', async () => {
    const csv = 'id,headline,summary\n1,Hello,Short\n'
    const error = await extractDocuments('bad.csv', utf8(csv)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportFileError)
    expect((error as Error).message).toMatch(/^bad\.csv: no text column: choose one of the columns "id", "headline", "summary"/)
  })

  it('uses the columns the caller names, and only the variables asked for', async () => {
    const csv = 'id;summary;story_title;section;zip\n1;Short piece.;Title one;Politics;01234\n2;Other piece.;;Sport;99999\n'
    const documents = await extractDocuments('named.csv', utf8(csv), {
      csv: { textColumn: 'summary', titleColumn: 'story_title', variableColumns: ['section', 'zip'] },
    })
    expect(documents.map((d) => [d.text, d.title, d.variables])).toEqual([
      ['Short piece.', 'Title one', { section: 'Politics', zip: '01234' }],
      // An empty title cell falls back to the file name and row; a leading zero keeps zip text.
      ['Other piece.', 'named row 2', { section: 'Sport', zip: '99999' }],
    ])
    await expect(extractDocuments('named.csv', utf8(csv), { csv: { textColumn: 'body' } })).rejects.toThrow(
      'named.csv: no column named "body" (columns: "id", "summary", "story_title", "section", "zip")',
    )
  })

  it('keeps a date column with non-ISO dates as a text variable instead of guessing', async () => {
    const csv = 'text,date\nOne.,03/04/2024\nTwo.,2024-04-05\n'
    const documents = await extractDocuments('dates.csv', utf8(csv))
    expect(documents.map((d) => [d.date, d.variables])).toEqual([
      [null, { date: '03/04/2024' }],
      [null, { date: '2024-04-05' }],
    ])
  })

  it('decodes a windows-1252 CSV export', async () => {
    const csv = iconv.encode('title,text\r\n“Quoted” headline,"Er sagte: „Nein“ — und ging; Café, ½ Preis."\r\n', 'windows-1252')
    const [document] = await extractDocuments('excel.csv', csv)
    expect(document).toMatchObject({ title: '“Quoted” headline', text: 'Er sagte: „Nein“ — und ging; Café, ½ Preis.' })
  })

  it('fails on a row with an empty text, an unclosed quote or too many cells, naming the row', async () => {
    await expect(extractDocuments('a.csv', utf8('text,x\nfine,1\n  ,2\n'))).rejects.toThrow('a.csv: row 2: the text column "text" is empty')
    await expect(extractDocuments('b.csv', utf8('text,x\nfine,1\n"broken,2\n'))).rejects.toThrow(/^b\.csv: row 2: /)
    await expect(extractDocuments('c.csv', utf8('text,x\nfine,1\nmore,2,3\n'))).rejects.toThrow(
      'c.csv: row 2 has 3 cells but the header names 2 columns',
    )
    await expect(extractDocuments('d.csv', utf8('text,text\na,b\n'))).rejects.toThrow('the column name "text" appears twice')
  })

  it('stops between rows when the import is cancelled', async () => {
    const csv = 'text\n' + Array.from({ length: 10 }, (_, i) => `Row ${i + 1}.`).join('\n')
    const { signal, count } = abortAfterChecks(4)
    await expect(extractDocuments('many.csv', utf8(csv), { signal })).rejects.toMatchObject({ name: 'AbortError' })
    expect(count()).toBe(4)
  })
})

describe('previewCsv', () => {
  it('shows the columns, the first five rows, the delimiter and the text column to suggest', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `${i + 1};Headline ${i + 1};"Body ${i + 1}; with a semicolon"`)
    const preview = previewCsv('export.csv', utf8(['id;headline;content', ...rows].join('\n')))
    expect(preview.columns).toEqual(['id', 'headline', 'content'])
    expect(preview.delimiter).toBe(';')
    expect(preview.rows).toHaveLength(5)
    expect(preview.rows[0]).toEqual({ id: '1', headline: 'Headline 1', content: 'Body 1; with a semicolon' })
    expect(preview.suggestedTextColumn).toBe('content')
  })

  it('suggests the column with long cells when no column has a text name, and none when all are short', () => {
    const long = 'x'.repeat(300)
    expect(previewCsv('a.csv', utf8(`id,story_body_html\n1,${long}\n`)).suggestedTextColumn).toBe('story_body_html')
    expect(previewCsv('b.tsv', utf8('id\tname\n1\tAnn\n'))).toMatchObject({ suggestedTextColumn: null, delimiter: '\t' })
  })

  it('refuses files that are not CSV or TSV', () => {
    expect(() => previewCsv('a.txt', utf8('hello'))).toThrow('a.txt: not a CSV or TSV file')
  })
})

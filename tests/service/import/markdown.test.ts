import { describe, expect, it } from 'vitest'
import { extractDocuments } from '../../../electron/service/import'
import { fixture, utf8 } from './fixtures'

describe('markdown import', () => {
  it('renders headings, paragraphs, list items and quotes as lines without markup, front matter as metadata', async () => {
    const [document] = await extractDocuments('article.md', fixture('article.md'))
    expect(document.text).toBe(
      [
        'Wahlkampf beginnt',
        'Die Parteien stellen ihre Programme vor. Es geht um Steuern & Renten.',
        'Stimmen',
        'Partei A: „Wir sind bereit.“',
        'Partei B: Link zum Programm',
        'Ein Zitat in einem Blockzitat.',
      ].join('\n'),
    )
    expect(document).toMatchObject({
      title: 'Wahlkampf beginnt',
      date: '2024-05-01',
      author: 'Max Muster',
      outlet: 'Wochenpost',
      variables: { section: 'Politik' },
      format: 'md',
    })
  })

  it('takes the title from the first heading without front matter, and keeps code blocks verbatim', async () => {
    const markdown = '# Héadline\r\n\r\nText with `code` and\na soft break.\n\n```\n  keep  spacing\n```\n'
    const [document] = await extractDocuments('note.md', utf8(markdown.normalize('NFD')))
    expect(document.title).toBe('Héadline')
    expect(document.text).toBe('Héadline\nText with code and a soft break.\n  keep  spacing')
  })
})

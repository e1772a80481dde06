import { marked } from 'marked'
import { decodeText } from './decodeText'
import { readHtml } from './importHtml'
import { toImportedText, type ImportedText } from './importedText'
import { toIsoDate } from './isoDate'
import { splitFrontMatter } from './markdownFrontMatter'
import { baseNameOf } from './sourceFormatOf'

// Front matter keys read as metadata; any other key becomes a text variable.
const metadataKeys = {
  title: ['title', 'headline'],
  date: ['date', 'published', 'pubdate'],
  author: ['author', 'byline'],
  outlet: ['outlet', 'source', 'publication', 'site'],
  url: ['url', 'link'],
  language: ['language', 'lang'],
} as const

/**
 * Imports a markdown file as one document: rendered to HTML by marked and read like an HTML
 * page, so headings, paragraphs and list items become lines without their markup. Front
 * matter supplies the metadata; else the first heading is the title.
 */
export function importMarkdown(fileName: string, bytes: Uint8Array): ImportedText {
  const { text: markdown } = decodeText(fileName, bytes)
  const { fields, body } = splitFrontMatter(markdown)
  const page = readHtml(marked.parse(body, { async: false, gfm: true }))

  const field = (keys: readonly string[]) => keys.map((key) => fields[key]).find(Boolean) ?? ''
  const known = new Set<string>(Object.values(metadataKeys).flat())
  const variables = Object.fromEntries(Object.entries(fields).filter(([key]) => !known.has(key)))

  return toImportedText(fileName, fileName, 'md', page.text, {
    title: field(metadataKeys.title) || page.firstHeading || baseNameOf(fileName),
    date: toIsoDate(field(metadataKeys.date)),
    author: field(metadataKeys.author),
    outlet: field(metadataKeys.outlet),
    url: field(metadataKeys.url),
    language: field(metadataKeys.language),
    variables,
  })
}

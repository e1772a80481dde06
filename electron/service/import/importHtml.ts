import { decodeText } from './decodeText'
import { sniffHtmlCharset } from './htmlCharset'
import { htmlMetadata, type HtmlMetadata } from './htmlMetadata'
import { htmlToText, type HtmlText } from './htmlToText'
import { toImportedText, type ImportedText } from './importedText'
import { parseHtml } from './parseHtml'
import { baseNameOf } from './sourceFormatOf'

/** Imports an HTML page as one document; a declared <meta charset> beats guessing. */
export function importHtml(fileName: string, bytes: Uint8Array): ImportedText {
  const { text: html } = decodeText(fileName, bytes, sniffHtmlCharset(bytes))
  const page = readHtml(html)
  return toImportedText(fileName, fileName, 'html', page.text, {
    ...page,
    title: page.headline || page.firstHeading || page.pageTitle || baseNameOf(fileName),
  })
}

/** The text and metadata of HTML from a file or converted from markdown or docx. */
export function readHtml(html: string): HtmlText & HtmlMetadata {
  const document = parseHtml(html)
  return { ...htmlMetadata(document), ...htmlToText(document) }
}

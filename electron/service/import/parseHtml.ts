import { parseDocument } from 'htmlparser2'

/** A parsed HTML document (htmlparser2's DOM), shared by text and metadata extraction. */
export type HtmlDocument = ReturnType<typeof parseDocument>

/** Parses HTML forgivingly as browsers do, with entities decoded and names lower-cased. */
export function parseHtml(html: string): HtmlDocument {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true })
}

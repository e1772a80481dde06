import { DomUtils, parseDocument } from 'htmlparser2'
import { readZipEntry } from './zipEntry'

/** The document properties Word keeps in docProps/core.xml; empty strings when unset. */
export interface DocxCoreProperties {
  title: string
  author: string
  language: string
}

/** Reads title, author (dc:creator) and language from a .docx; empty if it has none. */
export function docxCoreProperties(docx: Uint8Array): DocxCoreProperties {
  const xml = readZipEntry(docx, 'docProps/core.xml')
  const properties = { title: '', author: '', language: '' }
  if (!xml) return properties
  const document = parseDocument(Buffer.from(xml).toString('utf8'), { xmlMode: true, decodeEntities: true })
  const text = (name: string) => {
    const element = DomUtils.findOne((candidate) => candidate.name.toLowerCase() === name, document.children)
    return element ? DomUtils.textContent(element).trim() : ''
  }
  return { title: text('dc:title'), author: text('dc:creator'), language: text('dc:language') }
}

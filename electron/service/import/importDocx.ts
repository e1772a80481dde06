import mammoth from 'mammoth'
import { docxCoreProperties } from './docxCoreProperties'
import { ImportFileError } from './ImportFileError'
import { readHtml } from './importHtml'
import { toImportedText, type ImportedText } from './importedText'
import { baseNameOf } from './sourceFormatOf'

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0]

/**
 * Imports a Word .docx as one document. mammoth converts it to HTML (headings, paragraphs,
 * lists, tables, footnotes), which is then read like any HTML page. The title is the first
 * heading, else the document's title property, else the file name; the author comes from
 * the document properties. Images are skipped and linked files are never opened.
 */
export async function importDocx(fileName: string, bytes: Uint8Array): Promise<ImportedText> {
  if (OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    throw new ImportFileError(fileName, 'this is an old Word .doc file (or an encrypted .docx); save it as .docx first')
  }
  if (!ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    throw new ImportFileError(fileName, 'not a valid .docx file (it is not a ZIP archive)')
  }
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        // Word's Title style holds the headline as often as Heading 1 does.
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
        // Images are not text; returning no source avoids base64-encoding every picture.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    )
    html = result.value
  } catch (cause) {
    throw new ImportFileError(fileName, `not a valid .docx file (${cause instanceof Error ? cause.message : String(cause)})`, {
      cause,
    })
  }
  // mammoth closes each footnote with a "↑" link back to its reference: navigation, not text.
  html = html.replace(/<a href="#(?:footnote|endnote|comment)-ref-[^"]*">↑<\/a>/g, '')
  const page = readHtml(html)
  const properties = docxCoreProperties(bytes)
  return toImportedText(fileName, fileName, 'docx', page.text, {
    title: page.firstHeading || properties.title || baseNameOf(fileName),
    author: properties.author,
    language: properties.language,
  })
}

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { ImportFileError } from './ImportFileError'
import { toImportedText, type ImportedText } from './importedText'
import { pdfParagraphs, type PdfLine } from './pdfParagraphs'
import { pdfTextLines, type PdfTextRun } from './pdfTextLines'
import { baseNameOf } from './sourceFormatOf'

/**
 * Imports a PDF's text layer as one document, page by page (the signal is checked between
 * pages), with lines joined into paragraphs by pdfParagraphs. Title, author and language
 * come from the document information and catalog. A PDF without any text is a scan and
 * needs OCR first; password-protected PDFs are refused.
 */
export async function importPdf(fileName: string, bytes: Uint8Array, signal?: AbortSignal): Promise<ImportedText> {
  const task = getDocument({
    // pdf.js may detach the buffer it is given; the caller's bytes stay intact.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  })
  try {
    const document = await task.promise.catch((cause: unknown) => {
      const name = (cause as { name?: string } | null)?.name
      const reason =
        name === 'PasswordException'
          ? 'the PDF is password-protected; remove the password first'
          : `not a valid PDF (${cause instanceof Error ? cause.message : String(cause)})`
      throw new ImportFileError(fileName, reason, { cause })
    })
    const pages: PdfLine[][] = []
    for (let number = 1; number <= document.numPages; number++) {
      signal?.throwIfAborted()
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      pages.push(pdfTextLines(content.items.flatMap((item): PdfTextRun[] => ('str' in item ? [item] : []))))
      page.cleanup()
    }
    if (pages.every((lines) => lines.length === 0)) {
      throw new ImportFileError(fileName, 'no text layer (scanned PDF?) — run OCR first')
    }
    const { info } = await document.getMetadata().catch(() => ({ info: {} }))
    const property = (name: string) => {
      const value = (info as Record<string, unknown>)[name]
      return typeof value === 'string' ? value.trim() : ''
    }
    // Word's PDF export often writes "Microsoft Word - file.docx" as the title.
    const title = /^(microsoft word - |untitled\b)/i.test(property('Title')) ? '' : property('Title')
    return toImportedText(fileName, fileName, 'pdf', pdfParagraphs(pages).join('\n'), {
      title: title || baseNameOf(fileName),
      author: property('Author'),
      language: property('Language'),
    })
  } finally {
    await task.destroy()
  }
}

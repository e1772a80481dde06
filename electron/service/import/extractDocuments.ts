import { importCsv } from './importCsv'
import { importDocx } from './importDocx'
import { ImportFileError } from './ImportFileError'
import { importHtml } from './importHtml'
import { importMarkdown } from './importMarkdown'
import { importPdf } from './importPdf'
import { importPlainText } from './importPlainText'
import type { CsvImportOptions, ImportedText } from './importedText'
import { assertImportSize } from './importSizeLimit'
import { sourceFormatOf } from './sourceFormatOf'

/**
 * Turns one file into documents: normalised plain text plus the metadata the file holds.
 * The format follows the extension (.txt, .md, .html/.htm, .docx, .pdf, .csv, .tsv, any
 * case); a CSV/TSV file gives one document per row, any other file one document. Throws
 * ImportFileError with a reason a researcher can act on (unsupported format, too large,
 * undecidable encoding, no text, damaged file); an aborted signal rejects with its reason.
 */
export async function extractDocuments(
  fileName: string,
  bytes: Uint8Array,
  options: { csv?: CsvImportOptions; signal?: AbortSignal } = {},
): Promise<ImportedText[]> {
  const { signal } = options
  signal?.throwIfAborted()
  const format = sourceFormatOf(fileName)
  assertImportSize(fileName, bytes)
  if (bytes.byteLength === 0) throw new ImportFileError(fileName, 'no text (the file is empty)')
  try {
    switch (format) {
      case 'txt':
        return [importPlainText(fileName, bytes)]
      case 'md':
        return [importMarkdown(fileName, bytes)]
      case 'html':
        return [importHtml(fileName, bytes)]
      case 'docx':
        return [await importDocx(fileName, bytes)]
      case 'pdf':
        return [await importPdf(fileName, bytes, signal)]
      case 'csv':
      case 'tsv':
        return importCsv(fileName, bytes, format, options.csv, signal)
      case 'seed':
        throw new ImportFileError(fileName, 'unsupported format')
    }
  } catch (error) {
    if (error instanceof ImportFileError || signal?.aborted) throw error
    // A library failing on a damaged file still names the file and says what kind it is.
    const detail = error instanceof Error ? error.message : String(error)
    throw new ImportFileError(fileName, `could not read this ${format} file (${detail})`, { cause: error })
  }
}

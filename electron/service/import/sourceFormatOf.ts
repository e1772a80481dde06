import type { SourceFormat } from '../../../shared/model/document'
import { ImportFileError } from './ImportFileError'

const formatsByExtension: Record<string, SourceFormat> = {
  txt: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  pdf: 'pdf',
  csv: 'csv',
  tsv: 'tsv',
}

/** The import format of a file, from its extension (case-insensitive); throws for any other. */
export function sourceFormatOf(fileName: string): SourceFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''
  const format = formatsByExtension[extension]
  if (!format) {
    throw new ImportFileError(
      fileName,
      `unsupported format${extension ? ` ".${extension}"` : ''} (supported: .txt, .md, .html, .htm, .docx, .pdf, .csv, .tsv)`,
    )
  }
  return format
}

/** The file name without its folder and its last extension: the title of last resort. */
export function baseNameOf(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName
  return name.replace(/\.[^.]+$/, '') || name
}

import type { SourceFormat, VariableValue } from '../../../shared/model/document'
import { normalizeText } from '../../../shared/text/normalize'
import { ImportFileError } from './ImportFileError'

/** One document extracted from a file: its normalised text and what the file says about it. */
export interface ImportedText {
  /** The text, normalised with normalizeText (NFC, "\n"); offsets into it are research data. */
  text: string
  /** From the file (HTML title/h1, docx heading, PDF metadata, CSV column) or the file name. */
  title: string
  outlet: string
  /** ISO 8601 calendar date (YYYY-MM-DD), or null when the file does not say. */
  date: string | null
  author: string
  url: string
  language: string
  variables: Record<string, VariableValue>
  format: SourceFormat
  /** The file name, plus "#row N" (N counts data rows from 1) for rows of a CSV/TSV file. */
  sourceName: string
}

/** How to read a CSV/TSV file; every column is named by its header cell. */
export interface CsvImportOptions {
  /** Default: the column named text/body/content/article/fulltext. */
  textColumn?: string
  /** Default: the column named title/headline, else the file name and row number. */
  titleColumn?: string
  /** Default: every column not used for the text or the metadata. */
  variableColumns?: string[]
  /** Default: "\t" for .tsv; guessed among , ; tab | for .csv. */
  delimiter?: string
}

/** A metadata value on one line: normalised, whitespace collapsed, trimmed. */
export function metadataField(value: string | null | undefined): string {
  return normalizeText(value ?? '')
    .replace(/\s+/gu, ' ')
    .trim()
}

/**
 * Builds an ImportedText from extracted text, normalising text and metadata. Throws when
 * nothing but whitespace is left, because an empty document cannot be coded.
 */
export function toImportedText(
  fileName: string,
  sourceName: string,
  format: SourceFormat,
  rawText: string,
  meta: Partial<Omit<ImportedText, 'text' | 'format' | 'sourceName'>> & { title: string },
): ImportedText {
  const text = normalizeText(rawText)
  if (!text.trim()) throw new ImportFileError(fileName, 'no text')
  return {
    text,
    title: metadataField(meta.title),
    outlet: metadataField(meta.outlet),
    date: meta.date ?? null,
    author: metadataField(meta.author),
    url: metadataField(meta.url),
    language: metadataField(meta.language),
    variables: meta.variables ?? {},
    format,
    sourceName,
  }
}

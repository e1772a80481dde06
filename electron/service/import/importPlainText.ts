import { decodeText } from './decodeText'
import { toImportedText, type ImportedText } from './importedText'
import { baseNameOf } from './sourceFormatOf'

/** Imports a plain text file as one document, its text kept exactly as written (normalised). */
export function importPlainText(fileName: string, bytes: Uint8Array): ImportedText {
  const { text } = decodeText(fileName, bytes)
  return toImportedText(fileName, fileName, 'txt', text, { title: baseNameOf(fileName) })
}

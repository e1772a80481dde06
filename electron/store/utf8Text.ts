import { isUtf8 } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import { ProjectFileError } from './projectFileError'

/**
 * The text of a file Margin reads as its own (project files, annotation files, packages):
 * UTF-8, as Margin writes them. A byte-order mark (Windows editors add one) is skipped.
 * Bytes that are not UTF-8 (the file was saved in another encoding, or is damaged) are
 * refused: decoding would turn each into U+FFFD, in a coder's memo or a quote, and the
 * next save would make that loss permanent. `file` names the file in the error.
 */
export function utf8Text(bytes: Buffer, file: string): string {
  if (!isUtf8(bytes)) {
    throw new ProjectFileError(file, 'is not UTF-8 text: it was saved in another encoding or is damaged (Margin writes UTF-8; use the file as Margin wrote it, or a backup)')
  }
  const text = bytes.toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** A file's text by utf8Text, or null when there is no such file. */
export async function readUtf8File(path: string, file: string): Promise<string | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  return utf8Text(bytes, file)
}

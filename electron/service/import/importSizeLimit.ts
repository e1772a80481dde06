import { ImportFileError } from './ImportFileError'

/** Files larger than this are refused before any parsing: no news article needs more. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/** Throws ImportFileError, with both sizes in MB, for a file over MAX_IMPORT_BYTES. */
export function assertImportSize(fileName: string, bytes: Uint8Array): void {
  if (bytes.byteLength <= MAX_IMPORT_BYTES) return
  throw new ImportFileError(
    fileName,
    `the file is too large to import (${megabytes(bytes.byteLength)} MB; the limit is ${megabytes(MAX_IMPORT_BYTES)} MB)`,
  )
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')
}

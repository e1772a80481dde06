/**
 * Why one file could not be imported, in words a researcher can act on. The message reads
 * `${fileName}: ${reason}`, so a batch import can list failures without more formatting.
 */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError'

  constructor(
    readonly fileName: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${fileName}: ${reason}`, options)
  }
}

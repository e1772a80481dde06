import type { ZodError } from 'zod'

/**
 * A project file that cannot be used as it is: not valid JSON, not the expected shape,
 * made by a newer Margin, or changed by hand. It names the file and what is wrong; the
 * store never overwrites such a file.
 */
export class ProjectFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`)
    this.name = 'ProjectFileError'
  }

  static fromZod(file: string, error: ZodError): ProjectFileError {
    const first = error.issues.slice(0, 3).map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : '(top level)'
      return `${where}: ${issue.message}`
    })
    const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : ''
    return new ProjectFileError(file, `not a valid Margin file: ${first.join('; ')}${more}`)
  }
}

/** A write was asked of a project opened read-only (e.g. open in another Margin). */
export class ReadOnlyProjectError extends Error {
  constructor(reason: string) {
    super(`This project is open read-only: ${reason}`)
    this.name = 'ReadOnlyProjectError'
  }
}

import { createHash } from 'node:crypto'
import type { Adapter } from 'lowdb'
import type { ZodType } from 'zod'
import { stageFile, writeFileAtomic, type StagedFile } from './atomicWrite'
import { canonicalJson } from './canonicalJson'
import { ProjectFileError } from './projectFileError'
import { readUtf8File } from './utf8Text'

/**
 * lowdb adapter for one project file: reads and validates against a schema, writes
 * canonical JSON atomically with fsync. A file that failed to read is never written,
 * so a corrupted or hand-edited file is reported, not silently replaced.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private unreadable: ProjectFileError | null = null

  constructor(
    readonly path: string,
    private readonly schema: ZodType<T>,
    /** How the path is named in errors, e.g. "annotations/coder-a.json". */
    private readonly displayName: string = path,
    /** Upgrades older schema versions; returns the raw data unchanged when current. */
    private readonly migrate: (raw: unknown, file: string) => unknown = (raw) => raw,
  ) {}

  async read(): Promise<T | null> {
    try {
      const text = await readUtf8File(this.path, this.displayName)
      return text === null ? null : parseProjectJson(text, this.schema, this.displayName, this.migrate)
    } catch (error) {
      if (error instanceof ProjectFileError) this.unreadable = error
      throw error
    }
  }

  async write(data: T): Promise<void> {
    if (this.unreadable) throw this.unreadable
    await writeFileAtomic(this.path, canonicalJson(data))
  }

  /**
   * The first half of `write` (see stageFile): the new version written and fsynced beside
   * the file, with the SHA-256 (hex) of its bytes, which merges record for undo.
   */
  async stage(data: T): Promise<StagedFile & { sha256: string }> {
    if (this.unreadable) throw this.unreadable
    const bytes = Buffer.from(canonicalJson(data), 'utf8')
    const staged = await stageFile(this.path, bytes)
    return { ...staged, sha256: createHash('sha256').update(bytes).digest('hex') }
  }
}

/** Parses and validates the text of a project file, naming the file in every error. */
export function parseProjectJson<T>(
  text: string,
  schema: ZodType<T>,
  file: string,
  migrate: (raw: unknown, file: string) => unknown = (raw) => raw,
): T {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new ProjectFileError(file, `not valid JSON (${(error as Error).message})`)
  }
  const result = schema.safeParse(migrate(raw, file))
  if (!result.success) throw ProjectFileError.fromZod(file, result.error)
  return result.data
}

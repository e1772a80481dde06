import { open, readFile, truncate, unlink } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { fsyncDirectory } from './atomicWrite'
import { ProjectFileError } from './projectFileError'
import { utf8Text } from './utf8Text'
import { dirname } from 'node:path'

/**
 * An append-only log of changes (one JSON object a line), fsynced on every append, so a
 * change is durable in the time of one small write rather than a rewrite of a large file.
 * The owner folds the log into its JSON file now and then and clears it.
 *
 * A crash can leave only the last line incomplete; reading drops that line (it was never
 * acknowledged) and cuts it off the file. Damage anywhere else is reported, not skipped.
 */
export class Journal<T> {
  private handle: FileHandle | null = null
  private length = 0

  constructor(
    readonly path: string,
    private readonly displayName: string,
    private readonly parse: (value: unknown) => T,
  ) {}

  /**
   * Reads every complete entry. A torn final line left by a crash is ignored, and cut off
   * the file when `repair` is set (only the process holding the project lock may).
   */
  async readAll(repair = true): Promise<T[]> {
    let bytes: Buffer
    try {
      bytes = await readFile(this.path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    // Counted in bytes, so a torn line that ends inside a character is cut off exactly.
    const complete = bytes.lastIndexOf(0x0a) + 1
    const lines = utf8Text(bytes.subarray(0, complete), this.displayName).split('\n')
    lines.pop() // '' after the last "\n"
    const entries: T[] = []
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]) continue
      try {
        entries.push(this.parse(JSON.parse(lines[i])))
      } catch (error) {
        throw new ProjectFileError(this.displayName, `line ${i + 1} is damaged (${(error as Error).message})`)
      }
    }
    if (complete < bytes.length && repair) await truncate(this.path, complete)
    this.length = complete
    return entries
  }

  /** Appends entries and returns once they are on disk. */
  async append(entries: T[]): Promise<void> {
    if (!entries.length) return
    if (!this.handle) {
      this.handle = await open(this.path, 'a')
      await fsyncDirectory(dirname(this.path))
    }
    const text = entries.map((entry) => JSON.stringify(entry) + '\n').join('')
    await this.handle.write(text)
    await this.handle.sync()
    this.length += Buffer.byteLength(text, 'utf8')
  }

  /** Bytes in the log; the owner compacts when this grows large. */
  get size(): number {
    return this.length
  }

  /** Removes the log after its entries were saved elsewhere (the next append recreates it). */
  async clear(): Promise<void> {
    await this.close()
    await unlink(this.path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    await fsyncDirectory(dirname(this.path))
    this.length = 0
  }

  async close(): Promise<void> {
    const handle = this.handle
    this.handle = null
    await handle?.close()
  }
}

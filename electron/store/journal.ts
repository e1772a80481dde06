import { open, readFile, truncate, unlink } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { fsyncDirectory } from './atomicWrite'
import { ProjectFileError } from './projectFileError'
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
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    const entries: T[] = []
    const lines = text.split('\n')
    const tail = lines.pop() ?? '' // text after the last "\n": a torn write, or ''
    let offset = 0
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]
      offset += Buffer.byteLength(line, 'utf8') + 1
      if (!line) continue
      try {
        entries.push(this.parse(JSON.parse(line)))
      } catch (error) {
        throw new ProjectFileError(this.displayName, `line ${i + 1} is damaged (${(error as Error).message})`)
      }
    }
    if (tail && repair) await truncate(this.path, offset)
    this.length = offset
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

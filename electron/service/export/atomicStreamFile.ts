import { open, rename, unlink, type FileHandle } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { fsyncDirectory } from '../../store/atomicWrite'

/**
 * A file written in pieces that appears all at once: chunks go to a temp file beside the
 * target; `commit` fsyncs it, renames it over the target and fsyncs the folder (as
 * writeFileAtomic does for whole files), `abort` removes it. A crash or a cancelled export
 * never leaves a half-written table under the real name.
 */
export class AtomicStreamFile {
  private constructor(
    readonly path: string,
    private readonly temp: string,
    private handle: FileHandle | null,
  ) {}

  static async create(path: string): Promise<AtomicStreamFile> {
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
    return new AtomicStreamFile(path, temp, await open(temp, 'wx'))
  }

  async write(chunk: string): Promise<void> {
    if (!this.handle) throw new Error(`${this.path} is already closed`)
    await this.handle.write(chunk, null, 'utf8')
  }

  async commit(): Promise<void> {
    const handle = this.handle
    if (!handle) throw new Error(`${this.path} is already closed`)
    this.handle = null
    try {
      await handle.sync()
      await handle.close()
      await rename(this.temp, this.path)
    } catch (error) {
      await handle.close().catch(() => {})
      await unlink(this.temp).catch(() => {})
      throw error
    }
    await fsyncDirectory(dirname(this.path))
  }

  async abort(): Promise<void> {
    const handle = this.handle
    this.handle = null
    await handle?.close().catch(() => {})
    await unlink(this.temp).catch(() => {})
  }
}

import { open, readdir, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/** A new version of a file, written and fsynced beside it, not yet in its place. */
export interface StagedFile {
  /**
   * Renames the new version over the file and fsyncs the folder: from here on it is the file.
   * `renamed` runs right after the rename, so a caller mirroring the file in memory does so
   * even if the folder's fsync then fails.
   */
  publish(renamed?: () => void): Promise<void>
  /** Removes the new version; the file stays as it was. */
  discard(): Promise<void>
}

/** Temp files are dot files named after their target: `.<name>.<pid>.<random>.tmp`. */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/
/** This thread's temp files not yet renamed or removed. */
const liveTempFiles = new Set<string>()

/**
 * Replaces `path` with `data` so that a crash at any moment leaves either the old file or
 * the new one, never a half-written mix: write a temp file beside it, fsync it, rename it
 * over the target, then fsync the folder so the rename itself survives power loss.
 * (steno, lowdb's default writer, skips both fsyncs.)
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await (await stageFile(path, data)).publish()
}

/**
 * The first half of writeFileAtomic: the slow part (writing and fsyncing the data) done
 * ahead, so that several files can later be put in place within moments of each other.
 */
export async function stageFile(path: string, data: string | Uint8Array): Promise<StagedFile> {
  const dir = dirname(path)
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  liveTempFiles.add(temp)
  const discard = async () => {
    await unlink(temp).catch(() => {})
    liveTempFiles.delete(temp)
  }
  const handle = await open(temp, 'wx').catch(async (error) => {
    liveTempFiles.delete(temp)
    throw error
  })
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await discard()
    throw error
  }
  await handle.close()
  return {
    publish: async (renamed) => {
      try {
        await rename(temp, path)
      } catch (error) {
        await discard()
        throw error
      }
      liveTempFiles.delete(temp)
      renamed?.()
      await fsyncDirectory(dir)
    },
    discard,
  }
}

/**
 * Removes the temp files in `dir` that no write is using: other (crashed) processes', and
 * this process's own that this thread is not writing (a terminated worker's). Call only
 * while holding the project lock, and with no worker thread writing there.
 */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  const stale = names.filter((name) => TEMP_FILE.test(name) && !liveTempFiles.has(join(dir, name)))
  await Promise.all(stale.map((name) => unlink(join(dir, name)).catch(() => {})))
}

/** Flushes a folder's entries (new, renamed or removed files) to disk. */
export async function fsyncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals renames itself.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

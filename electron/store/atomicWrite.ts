import { open, readdir, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/** A new version of a file, written and fsynced beside it, not yet in its place. */
export interface StagedFile {
  /** Renames the new version over the file and fsyncs the folder: from here on it is the file. */
  publish(): Promise<void>
  /** Removes the new version; the file stays as it was. */
  discard(): Promise<void>
}

/** Temp files are dot files named after their target: `.<name>.<pid>.<random>.tmp`. */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/

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
  const handle = await open(temp, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await unlink(temp).catch(() => {})
    throw error
  }
  await handle.close()
  const discard = () => unlink(temp).catch(() => {})
  return {
    publish: async () => {
      try {
        await rename(temp, path)
      } catch (error) {
        await discard()
        throw error
      }
      await fsyncDirectory(dir)
    },
    discard,
  }
}

/** Removes the temp files other (crashed) processes left in `dir`; call only while holding the project lock. */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  const stale = names.filter((name) => {
    const pid = TEMP_FILE.exec(name)?.[1]
    return pid !== undefined && pid !== String(process.pid)
  })
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

import { copyFile, mkdir, readdir, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'

/** How many older versions of each file are kept in `.margin/backups/`. */
export const BACKUPS_KEPT = 10

/**
 * Copies a project file into `.margin/backups/` under a timestamped name and prunes that
 * file's oldest backups beyond BACKUPS_KEPT. Missing files are skipped.
 */
export async function backupFile(projectDir: string, relativePath: string, now = new Date()): Promise<string | null> {
  const dir = join(projectDir, '.margin', 'backups')
  await mkdir(dir, { recursive: true })
  const flat = relativePath.replaceAll('/', '__')
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const target = join(dir, `${flat}.${stamp}.bak`)
  try {
    await copyFile(join(projectDir, relativePath), target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const mine = (await readdir(dir)).filter((name) => name.startsWith(`${flat}.`) && name.endsWith('.bak')).sort()
  // Another write of the same file may be pruning too: a backup already gone is fine.
  for (const old of mine.slice(0, Math.max(0, mine.length - BACKUPS_KEPT))) {
    await unlink(join(dir, old)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
  }
  return basename(target)
}

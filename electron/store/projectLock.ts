import { hostname } from 'node:os'
import { mkdir, open, readFile, stat, unlink, utimes } from 'node:fs/promises'
import { join } from 'node:path'

export type ReleaseLock = () => Promise<void>

/** What the lock file says about its holder, shown to a second process. */
export interface LockHolder {
  pid: number
  host: string
  since: string
}

/** A lock not refreshed for this long, from another machine, is taken to be abandoned. */
const FOREIGN_STALE_MS = 60_000
const HEARTBEAT_MS = 15_000

/**
 * Takes the project's single-writer lock (`.margin/lock`, created exclusively), or returns
 * the live holder. A lock left by a process that no longer runs on this machine (a crash,
 * `kill -9`) is taken over at once; one from another machine (a shared drive) after it
 * has not been refreshed for a minute.
 */
export async function acquireProjectLock(projectDir: string): Promise<ReleaseLock | LockHolder> {
  const dir = join(projectDir, '.margin')
  const path = join(dir, 'lock')
  await mkdir(dir, { recursive: true })
  for (let attempt = 0; attempt < 3; attempt++) {
    const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() }
    try {
      const handle = await open(path, 'wx')
      await handle.writeFile(JSON.stringify(me) + '\n')
      await handle.sync()
      await handle.close()
      const timer = setInterval(() => {
        const now = new Date()
        utimes(path, now, now).catch(() => {})
      }, HEARTBEAT_MS)
      timer.unref()
      let released = false
      return async () => {
        if (released) return
        released = true
        clearInterval(timer)
        await unlink(path).catch(() => {})
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = await readHolder(path)
    if (holder && !(await isAbandoned(path, holder))) return holder
    await unlink(path).catch(() => {})
  }
  throw new Error(`could not take the project lock ${path}`)
}

async function readHolder(path: string): Promise<LockHolder | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<LockHolder>
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? '') }
    }
  } catch {
    // An empty or torn lock file: its writer died while creating it.
  }
  return null
}

async function isAbandoned(path: string, holder: LockHolder): Promise<boolean> {
  if (holder.host === hostname()) return !isRunning(holder.pid)
  const info = await stat(path).catch(() => null)
  return !info || Date.now() - info.mtimeMs > FOREIGN_STALE_MS
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

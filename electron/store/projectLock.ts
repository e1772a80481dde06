import lockfile from 'proper-lockfile'
import { join } from 'node:path'

export type ReleaseLock = () => Promise<void>

/**
 * Takes the project's single-writer lock, or returns null when another live Margin holds
 * it. The lock is refreshed while held; one left by a killed process goes stale after
 * `staleMs` and is then taken over, so a crash never locks a project for good.
 */
export async function acquireProjectLock(projectDir: string, staleMs = 10_000): Promise<ReleaseLock | null> {
  try {
    const release = await lockfile.lock(projectDir, {
      lockfilePath: join(projectDir, '.margin', 'lock'),
      stale: staleMs,
      update: Math.max(1000, Math.floor(staleMs / 2)),
      realpath: false,
      onCompromised: () => {
        // Another process took the lock over (we were frozen past `stale`): stop writing.
        compromised.add(projectDir)
      },
    })
    compromised.delete(projectDir)
    return release
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') return null
    throw error
  }
}

const compromised = new Set<string>()

/** True when the lock we held was taken over by another process. */
export function isLockCompromised(projectDir: string): boolean {
  return compromised.has(projectDir)
}

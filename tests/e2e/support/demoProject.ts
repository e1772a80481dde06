import { cp } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { MarginSession } from './marginSession'

/** The bundled demo project (two coders who disagree in places); tests only ever copy it. */
export const DEMO_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url))

/** A writable copy of the demo project at `dir`, so no test writes into seeds/. */
export async function demoProjectCopy(dir: string): Promise<string> {
  await cp(DEMO_DIR, dir, { recursive: true })
  return dir
}

/**
 * Answers the project window's first-start "Who is coding?" question ahead of time (the
 * coding view remembers the answer per project in localStorage) and reloads, so tests of
 * the tools start at the project window.
 */
export async function actAsCoder(session: Pick<MarginSession, 'page' | 'service'>, coderId = 'coder-a'): Promise<void> {
  const { path } = await session.service.handlers['project.current']({})
  await session.page.evaluate(([key, id]) => localStorage.setItem(key, id), [`margin.coder:${path}`, coderId] as const)
  await session.page.reload()
  await session.page.getByRole('button', { name: 'Tools' }).waitFor()
}

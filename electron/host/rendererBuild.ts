import { readdir, stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** Where the built renderer lives (electron-vite and `margin serve` build to the same place). */
export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer/', import.meta.url))
const SOURCES = [fileURLToPath(new URL('../../renderer/', import.meta.url)), fileURLToPath(new URL('../../shared/', import.meta.url))]

/**
 * Returns the built renderer's folder, building it first when it is missing or older than
 * its sources (after a `git pull`, say), so that `npx margin serve` always serves the code
 * in the working tree. Vite is a development dependency, present after `npm install`.
 */
export async function ensureRendererBuilt(log: (line: string) => void, force = false): Promise<string> {
  const built = await stat(join(RENDERER_DIR, 'index.html')).catch(() => null)
  if (built && !force && (await newestSource()) <= built.mtimeMs) return RENDERER_DIR
  log(built ? 'Rebuilding the Margin web interface (sources changed)…' : 'Building the Margin web interface (first run only)…')
  const [{ build }, { rendererViteConfig }] = await Promise.all([import('vite'), import('../../renderer/viteConfig')])
  await build({ ...rendererViteConfig(), logLevel: 'warn', configFile: false })
  return RENDERER_DIR
}

async function newestSource(): Promise<number> {
  let newest = 0
  for (const dir of SOURCES) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (!entry.isFile()) continue
      const info = await stat(join(entry.parentPath, entry.name))
      newest = Math.max(newest, info.mtimeMs)
    }
  }
  return newest
}

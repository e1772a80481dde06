import { stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** Where the built renderer lives (electron-vite and `margin serve` build to the same place). */
export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer/', import.meta.url))

/**
 * Returns the built renderer's folder, building it first when it is missing, so that
 * `npx margin serve` works on a fresh clone. Vite is a development dependency, present
 * after `npm install`; a packaged app ships the built renderer instead.
 */
export async function ensureRendererBuilt(log: (line: string) => void, force = false): Promise<string> {
  const built = await stat(join(RENDERER_DIR, 'index.html')).then(() => true, () => false)
  if (built && !force) return RENDERER_DIR
  log('Building the Margin web interface (first run only)…')
  const [{ build }, { rendererViteConfig }] = await Promise.all([import('vite'), import('../../renderer/viteConfig')])
  await build({ ...rendererViteConfig(), logLevel: 'warn', configFile: false })
  return RENDERER_DIR
}

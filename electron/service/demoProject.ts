import { cp, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { bundledSeedsDir, marginHome } from './marginHome'

/**
 * The demo project a user works in when they name no project: a copy of the bundled
 * `seeds/` made on first use, so trying things out never changes the shipped demo.
 * `reset` replaces an existing copy with a fresh one.
 */
export async function ensureDemoProject(options: { home?: string; seeds?: string; reset?: boolean } = {}): Promise<string> {
  const target = join(options.home ?? marginHome(), 'demo')
  const exists = await stat(join(target, 'margin.json')).then(() => true, () => false)
  if (exists && !options.reset) return target
  const source = options.seeds ?? bundledSeedsDir()
  const hasSeeds = await stat(join(source, 'margin.json')).then(() => true, () => false)
  if (!hasSeeds) throw new Error(`the bundled demo project is missing at ${source}`)
  await cp(source, target, {
    recursive: true,
    force: true,
    filter: (path) => !path.includes(`${join(source, '.margin')}`),
  })
  return target
}

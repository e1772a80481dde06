import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../store/atomicWrite'
import { marginHome } from './marginHome'

const settingsSchema = z.object({
  lastProject: z.string().nullable().default(null),
  recentProjects: z.array(z.string()).default([]),
})
export type DesktopSettings = z.infer<typeof settingsSchema>

const RECENT_KEPT = 10

/** The desktop app's own settings (last and recent projects) in the Margin home folder. */
export async function readDesktopSettings(home = marginHome()): Promise<DesktopSettings> {
  try {
    return settingsSchema.parse(JSON.parse(await readFile(join(home, 'settings.json'), 'utf8')))
  } catch {
    // Missing or unreadable settings only cost the recent-projects list.
    return settingsSchema.parse({})
  }
}

/** Records `project` as the last one opened, first in the recent list. */
export async function rememberProject(project: string, home = marginHome()): Promise<DesktopSettings> {
  const current = await readDesktopSettings(home)
  const next: DesktopSettings = {
    lastProject: project,
    recentProjects: [project, ...current.recentProjects.filter((p) => p !== project)].slice(0, RECENT_KEPT),
  }
  await mkdir(home, { recursive: true })
  await writeFileAtomic(join(home, 'settings.json'), JSON.stringify(next, null, 2) + '\n')
  return next
}

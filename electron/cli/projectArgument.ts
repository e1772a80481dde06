import { ensureDemoProject } from '../service/demoProject'
import { ProjectStore, type OpenOptions } from '../store/projectStore'

/**
 * The project a command works on: the folder given, or (none given) the user's copy of the
 * bundled demo project. Tells the user on stderr when the demo is used.
 */
export async function resolveProjectDir(project: string | undefined): Promise<string> {
  if (project) return project
  const demo = await ensureDemoProject()
  process.stderr.write(`(no project given: using the demo project at ${demo})\n`)
  return demo
}

export async function openProjectArgument(project: string | undefined, options: OpenOptions = {}): Promise<ProjectStore> {
  return ProjectStore.open(await resolveProjectDir(project), options)
}

import type { Command } from 'commander'
import { basename, resolve } from 'node:path'
import { ProjectStore } from '../../store/projectStore'

export function registerNew(program: Command): void {
  program
    .command('new')
    .description('create an empty Margin project in a new folder')
    .argument('<dir>', 'folder to create (must not exist or be empty)')
    .option('--name <name>', 'project name (default: the folder name)')
    .action(async (dir: string, options: { name?: string }) => {
      const store = await ProjectStore.create(dir, options.name ?? basename(resolve(dir)))
      await store.close()
      process.stdout.write(`Created project "${store.info.name}" in ${store.dir}\n`)
    })
}

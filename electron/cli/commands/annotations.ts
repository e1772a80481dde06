import type { Command } from 'commander'
import { exportAnnotations } from '../../service/pack/exportAnnotations'
import { openProjectArgument } from '../projectArgument'

export function registerAnnotations(program: Command): void {
  program
    .command('annotations')
    .description('write a coder\'s annotation file (the one file a coder sends to the team lead)')
    .argument('[project]', 'project folder (default: the demo project)')
    .requiredOption('--coder <id>', 'whose annotations')
    .requiredOption('--out <file>', 'the file to write (e.g. alice.json)')
    .action(async (project: string | undefined, options: { coder: string; out: string }) => {
      const store = await openProjectArgument(project, { readOnly: true })
      try {
        const written = await exportAnnotations(store, options.coder, options.out)
        process.stdout.write(`Wrote ${written.annotations} annotations of ${options.coder} on ${written.documents} documents to ${options.out}\n`)
      } finally {
        await store.close()
      }
    })
}

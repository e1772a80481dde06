import type { Command } from 'commander'
import { createPackage } from '../../service/pack/createPackage'
import { writePackage } from '../../service/pack/packageFile'
import { CliError } from '../cliError'
import { openProjectArgument } from '../projectArgument'
import { idList, wholeNumber } from './optionParsers'

interface PackOptions {
  coder: string
  name?: string
  documents?: string[]
  overlap?: number
  seed?: number
  stratify?: string
  team?: string[]
  out: string
  json?: boolean
}

export function registerPack(program: Command): void {
  program
    .command('pack')
    .description('make a coder package (.marginpack): project, codebook and the assigned documents, no other coders\' annotations')
    .argument('[project]', 'project folder (default: the demo project)')
    .requiredOption('--coder <id>', 'the coder the package is for')
    .option('--name <name>', 'the coder\'s name, if the project does not know the coder yet')
    .option('--documents <ids...>', 'the coder\'s documents (ids, space- or comma-separated; default: all, or their share of --team)', idList)
    .option('--overlap <n>', 'also include a reliability sample of n documents every coder codes', wholeNumber)
    .option('--seed <n>', 'seed that draws the overlap sample (the same seed gives the same sample)', wholeNumber)
    .option('--stratify <field>', 'draw the sample proportionally by a document field or variable (e.g. outlet)')
    .option('--team <ids...>', 'split the documents outside the overlap among these coders; this coder gets their share', idList)
    .requiredOption('--out <file>', 'the package file to write (e.g. alice.marginpack)')
    .option('--json', 'print what was packed as JSON')
    .action(async (project: string | undefined, options: PackOptions) => {
      if ((options.seed !== undefined || options.stratify) && options.overlap === undefined) {
        throw new CliError('--seed and --stratify draw the overlap sample: give its size with --overlap')
      }
      const store = await openProjectArgument(project, { readOnly: true })
      try {
        const known = (await store.coder(options.coder))?.coder
        const coder = known ?? { id: options.coder, name: options.name ?? options.coder }
        const overlap = options.overlap === undefined ? undefined : { size: options.overlap, seed: options.seed ?? 1, stratifyBy: options.stratify ?? null }
        const pack = await createPackage(store, { coder, documents: options.documents, overlap, team: options.team })
        const bytes = await writePackage(options.out, pack)
        const { assignment } = pack
        if (options.json) {
          process.stdout.write(JSON.stringify({ path: options.out, coder, assignment, bytes }, null, 2) + '\n')
          return
        }
        process.stdout.write(
          `Packed ${assignment.documents.length} documents for ${coder.name} (${coder.id}) into ${options.out}` +
            (assignment.overlap.length ? `, ${assignment.overlap.length} of them the overlap sample (seed ${assignment.seed}${assignment.stratifyBy ? `, by ${assignment.stratifyBy}` : ''})` : '') +
            '\n',
        )
      } finally {
        await store.close()
      }
    })
}

import { Command, CommanderError } from 'commander'
import { ZodError } from 'zod'
import { registerExport } from './commands/export'
import { registerImport } from './commands/importFiles'
import { registerInfo } from './commands/info'
import { registerNew } from './commands/newProject'
import { registerServe } from './commands/serve'
import { registerPack } from './commands/pack'
import { registerUnpack } from './commands/unpack'
import { registerAnnotations } from './commands/annotations'
import { registerMerge } from './commands/merge'
import { registerAgreement } from './commands/agreement'
import { registerAdjudicate } from './commands/adjudicate'

// Output piped into a reader that stops early (`margin info | head`) is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const program = new Command()
program
  .name('margin')
  .description('Margin: code news articles for frames, actors and stances; merge coders; measure agreement.\nCommands that take an optional [project] use the bundled demo project when none is given.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride()

registerNew(program)
registerImport(program)
registerInfo(program)
registerExport(program)
registerServe(program)
registerPack(program)
registerUnpack(program)
registerAnnotations(program)
registerMerge(program)
registerAgreement(program)
registerAdjudicate(program)

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; usage errors were already printed by commander.
    process.exit(error.exitCode)
  }
  process.stderr.write(`margin: ${reasonOf(error)}\n`)
  process.exit(1)
}

/** One line: a schema failure that reaches here names its first problem, not a JSON dump of all. */
function reasonOf(error: unknown): string {
  if (error instanceof ZodError) {
    const issue = error.issues[0]
    return `invalid data${issue.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue.message}`
  }
  return error instanceof Error ? error.message : String(error)
}

import type { Command } from 'commander'
import { startBrowserHost } from '../../host/browserHost'
import { ensureRendererBuilt } from '../../host/rendererBuild'
import { MarginService } from '../../service/marginService'
import { CliError } from '../cliError'
import { resolveProjectDir } from '../projectArgument'

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('work in a web browser: serve Margin on 127.0.0.1 with a private token URL')
    .argument('[project]', 'project folder (default: the demo project)')
    .option('--port <n>', 'port to listen on (default: any free port)', (v) => parsePort(v))
    .action(async (project: string | undefined, options: { port?: number }) => {
      const rendererDir = await ensureRendererBuilt((line) => process.stderr.write(line + '\n'))
      const service = new MarginService()
      const store = await service.openProject(await resolveProjectDir(project))
      if (store.readOnlyReason) process.stderr.write(`Note: read-only, ${store.readOnlyReason}\n`)
      const host = await startBrowserHost({ service, rendererDir, port: options.port })
      process.stdout.write(`Margin is serving "${store.info.name}" at\n  ${host.url}\nOpen that URL in your browser. Press Ctrl+C to stop.\n`)
      const stop = async () => {
        await host.close()
        await service.shutdown()
        process.exit(0)
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new CliError(`--port must be a number from 1 to 65535, not "${value}"`)
  return port
}

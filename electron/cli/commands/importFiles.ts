import type { Command } from 'commander'
import { collectSourceFiles } from '../../service/documentSources'
import { importDocuments } from '../../service/importDocuments'
import { ProjectStore } from '../../store/projectStore'
import { CliError } from '../cliError'
import { progressPrinter } from '../progress'

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import articles (.txt .md .html .docx .pdf .csv .tsv, or folders of them) into a project')
    .argument('<project>', 'project folder')
    .argument('<paths...>', 'files or folders to import')
    .option('--text-column <name>', 'CSV/TSV: the column holding the article text')
    .option('--title-column <name>', 'CSV/TSV: the column holding the title')
    .option('--variables <names>', 'CSV/TSV: comma-separated columns to keep as document variables (default: all others)')
    .option('--json', 'print the import report as JSON')
    .option('-q, --quiet', 'no progress output')
    .action(async (project: string, paths: string[], options: ImportOptions) => {
      const store = await ProjectStore.open(project)
      if (store.readOnlyReason) throw new CliError(`cannot import: ${store.readOnlyReason}`)
      const controller = new AbortController()
      const onInterrupt = () => {
        process.stderr.write('\nCancelling import; nothing will be saved…\n')
        controller.abort()
      }
      process.once('SIGINT', onInterrupt)
      const progress = progressPrinter(options.quiet)
      try {
        const { files, failed } = await collectSourceFiles(paths)
        const report = await importDocuments(store, files, {
          csv: {
            textColumn: options.textColumn,
            titleColumn: options.titleColumn,
            variableColumns: options.variables?.split(',').map((c) => c.trim()),
          },
          signal: controller.signal,
          onProgress: progress.update,
        })
        progress.end()
        report.failed.unshift(...failed)
        if (options.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
        else printReport(report)
        if (report.cancelled) throw new CliError('import cancelled; nothing was imported')
        if (!report.imported.length && report.failed.length) throw new CliError('nothing was imported; see the reasons above')
      } finally {
        process.off('SIGINT', onInterrupt)
        await store.close()
      }
    })
}

interface ImportOptions {
  textColumn?: string
  titleColumn?: string
  variables?: string
  json?: boolean
  quiet?: boolean
}

function printReport(report: Awaited<ReturnType<typeof importDocuments>>): void {
  const out = process.stdout
  out.write(`Imported ${report.imported.length} document${report.imported.length === 1 ? '' : 's'}.\n`)
  for (const d of report.imported) out.write(`  + ${d.title}  (${d.sourceName})\n`)
  if (report.duplicates.length) {
    out.write(`Skipped ${report.duplicates.length} duplicate${report.duplicates.length === 1 ? '' : 's'} (same text already in the project):\n`)
    for (const d of report.duplicates) out.write(`  = ${d.sourceName} is "${d.existingTitle}"\n`)
  }
  if (report.failed.length) {
    out.write(`Could not import ${report.failed.length} file${report.failed.length === 1 ? '' : 's'}:\n`)
    for (const f of report.failed) out.write(`  ! ${f.sourceName}: ${f.reason}\n`)
  }
}

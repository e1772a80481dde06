import type { Command } from 'commander'
import { exportOptionsSchema, exportTableKinds, type ExportOptionsInput } from '../../../shared/export'
import { exportTable } from '../../service/export'
import { CliError } from '../cliError'
import { progressPrinter } from '../progress'
import { openProjectArgument } from '../projectArgument'

interface ExportCliOptions {
  table?: string
  coder: string[]
  consensus?: boolean
  group: string[]
  code: string[]
  document: string[]
  where: string[]
  value?: string
  delimiter?: string
  bom?: boolean
  excel?: boolean
  withText?: boolean
  missing?: string
  spss?: boolean
  dictionary?: string
  out?: string
  quiet?: boolean
}

const collect = (value: string, previous: string[]) => [...previous, value]

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export coded data as CSV for R, Stata, SPSS and pandas, with a data dictionary (see docs/export.md)')
    .argument('[project]', 'project folder (default: the demo project)')
    .option('--table <name>', `table to export: ${exportTableKinds.join(', ')}`)
    .option('--coder <id>', 'only this coder (repeatable; default: every coder but "consensus")', collect, [])
    .option('--consensus', 'only the consensus coding (coder "consensus")')
    .option('--group <name>', 'only codes of this code group, by name or id (repeatable)', collect, [])
    .option('--code <code>', 'only this code, by id, name or path (repeatable)', collect, [])
    .option('--document <id>', 'only this document (repeatable)', collect, [])
    .option('--where <variable=value>', 'only documents whose variable has this value (repeatable)', collect, [])
    .option('--value <kind>', 'matrix cells: presence (0/1), count, or share of characters coded', 'presence')
    .option('--delimiter <d>', 'cell delimiter: "," ";" (European Excel) or "tab"', ',')
    .option('--bom', 'start the file with a UTF-8 byte order mark')
    .option('--excel', 'preset for Excel: same as --bom')
    .option('--with-text', 'documents table: include the full text')
    .option('--missing <text>', 'write missing values as this text (default: empty cell)')
    .option('--spss', 'also write <out>.sps, SPSS syntax that reads the CSV with labels')
    .option('--dictionary <file>', 'where to write the data dictionary (default: <out>.dictionary.csv beside the table)')
    .option('--out <file>', 'file to write, or "-" for stdout')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .action(async (project: string | undefined, cli: ExportCliOptions) => {
      const options = toExportOptions(cli)
      if (!cli.out) throw new CliError('--out is required: a file to write, or "-" for stdout')
      if (cli.out === '-' && cli.spss) throw new CliError('--spss needs a file: the syntax names the CSV it reads; use --out FILE')
      const store = await openProjectArgument(project, { readOnly: true })
      const progress = progressPrinter(cli.quiet || cli.out === '-')
      try {
        const sink = cli.out === '-' ? { stream: process.stdout, dictionaryPath: cli.dictionary ?? null } : { path: cli.out, dictionaryPath: cli.dictionary }
        const summary = await exportTable(store, options, sink, { onProgress: progress.update })
        progress.end()
        if (!cli.quiet) {
          const written = [summary.path, summary.dictionaryPath, summary.spssPath].filter(Boolean).join(', ')
          process.stderr.write(`Exported ${summary.rows} ${summary.table} row${summary.rows === 1 ? '' : 's'} × ${summary.columns} columns${written ? ` to ${written}` : ''}\n`)
        }
      } finally {
        await store.close()
      }
    })
}

/** Checks the command-line options and turns them into export options; one-line errors. */
function toExportOptions(cli: ExportCliOptions): ExportOptionsInput {
  if (!cli.table) throw new CliError(`--table is required: one of ${exportTableKinds.join(', ')}`)
  if (!(exportTableKinds as readonly string[]).includes(cli.table)) {
    throw new CliError(`unknown table "${cli.table}": use one of ${exportTableKinds.join(', ')}`)
  }
  const delimiter = cli.delimiter === 'tab' || cli.delimiter === '\\t' ? '\t' : cli.delimiter
  if (delimiter !== ',' && delimiter !== ';' && delimiter !== '\t') throw new CliError(`--delimiter must be ",", ";" or "tab", not "${cli.delimiter}"`)
  if (cli.value !== 'presence' && cli.value !== 'count' && cli.value !== 'share') {
    throw new CliError(`--value must be presence, count or share, not "${cli.value}"`)
  }
  const where = cli.where.map((pair) => {
    const at = pair.indexOf('=')
    if (at < 1) throw new CliError(`--where needs variable=value, not "${pair}"`)
    return { variable: pair.slice(0, at), value: pair.slice(at + 1) }
  })
  const input: ExportOptionsInput = {
    table: cli.table as ExportOptionsInput['table'],
    coders: cli.coder,
    consensus: Boolean(cli.consensus),
    groups: cli.group,
    codes: cli.code,
    documents: cli.document,
    where,
    value: cli.value,
    delimiter,
    bom: Boolean(cli.bom || cli.excel),
    withText: Boolean(cli.withText),
    missing: cli.missing ?? '',
    spss: Boolean(cli.spss),
  }
  const parsed = exportOptionsSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new CliError(`bad option ${issue.path.join('.') || ''}: ${issue.message}`.replace(/\s+/g, ' '))
  }
  return input
}

import type { Command } from 'commander'
import { stat } from 'node:fs/promises'
import type { MergeReport } from '../../../shared/contract'
import { mergeAnnotationFiles } from '../../service/merge/applyMerge'
import { listMerges } from '../../service/merge/mergeRecord'
import { undoMerge } from '../../service/merge/undoMerge'
import { ProjectStore } from '../../store/projectStore'
import { CliError } from '../cliError'
import { resolveProjectDir } from '../projectArgument'

interface MergeOptions {
  dryRun?: boolean
  json?: boolean
  matchCodeNames?: boolean
  retryQuarantine?: boolean
  undo?: string | boolean
  force?: boolean
  history?: boolean
}

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('merge coders\' annotation files into a project (later edits win; unplaceable annotations wait in quarantine.json)')
    .argument('[project]', 'project folder (default: the demo project)')
    .argument('[files...]', 'annotation files written by `margin annotations` (or coders\' annotations/<coder>.json)')
    .option('--dry-run', 'show what the merge would do; change nothing')
    .option('--json', 'print the merge report as JSON')
    .option('--match-code-names', 'place annotations of an unknown code id on the one code with the same name')
    .option('--retry-quarantine', 'merge no files, only try to place the quarantined annotations again')
    .option('--undo [mergeId]', 'undo a merge (default: the latest not undone): restore every file it touched')
    .option('--force', 'with --undo: undo even if the files changed since the merge (those changes are lost)')
    .option('--history', 'list the project\'s merges')
    .action(async (project: string | undefined, files: string[], options: MergeOptions) => {
      const args = [project, ...files].filter((a): a is string => a !== undefined)
      const isProject = args.length > 0 && (await stat(args[0]).then((s) => s.isDirectory(), () => false))
      const dir = await resolveProjectDir(isProject ? args[0] : undefined)
      const paths = isProject ? args.slice(1) : args
      const modes = [options.undo !== undefined && '--undo', options.history && '--history', options.retryQuarantine && '--retry-quarantine'].filter(Boolean)
      if (modes.length > 1) throw new CliError(`${modes.join(' and ')} cannot be combined: choose one`)
      if (options.undo === '') throw new CliError('--undo needs a merge id (see --history), or nothing for the latest merge')
      if (options.undo !== undefined || options.history) {
        if (paths.length) throw new CliError(`--undo and --history take no files (got ${paths[0]})`)
      } else if (paths.length === 0 && !options.retryQuarantine) {
        throw new CliError('name the annotation files to merge, or use --retry-quarantine')
      }
      if (options.history) return printHistory(dir, options.json)
      const store = await ProjectStore.open(dir, { readOnly: options.dryRun })
      try {
        if (!options.dryRun && store.readOnlyReason) throw new CliError(`cannot merge: ${store.readOnlyReason}`)
        if (options.undo !== undefined) {
          const result = await undoMerge(store, { mergeId: typeof options.undo === 'string' ? options.undo : undefined, force: options.force })
          if (options.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n')
          else process.stdout.write(`Undid merge ${result.mergeId}: restored ${result.restored.length} files, removed ${result.removed.length}\n`)
          return
        }
        const report = await mergeAnnotationFiles(store, { paths, dryRun: options.dryRun, matchCodeNames: options.matchCodeNames })
        if (options.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
        else printReport(report, dir)
      } finally {
        await store.close()
      }
    })
}

async function printHistory(dir: string, json?: boolean): Promise<void> {
  const merges = await listMerges(dir)
  if (json) {
    process.stdout.write(JSON.stringify(merges, null, 2) + '\n')
    return
  }
  if (merges.length === 0) process.stdout.write('No merges yet.\n')
  for (const m of merges) {
    const state = m.undoneAt ? `  (undone ${m.undoneAt})` : m.copiesRemovedAt ? '  (pre-merge copies removed: cannot be undone)' : ''
    process.stdout.write(`${m.id}  ${m.files.join(', ') || '(quarantine retry)'}  ${m.touched.length} files changed${state}\n`)
  }
}

function printReport(report: MergeReport, dir: string): void {
  const out = process.stdout
  const files = report.files.length === 1 ? '1 file' : `${report.files.length} files`
  if (report.dryRun) out.write(`Preview of merging ${files} (nothing changed):\n`)
  else if (!report.changed) out.write(`Merged ${files}: nothing new, the project is unchanged.\n`)
  else out.write(`Merged ${files} (merge ${report.id}; undo with: margin merge ${JSON.stringify(dir)} --undo ${report.id})\n`)
  for (const c of report.coders) {
    out.write(
      `  ${c.coderId.padEnd(16)} ${c.created ? '(new coder) ' : ''}new ${c.new}  updated ${c.updated}  deleted ${c.deleted}  unchanged ${c.unchanged}` +
        `  conflicting ${c.conflicting}  quarantined ${c.quarantined}${c.placedFromQuarantine ? `  placed from quarantine ${c.placedFromQuarantine}` : ''}\n`,
    )
  }
  if (report.conflicts.length) {
    out.write(`\n${report.conflicts.length} annotations edited in more than one place; the later edit wins, the other is kept in the merge report:\n`)
    for (const c of report.conflicts.slice(0, 20)) {
      out.write(`  ${c.coderId} ${c.annotationId}: kept ${c.winner.updatedAt}; lost ${c.losers.map((l) => `${l.annotation.updatedAt} (${l.source})`).join(', ')}\n`)
    }
    if (report.conflicts.length > 20) out.write(`  … and ${report.conflicts.length - 20} more\n`)
  }
  if (report.quarantined.length) {
    out.write(`\n${report.quarantined.length} annotations could not be placed and wait in quarantine.json:\n`)
    for (const q of report.quarantined.slice(0, 20)) out.write(`  ${q.coderId} ${q.annotationId}: ${q.message}\n`)
    if (report.quarantined.length > 20) out.write(`  … and ${report.quarantined.length - 20} more\n`)
  }
  if (report.memoConflicts.length) {
    const where = report.id ? ` (both are in .margin/merges/${report.id}.json)` : ''
    out.write(`\n${report.memoConflicts.length} document memos differ between versions; one is kept, the other is not${where}:\n`)
    for (const m of report.memoConflicts.slice(0, 20)) out.write(`  ${m.coderId} ${m.documentId}: kept "${excerpt(m.kept.text)}"; not kept "${excerpt(m.other.text)}"\n`)
    if (report.memoConflicts.length > 20) out.write(`  … and ${report.memoConflicts.length - 20} more\n`)
  }
  const { renamed, aliased, nameOnly, missing } = report.codes
  for (const r of renamed) out.write(`Codebook: code ${r.codeId} is "${r.theirName}" in the coder's file and "${r.ourName}" here (matched by id)\n`)
  for (const a of aliased) out.write(`Codebook: code ${a.from} was merged into or renamed to ${a.to} "${a.name}"; placed there\n`)
  for (const n of nameOnly) {
    out.write(`Codebook: code ${n.codeId} "${n.name}" is not here; ${n.matches} has the same name${n.applied ? ' (placed there)' : ' (not placed: add an alias or use --match-code-names)'}\n`)
  }
  for (const m of missing) out.write(`Codebook: code ${m.codeId}${m.name ? ` "${m.name}"` : ''} is not in the codebook\n`)
  for (const m of report.documents.missing) out.write(`Documents: ${m.documentId} of ${m.coderId} (${m.annotations} annotations) is not in this project\n`)
}

/** A memo's text on one line, cut at 60 characters. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}

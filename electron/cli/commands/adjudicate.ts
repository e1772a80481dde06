import type { Command } from 'commander'
import { documentAttributeValue } from '../../../shared/agreement'
import type { AgreementUnit, Disagreement } from '../../../shared/contract'
import { acceptAgreedCodings } from '../../service/adjudication/acceptAgreed'
import { listDisagreements, resolveDisagreement, undoResolution } from '../../service/adjudication/adjudicate'
import type { ProjectStore } from '../../store/projectStore'
import { CliError } from '../cliError'
import { openProjectArgument } from '../projectArgument'
import { idList, oneOf, wholeNumber } from './optionParsers'

interface AdjudicateOptions {
  unit: AgreementUnit
  coder?: string[]
  code?: string
  open?: boolean
  limit: number
  resolve?: string
  accept?: string
  both?: string[] | true
  neither?: boolean
  undo?: string
  acceptAgreed?: boolean
  json?: boolean
}

const UNITS = ['document', 'paragraph', 'sentence', 'span']

export function registerAdjudicate(program: Command): void {
  program
    .command('adjudicate')
    .description('list the disagreements between coders, or settle one into the "consensus" coder (accept a coder, both, neither), or undo that')
    .argument('[project]', 'project folder (default: the demo project)')
    .option('--unit <unit>', `unit of analysis when listing: ${UNITS.join(', ')}`, oneOf(UNITS), 'sentence')
    .option('--coder <ids...>', 'coders compared (default: all but the consensus coder)', idList)
    .option('--code <id>', 'only disagreements on this code')
    .option('--open', 'only disagreements not yet settled')
    .option('--limit <n>', 'list at most this many', wholeNumber, 50)
    .option('--resolve <disagreement>', 'settle this disagreement (its id, as listed)')
    .option('--accept <coder>', 'with --resolve: take this coder’s annotations')
    .option('--both [coders...]', 'with --resolve: take the annotations of these coders (default: every coder who applied the code)', idList)
    .option('--neither', 'with --resolve: the code does not apply here')
    .option('--undo <disagreement>', 'undo how this disagreement was settled (or agreed:<unit>, the copy --accept-agreed made)')
    .option('--accept-agreed', 'copy what the coders agree on at --unit into the consensus coder (the first coder\'s annotations), so the consensus holds the whole adjudicated coding')
    .option('--json', 'print the result as JSON')
    .action(async (project: string | undefined, options: AdjudicateOptions) => {
      if ([options.resolve, options.undo, options.acceptAgreed].filter(Boolean).length > 1) throw new CliError('give one of --resolve, --undo and --accept-agreed')
      const actions = [options.accept !== undefined, options.both !== undefined, options.neither === true].filter(Boolean).length
      if (options.resolve && actions !== 1) throw new CliError('with --resolve, give exactly one of --accept CODER, --both, --neither')
      if (!options.resolve && actions) throw new CliError('--accept, --both and --neither go with --resolve <disagreement>')
      const writes = Boolean(options.resolve || options.undo || options.acceptAgreed)
      const store = await openProjectArgument(project, { readOnly: !writes })
      try {
        if (writes && store.readOnlyReason) throw new CliError(`cannot adjudicate: ${store.readOnlyReason}`)
        if (options.acceptAgreed) await acceptAgreed(store, options)
        else if (options.resolve || options.undo) await settle(store, options)
        else await list(store, options)
      } finally {
        await store.close()
      }
    })
}

async function settle(store: ProjectStore, options: AdjudicateOptions): Promise<void> {
  const scope = { coderIds: options.coder }
  const result = options.undo
    ? await undoResolution(store, { disagreementId: options.undo, ...scope })
    : await resolveDisagreement(store, {
        disagreementId: options.resolve!,
        action: options.accept !== undefined ? 'accept' : options.neither ? 'neither' : 'both',
        coders: options.accept !== undefined ? [options.accept] : Array.isArray(options.both) ? options.both : undefined,
        ...scope,
      })
  if (options.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n')
    return
  }
  const what = options.undo ? `Undid how ${options.undo} was settled` : `Settled ${options.resolve}: ${result.record?.action}${result.record?.coders.length ? ` (${result.record.coders.join(', ')})` : ''}`
  process.stdout.write(`${what}. The consensus coder has ${result.consensus.length} annotation(s) there; ${result.progress.resolved} of ${result.progress.total} disagreements settled.\n`)
}

async function acceptAgreed(store: ProjectStore, options: AdjudicateOptions): Promise<void> {
  const result = await acceptAgreedCodings(store, { unit: options.unit, coderIds: options.coder })
  if (options.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n')
    return
  }
  process.stdout.write(
    `The coders agree on ${result.units} ${options.unit}-and-code pairs: copied ${result.copied} of ${result.coder}'s annotations into the consensus coder` +
      `${result.alreadyThere ? ` (${result.alreadyThere} were there already)` : ''}; ${result.progress.resolved} of ${result.progress.total} disagreements settled. ` +
      `Undo with: margin adjudicate ${JSON.stringify(store.dir)} --undo ${result.id}\n`,
  )
}

async function list(store: ProjectStore, options: AdjudicateOptions): Promise<void> {
  const page = await listDisagreements(store, { unit: options.unit, coderIds: options.coder, codeId: options.code, open: options.open, limit: options.limit })
  if (options.json) {
    process.stdout.write(JSON.stringify(page, null, 2) + '\n')
    return
  }
  const out = process.stdout
  out.write(`${page.total} disagreements per ${options.unit}, ${page.resolved} settled${page.items.length < page.total ? `; showing ${page.items.length}` : ''}\n`)
  const names = new Map(store.codebook.codes.map((c) => [c.id, c.name]))
  for (const d of page.items) {
    const applied = Object.entries(d.values).map(([coder, v]) => `${coder} ${v ? 'yes' : 'no'}`).join(', ')
    out.write(`\n${d.id}\n  ${names.get(d.codeId) ?? d.codeId} in ${store.document(d.documentId)?.title ?? d.documentId}: ${applied}${settledAs(d)}\n`)
    const quote = Object.values(d.annotations).flat().find((a) => a.quote)?.quote
    if (quote) out.write(`  “${quote.length > 100 ? `${quote.slice(0, 100)}…` : quote}”\n`)
    // A document-level code all coders applied: they differ in an attribute (a tone, say).
    const code = store.codebook.codes.find((c) => c.id === d.codeId)
    if (d.start === null && code && Object.values(d.values).every((v) => v === 1)) {
      for (const def of code.attributes.filter((a) => a.type !== 'text')) {
        const values = Object.entries(d.annotations).map(([coder, list]) => `${coder} ${documentAttributeValue(list, def.id) ?? '(none)'}`)
        out.write(`  ${def.name}: ${values.join(', ')}\n`)
      }
    }
  }
  if (page.items.length) out.write(`\nSettle one with: margin adjudicate ${JSON.stringify(store.dir)} --resolve <id> --accept <coder> | --both | --neither\n`)
}

function settledAs(d: Disagreement): string {
  if (!d.resolution) return ''
  return `  [settled: ${d.resolution.action}${d.resolution.coders.length ? ` ${d.resolution.coders.join(', ')}` : ''}]`
}

import type { Command } from 'commander'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { agreementReport, assertNumbersFor, parseReliabilityCsv, ReliabilityCsvError, type AgreementReport, type Level } from '../../../shared/agreement'
import type { AgreementUnit, ProjectAgreement } from '../../../shared/contract'
import { projectAgreement } from '../../service/agreement/projectAgreement'
import { decodeText } from '../../service/import/decodeText'
import { ImportFileError } from '../../service/import/ImportFileError'
import { CliError } from '../cliError'
import { openProjectArgument } from '../projectArgument'
import { idList, oneOf } from './optionParsers'

interface AgreementOptions {
  unit: AgreementUnit
  coder?: string[]
  group?: string
  coded?: 'annotations' | 'status'
  data?: string
  level: Level
  json?: boolean
  bootstrap?: boolean
}

const UNITS = ['document', 'paragraph', 'sentence', 'span']
const LEVELS = ['nominal', 'ordinal', 'interval', 'ratio']

export function registerAgreement(program: Command): void {
  program
    .command('agreement')
    .description('intercoder agreement on a project (per code, group and overall) or on plain reliability data (--data)')
    .argument('[project]', 'project folder (default: the demo project)')
    .option('--unit <unit>', `unit of analysis: ${UNITS.join(', ')}`, oneOf(UNITS), 'document')
    .option('--coder <ids...>', 'coders to compare (default: all but the consensus coder)', idList)
    .option('--group <name>', 'only the codes of this code group (name or id)')
    .option('--coded <rule>', 'a document counts as coded by a coder when they left any annotation ("annotations") or marked it done ("status")', oneOf(['annotations', 'status']))
    .option('--data <file.csv>', 'reliability data instead of a project: first row names the coders, every later row is one unit, empty = missing')
    .option('--level <level>', `with --data: level of measurement, ${LEVELS.join(', ')}`, oneOf(LEVELS), 'nominal')
    .option('--no-bootstrap', 'skip the bootstrapped confidence intervals')
    .option('--json', 'print the results as JSON')
    .action(async (project: string | undefined, options: AgreementOptions) => {
      const bootstrap = options.bootstrap !== false
      if (options.data) {
        if (project) throw new CliError('give either a project or --data, not both')
        const report = await csvAgreement(options.data, options.level, bootstrap)
        if (options.json) process.stdout.write(JSON.stringify(dataJson(report), null, 2) + '\n')
        else printDataReport(report)
        return
      }
      const store = await openProjectArgument(project, { readOnly: true })
      try {
        const result = await projectAgreement(store, { unit: options.unit, coderIds: options.coder, group: options.group, coded: options.coded, bootstrap })
        if (options.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n')
        else printProjectAgreement(result)
      } finally {
        await store.close()
      }
    })
}

async function csvAgreement(path: string, level: Level, bootstrap: boolean): Promise<AgreementReport> {
  const isFile = await stat(path).then((s) => s.isFile(), () => false)
  if (!isFile) throw new CliError(`${path}: no such file`)
  try {
    // Spreadsheets save CSV in the machine's encoding (windows-1252, UTF-16): read as UTF-8,
    // "négatif" and "nègatif" would both become "n�gatif", one category.
    const { text, encoding } = decodeText(basename(path), await readFile(path))
    // A guessed legacy encoding can be a near miss on a short file (windows-1250 for 1252):
    // the statistics hold (the same bytes give the same labels), the labels may not read right.
    if (!encoding.startsWith('utf-')) {
      process.stderr.write(`margin: ${basename(path)} is not UTF-8; read as ${encoding}. If coder names or labels look wrong, save it as UTF-8.\n`)
    }
    const data = parseReliabilityCsv(text)
    assertNumbersFor(data, level)
    return agreementReport(data, level, { bootstrap: bootstrap ? {} : false })
  } catch (error) {
    if (error instanceof ImportFileError) throw new CliError(error.message)
    if (error instanceof ReliabilityCsvError || error instanceof RangeError) throw new CliError(`${basename(path)}: ${error.message}`)
    throw error
  }
}

/** The issue's JSON shape first, then what explains it. */
function dataJson(r: AgreementReport) {
  return {
    units: r.units,
    coders: r.coders,
    percent_agreement: r.percent_agreement,
    cohen_kappa: r.cohen_kappa,
    scott_pi: r.scott_pi,
    fleiss_kappa: r.fleiss_kappa,
    krippendorff_alpha: r.krippendorff_alpha,
    alpha_ci95: r.alpha_ci95,
    level: r.level,
    flag: r.flag,
    pairable_units: r.pairable_units,
    fleiss_units: r.fleiss_units,
    alpha_q: r.alpha_q,
    reasons: r.reasons,
    coincidence: r.coincidence,
    confusion: r.confusion,
  }
}

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(3))
const mark = (flag: string) => (flag === 'unacceptable' ? '  < .667' : flag === 'tentative' ? '  < .800' : '')

function printDataReport(r: AgreementReport): void {
  const out = process.stdout
  out.write(`${r.units} units, ${r.coders} coders, ${r.level}\n`)
  out.write(`percent agreement    ${fmt(r.percent_agreement)}\n`)
  out.write(`Cohen's kappa        ${fmt(r.cohen_kappa)}\n`)
  out.write(`Scott's pi           ${fmt(r.scott_pi)}\n`)
  out.write(`Fleiss' kappa        ${fmt(r.fleiss_kappa)}\n`)
  out.write(`Krippendorff's alpha ${fmt(r.krippendorff_alpha)}${r.alpha_ci95 ? `  95% CI [${fmt(r.alpha_ci95[0])}, ${fmt(r.alpha_ci95[1])}]` : ''}${mark(r.flag)}\n`)
  for (const [name, reason] of Object.entries(r.reasons)) out.write(`  ${name}: ${reason}\n`)
}

function printProjectAgreement(a: ProjectAgreement): void {
  const out = process.stdout
  out.write(`Agreement of ${a.coders.join(', ')} per ${a.unit}, over ${a.documents} documents all of them coded\n`)
  const span = a.unit === 'span'
  out.write(span ? `${'code'.padEnd(32)} ${'units'.padStart(7)} ${'uα'.padStart(7)}\n` : `${'code'.padEnd(32)} ${'units'.padStart(7)} ${'agree'.padStart(7)} ${'kappa'.padStart(7)} ${'alpha'.padStart(7)}  95% CI\n`)
  const row = (label: string, report: ProjectAgreement['codes'][number]['report'], unitizing: ProjectAgreement['codes'][number]['unitizing'], flag: string) => {
    if (unitizing) return `${label.slice(0, 32).padEnd(32)} ${String(unitizing.units).padStart(7)} ${fmt(unitizing.unitizing_alpha).padStart(7)}${mark(flag)}\n`
    if (!report) return ''
    const ci = report.alpha_ci95 ? `[${fmt(report.alpha_ci95[0])}, ${fmt(report.alpha_ci95[1])}]` : ''
    const kappa = report.cohen_kappa ?? report.fleiss_kappa
    return `${label.slice(0, 32).padEnd(32)} ${String(report.units).padStart(7)} ${fmt(report.percent_agreement).padStart(7)} ${fmt(kappa).padStart(7)} ${fmt(report.krippendorff_alpha).padStart(7)}  ${ci}${mark(flag)}\n`
  }
  for (const g of a.groups) {
    out.write(`\n${g.name}\n`)
    for (const c of a.codes.filter((c) => c.groupId === g.groupId)) {
      out.write(row(`  ${c.name}`, c.report, c.unitizing, c.flag))
      for (const attr of c.attributes) out.write(row(`    ${attr.name}`, attr.report, null, attr.report.flag))
    }
    out.write(row(`  all ${g.name} (pooled)`, g.report, g.unitizing, g.flag))
  }
  out.write('\n' + row('Overall (pooled)', a.overall.report, a.overall.unitizing, a.overall.flag))
  out.write(`\n${a.disagreements.total} disagreements, ${a.disagreements.resolved} adjudicated. Kappa is Cohen's for two coders, Fleiss' for more.\n`)
}

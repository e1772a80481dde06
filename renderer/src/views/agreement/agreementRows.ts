import Papa from 'papaparse'
import type { AgreementReport, ReliabilityFlag } from '../../../../shared/agreement'
import type { ProjectAgreement, UnitizingSummary } from '../../../../shared/contract'
import type { Codebook } from '../../../../shared/model'

/** One line of the agreement table: a code, a group (all its codes together) or the overall figure. */
export interface AgreementRow {
  id: string
  kind: 'code' | 'group' | 'overall'
  name: string
  groupName: string
  codeId: string | null
  report: AgreementReport | null
  unitizing: UnitizingSummary | null
  flag: ReliabilityFlag
  /** Open and resolved disagreements of a code (null for groups and overall). */
  disagreements: { total: number; resolved: number } | null
}

/** Groups in codebook order, each followed by its codes, then the overall row. */
export function agreementRows(result: ProjectAgreement, codebook: Codebook, disagreements: Map<string, { total: number; resolved: number }>): AgreementRow[] {
  const rows: AgreementRow[] = []
  const groupOrder = [...codebook.groups].sort((a, b) => a.order - b.order)
  for (const group of groupOrder) {
    const g = result.groups.find((x) => x.groupId === group.id)
    const codes = result.codes.filter((c) => c.groupId === group.id)
    if (!g && codes.length === 0) continue
    if (g) {
      rows.push({ id: `group:${group.id}`, kind: 'group', name: `${g.name}: all codes`, groupName: g.name, codeId: null, report: g.report, unitizing: g.unitizing, flag: g.flag, disagreements: null })
    }
    for (const c of codes) {
      rows.push({
        id: `code:${c.codeId}`,
        kind: 'code',
        name: c.name,
        groupName: group.name,
        codeId: c.codeId,
        report: c.report,
        unitizing: c.unitizing,
        flag: c.flag,
        disagreements: disagreements.get(c.codeId) ?? { total: 0, resolved: 0 },
      })
    }
  }
  rows.push({ id: 'overall', kind: 'overall', name: 'Overall', groupName: '', codeId: null, report: result.overall.report, unitizing: result.overall.unitizing, flag: result.overall.flag, disagreements: null })
  return rows
}

/** Alpha as the row has it: Krippendorff's alpha for units, unitizing alpha for spans. */
export function alphaOf(row: AgreementRow): number | null {
  return row.report ? row.report.krippendorff_alpha : (row.unitizing?.unitizing_alpha ?? null)
}

export function unitsOf(row: AgreementRow): number | null {
  return row.report ? row.report.units : (row.unitizing?.units ?? null)
}

/** The agreement report as CSV (comma, UTF-8), one line per row, numbers unrounded. */
export function agreementCsv(rows: AgreementRow[], result: ProjectAgreement): string {
  return Papa.unparse(
    rows.map((r) => ({
      scope: r.kind,
      group: r.groupName,
      code_id: r.codeId ?? '',
      name: r.name,
      unit: result.unit,
      coders: result.coders.join(' '),
      percent_agreement: r.report?.percent_agreement ?? '',
      cohen_kappa: r.report?.cohen_kappa ?? '',
      scott_pi: r.report?.scott_pi ?? '',
      fleiss_kappa: r.report?.fleiss_kappa ?? '',
      krippendorff_alpha: r.report?.krippendorff_alpha ?? '',
      alpha_ci95_low: r.report?.alpha_ci95?.[0] ?? '',
      alpha_ci95_high: r.report?.alpha_ci95?.[1] ?? '',
      unitizing_alpha: r.unitizing?.unitizing_alpha ?? '',
      units: unitsOf(r) ?? '',
      pairable_units: r.report?.pairable_units ?? '',
      flag: r.flag,
      disagreements: r.disagreements?.total ?? '',
      resolved: r.disagreements?.resolved ?? '',
    })),
    { newline: '\r\n' },
  )
}

/** Hands `text` to the browser as a downloaded file (no native save dialog needed). */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

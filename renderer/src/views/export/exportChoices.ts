import type { ExportOptionsInput, ExportTableKind } from '../../../../shared/export'

/** What the Export dialog's form holds; `toExportOptions` turns it into the API's options. */
export interface ExportChoices {
  table: ExportTableKind
  /** Whose coding: the chosen coders (none = every coder but consensus) or only the consensus. */
  who: 'coders' | 'consensus'
  coders: string[]
  groups: string[]
  codes: string[]
  where: { variable: string; value: string }[]
  value: 'presence' | 'count' | 'share'
  delimiter: ',' | ';' | '\t'
  bom: boolean
  withText: boolean
  spss: boolean
}

export const DEFAULT_CHOICES: ExportChoices = {
  table: 'segments',
  who: 'coders',
  coders: [],
  groups: [],
  codes: [],
  where: [],
  value: 'presence',
  delimiter: ',',
  bom: false,
  withText: false,
  spss: false,
}

export function toExportOptions(c: ExportChoices): ExportOptionsInput {
  return {
    table: c.table,
    consensus: c.who === 'consensus',
    coders: c.who === 'consensus' ? [] : c.coders,
    groups: c.groups,
    codes: c.codes,
    where: c.where.filter((w) => w.variable && w.value !== ''),
    value: c.value,
    delimiter: c.delimiter,
    bom: c.bom,
    withText: c.table === 'documents' && c.withText,
    spss: c.spss,
  }
}

/** The file name an export gets by default: the table's name, `.tsv` for tabs. */
export function defaultFileName(c: Pick<ExportChoices, 'table' | 'delimiter' | 'who'>): string {
  return `${c.table}${c.who === 'consensus' ? '-consensus' : ''}.${c.delimiter === '\t' ? 'tsv' : 'csv'}`
}

import { column, type Cell, type ExportColumn } from './exportTable'

/**
 * The data dictionary's own columns: it is a CSV table too (same delimiter and encoding
 * as the data), one row per column of the exported table, in the table's column order,
 * so it can be read with the same code and joined on `column`.
 */
export const dictionaryColumns: ExportColumn[] = [
  column('column', 'Column', 'string', 'Name of the column in the exported table (valid in R, Stata and SPSS).'),
  column('label', 'Label', 'string', 'Full, human name of the column; for code columns the code path.'),
  column('type', 'Type', 'string', 'string, integer, number, date (YYYY-MM-DD) or datetime (ISO 8601).'),
  column('unit', 'Unit', 'string', 'Unit of a number, e.g. Unicode code points; empty when none.'),
  column('description', 'Description', 'string', 'What the column holds.'),
  // "[value] label" rather than "value=label": a cell starting "-1=" would be neutralised as a formula.
  column('value_labels', 'Value labels', 'string', 'Allowed values and their meaning, "[value] label" separated by "; ".'),
  column('code_id', 'Code id', 'string', 'For columns about one code: the code’s id.'),
  column('code_path', 'Code path', 'string', 'For columns about one code: its full path (group/parent/code).'),
]

/** One dictionary row per exported column. */
export function dictionaryRows(columns: readonly ExportColumn[]): Cell[][] {
  return columns.map((c) => [
    c.name,
    c.label,
    c.type,
    c.unit || null,
    c.description,
    c.valueLabels.map((v) => `[${v.value}] ${v.label}`).join('; ') || null,
    c.codeId,
    c.codePath,
  ])
}

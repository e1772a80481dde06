import Papa from 'papaparse'
import type { AttributeDef, Code, Codebook, CodeGroup } from '../model'
import { attributeDefSchema, codeLevelSchema, groupKindSchema } from '../model'
import { CodebookOrder } from '../export/codebookOrder'
import { z } from 'zod'
import { codebookProblems } from './codebookProblems'

/**
 * Examples share one CSV cell, separated by a line holding only "---" (so an example may
 * itself span lines, but may not contain such a line).
 */
export const EXAMPLE_SEPARATOR = '\n---\n'

/** The columns of a codebook CSV, in order. `attributes` is JSON (the codebook format's). */
export const CODEBOOK_CSV_COLUMNS = [
  'id', 'name', 'path', 'group', 'parent', 'color', 'shortcut', 'level',
  'definition', 'inclusion', 'exclusion', 'examples', 'attributes',
] as const

/**
 * One row per code, in the codebook's reading order (groups by order, parents before
 * children). `path` is "Group/Parent/Code" by names, for people; import ignores it except
 * to name a group the importing codebook lacks. CRLF line ends, every cell quoted.
 */
export function codebookToCsv(codebook: Codebook): string {
  const order = new CodebookOrder(codebook)
  const rows = order.codes.map((code) => [
    code.id,
    code.name,
    order.path(code.id),
    code.groupId,
    code.parentId ?? '',
    code.color,
    code.shortcut ?? '',
    code.level,
    code.definition,
    code.inclusion,
    code.exclusion,
    code.examples.join(EXAMPLE_SEPARATOR),
    code.attributes.length ? JSON.stringify(code.attributes) : '',
  ])
  return Papa.unparse({ fields: [...CODEBOOK_CSV_COLUMNS], data: rows }, { quotes: true, newline: '\r\n' }) + '\r\n'
}

export type CsvImportResult = { codebook: Codebook; problems: [] } | { codebook: null; problems: string[] }

/**
 * Reads a codebook CSV (as written by codebookToCsv; `path` and `attributes` optional)
 * into a codebook based on `current`: its groups are kept, unknown group ids become new
 * groups (named after the path's first part), and a code keeps its memo and aliases from
 * `current` when its id is there. Sibling order follows the rows. Problems name the row
 * (the header is row 1) and the column.
 */
export function codebookFromCsv(csv: string, current: Codebook): CsvImportResult {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' })
  const problems: string[] = parsed.errors.map((e) => `row ${(e.row ?? 0) + 2}: ${e.message}`)
  const columns = parsed.meta.fields ?? []
  for (const required of ['id', 'name', 'group', 'color']) {
    if (!columns.includes(required)) problems.push(`the column "${required}" is missing (columns: ${CODEBOOK_CSV_COLUMNS.join(', ')})`)
  }
  if (problems.length) return { codebook: null, problems }

  const groups: CodeGroup[] = current.groups.map((g) => ({ ...g }))
  const previous = new Map(current.codes.map((c) => [c.id, c]))
  const siblings = new Map<string, number>()
  const codes: Code[] = []
  parsed.data.forEach((row, index) => {
    const at = `row ${index + 2}`
    const cell = (name: string) => (row[name] ?? '').trim()
    const id = cell('id')
    const groupId = cell('group')
    if (groupId && !groups.some((g) => g.id === groupId)) {
      const name = cell('path').split('/')[0] || groupId
      const kind = groupKindSchema.safeParse(groupId)
      groups.push({ id: groupId, name, kind: kind.success ? kind.data : 'custom', description: '', order: groups.length })
    }
    const level = codeLevelSchema.safeParse(cell('level') || 'span')
    if (!level.success) problems.push(`${at}: level "${cell('level')}" is not one of span, document, both`)
    let attributes: AttributeDef[] = []
    if (cell('attributes')) {
      try {
        attributes = z.array(attributeDefSchema).parse(JSON.parse(cell('attributes')))
      } catch (error) {
        problems.push(`${at}: attributes is not a valid list of attribute definitions (${firstLine(error)})`)
      }
    }
    if (!id) problems.push(`${at}: id is empty`)
    else if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(id)) problems.push(`${at}: id "${id}" may only hold letters, digits, ".", "_" and "-"`)
    if (!cell('name')) problems.push(`${at}: name is empty`)
    if (!groupId) problems.push(`${at}: group is empty`)
    const parentId = cell('parent') || null
    const key = `${groupId}\u0000${parentId ?? ''}`
    const order = siblings.get(key) ?? 0
    siblings.set(key, order + 1)
    const examples = (row.examples ?? '').replace(/\r\n/g, '\n')
    const old = previous.get(id)
    codes.push({
      id,
      name: cell('name'),
      groupId,
      parentId,
      color: cell('color'),
      definition: (row.definition ?? '').replace(/\r\n/g, '\n'),
      inclusion: (row.inclusion ?? '').replace(/\r\n/g, '\n'),
      exclusion: (row.exclusion ?? '').replace(/\r\n/g, '\n'),
      examples: examples ? examples.split(EXAMPLE_SEPARATOR) : [],
      shortcut: cell('shortcut') || null,
      level: level.success ? level.data : 'span',
      attributes,
      memo: old?.memo ?? null,
      order,
      ...(old?.aliases ? { aliases: old.aliases } : {}),
    })
  })
  if (problems.length) return { codebook: null, problems }
  const codebook: Codebook = { format: 'margin-codebook', schemaVersion: 1, groups, codes }
  const invalid = codebookProblems(codebook)
  return invalid.length ? { codebook: null, problems: invalid } : { codebook, problems: [] }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200)
}

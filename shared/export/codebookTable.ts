import type { AttributeDef, Code } from '../model'
import { ColumnNamer } from './columnNames'
import type { ExportSelection } from './exportSelection'
import { column, type TablePlan } from './exportTable'

/**
 * The codebook table: one row per selected code in codebook order (groups by order, each
 * code tree depth-first) with its path, group, level, definition and coding rules
 * (inclusion, exclusion, examples one per line) and its attributes described in one cell.
 */
export function codebookTable(selection: ExportSelection): TablePlan<Code> {
  const namer = new ColumnNamer()
  const columns = [
    column(namer.name('code_id'), 'Code id', 'string', 'Id of the code, as in the segments table.'),
    column(namer.name('code_name'), 'Code name', 'string', 'Name of the code.'),
    column(namer.name('code_path'), 'Code path', 'string', 'Full path: group, parent codes and code, separated by "/".'),
    column(namer.name('parent_id'), 'Parent code id', 'string', 'Id of the parent code; empty for a top-level code.'),
    column(namer.name('group_id'), 'Group id', 'string', 'Id of the code group.'),
    column(namer.name('group'), 'Group', 'string', 'Name of the code group.'),
    column(namer.name('group_kind'), 'Group kind', 'string', 'Kind of the code group (frames, actors, stances, custom).'),
    column(namer.name('level'), 'Level', 'string', 'Where the code applies: span (passages), document (whole document) or both.'),
    column(namer.name('definition'), 'Definition', 'string', 'What the code means.'),
    column(namer.name('inclusion'), 'Inclusion rule', 'string', 'When to apply the code.'),
    column(namer.name('exclusion'), 'Exclusion rule', 'string', 'When not to apply it (and what to use instead).'),
    column(namer.name('examples'), 'Examples', 'string', 'Example passages, one per line.'),
    column(namer.name('attributes'), 'Attributes', 'string', 'Attributes coders fill in with this code, one per line: id, name, type and allowed values.'),
    column(namer.name('memo'), 'Memo', 'string', 'The codebook memo on the code, as plain text.'),
  ]
  return {
    kind: 'codebook',
    columns,
    rowCount: selection.codes.length,
    units: selection.codes,
    textFor: () => null,
    rows(code) {
      const group = selection.order.group(code)
      return [[
        code.id,
        code.name,
        selection.order.path(code.id),
        code.parentId,
        code.groupId,
        group?.name ?? null,
        group?.kind ?? null,
        code.level,
        code.definition || null,
        code.inclusion || null,
        code.exclusion || null,
        code.examples.join('\n') || null,
        code.attributes.map(describeAttribute).join('\n') || null,
        code.memo?.text || null,
      ]]
    },
  }
}

function describeAttribute(def: AttributeDef): string {
  const values = def.options.map((o) => `${o.value}=${o.label}`).join('; ')
  const detail = def.type === 'code' ? `code from group ${def.fromGroup ?? 'any'}` : values ? `${def.type}: ${values}` : def.type
  return `${def.id} (${def.name}; ${detail}${def.required ? '; required' : ''})`
}

import type { Code, CodeGroup, Codebook } from '../model'

/** One code's changes, by the names a researcher knows them under. */
export interface ChangedCode {
  id: string
  name: string
  /** Set when the name changed: the name before. */
  renamedFrom: string | null
  /** The other fields that changed, in words ("definition", "moved to Actors", …). */
  changes: string[]
}

/** What replacing one codebook by another does, code by code (matched by id). */
export interface CodebookDiff {
  added: { id: string; name: string; group: string }[]
  removed: { id: string; name: string; group: string }[]
  changed: ChangedCode[]
  groupsAdded: string[]
  groupsRemoved: string[]
  /** True when nothing differs (order included). */
  same: boolean
}

const FIELDS: { key: keyof Code; label: string }[] = [
  { key: 'definition', label: 'definition' },
  { key: 'inclusion', label: 'inclusion rule' },
  { key: 'exclusion', label: 'exclusion rule' },
  { key: 'examples', label: 'examples' },
  { key: 'color', label: 'color' },
  { key: 'shortcut', label: 'shortcut' },
  { key: 'level', label: 'level' },
  { key: 'attributes', label: 'attributes' },
  { key: 'memo', label: 'memo' },
  { key: 'aliases', label: 'aliases' },
]

/**
 * Compares two codebooks code by code: added, removed and changed codes (renamed, moved to
 * another group or parent, rules, color, shortcut, attributes…) and added or removed
 * groups, each listed in the order of the codebook it is in. Order among siblings alone
 * counts as a change of "position".
 */
export function diffCodebooks(before: Codebook, after: Codebook): CodebookDiff {
  const groupName = (groups: readonly CodeGroup[]) => {
    const names = new Map(groups.map((g) => [g.id, g.name]))
    return (id: string) => names.get(id) ?? id
  }
  const beforeGroup = groupName(before.groups)
  const afterGroup = groupName(after.groups)
  const old = new Map(before.codes.map((c) => [c.id, c]))
  const next = new Map(after.codes.map((c) => [c.id, c]))
  const nameOf = (codes: Map<string, Code>, id: string | null) => (id === null ? 'the top level' : (codes.get(id)?.name ?? id))

  const added = after.codes.filter((c) => !old.has(c.id)).map((c) => ({ id: c.id, name: c.name, group: afterGroup(c.groupId) }))
  const removed = before.codes.filter((c) => !next.has(c.id)).map((c) => ({ id: c.id, name: c.name, group: beforeGroup(c.groupId) }))
  const changed: ChangedCode[] = []
  for (const code of after.codes) {
    const was = old.get(code.id)
    if (!was) continue
    const changes: string[] = []
    if (was.groupId !== code.groupId) changes.push(`moved to ${afterGroup(code.groupId)}`)
    else if (was.parentId !== code.parentId) changes.push(`moved under ${nameOf(next, code.parentId)}`)
    else if (was.order !== code.order) changes.push('position')
    for (const { key, label } of FIELDS) if (!sameValue(was[key], code[key])) changes.push(label)
    if (changes.length || was.name !== code.name) changed.push({ id: code.id, name: code.name, renamedFrom: was.name !== code.name ? was.name : null, changes })
  }
  const beforeGroups = new Set(before.groups.map((g) => g.id))
  const afterGroups = new Set(after.groups.map((g) => g.id))
  const groupsAdded = after.groups.filter((g) => !beforeGroups.has(g.id)).map((g) => g.name)
  const groupsRemoved = before.groups.filter((g) => !afterGroups.has(g.id)).map((g) => g.name)
  const groupsChanged = after.groups.some((g) => {
    const was = before.groups.find((b) => b.id === g.id)
    return was !== undefined && !sameValue(was, g)
  })
  const same = !added.length && !removed.length && !changed.length && !groupsAdded.length && !groupsRemoved.length && !groupsChanged
  return { added, removed, changed, groupsAdded, groupsRemoved, same }
}

/** Equality of JSON-like values; an absent value equals an empty list (aliases) or null. */
function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === undefined ? null : Array.isArray(v) && v.length === 0 ? null : v)
  return JSON.stringify(sortKeys(norm(a))) === JSON.stringify(sortKeys(norm(b)))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.keys(value as object).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]))
}

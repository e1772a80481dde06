import type { Code, Codebook, CodeGroup, GroupKind } from '../../../../shared/model'

/**
 * Pure edits of a codebook for the editor: each returns a new codebook (the service checks
 * and saves it). Sibling `order`s are renumbered 0…n after every move so they stay dense.
 */

/** A colour wheel of distinguishable, print-friendly defaults for new codes. */
export const CODE_COLORS = ['#3f7fbf', '#c0504d', '#4f9a6a', '#8064a2', '#d08a2c', '#2e8fa3', '#b8527a', '#7a8a2e', '#6b6bb0', '#9c6b30']

/** An id from a name ("Security & defence" → "security-defence"), made unique with -2, -3…. */
export function newId(name: string, taken: Iterable<string>, prefix = ''): string {
  const used = new Set(taken)
  const stem =
    prefix +
    (name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'code')
  let id = stem
  for (let n = 2; used.has(id); n++) id = `${stem}-${n}`
  return id
}

const allIds = (codebook: Codebook) => [...codebook.codes.map((c) => c.id), ...codebook.groups.map((g) => g.id)]

/** Adds a code at the end of its siblings (under `parentId`, or the group's top level). */
export function addCode(codebook: Codebook, groupId: string, parentId: string | null, name: string): { codebook: Codebook; id: string } {
  const group = codebook.groups.find((g) => g.id === groupId)
  const id = newId(name, allIds(codebook), group?.kind === 'actors' ? 'actor-' : group?.kind === 'frames' ? 'frame-' : '')
  const siblings = codebook.codes.filter((c) => c.groupId === groupId && c.parentId === parentId)
  const code: Code = {
    id,
    name: name.trim(),
    groupId,
    parentId,
    color: CODE_COLORS[codebook.codes.length % CODE_COLORS.length],
    definition: '',
    inclusion: '',
    exclusion: '',
    examples: [],
    shortcut: null,
    level: group?.kind === 'custom' ? 'both' : 'span',
    attributes: [],
    memo: null,
    order: siblings.length,
  }
  return { codebook: { ...codebook, codes: [...codebook.codes, code] }, id }
}

export function addGroup(codebook: Codebook, name: string, kind: GroupKind = 'custom'): { codebook: Codebook; id: string } {
  const id = newId(name, allIds(codebook))
  const group: CodeGroup = { id, name: name.trim(), kind, description: '', order: codebook.groups.length }
  return { codebook: { ...codebook, groups: [...codebook.groups, group] }, id }
}

/** Replaces one code's fields. */
export function updateCode(codebook: Codebook, id: string, change: Partial<Code>): Codebook {
  return { ...codebook, codes: codebook.codes.map((c) => (c.id === id ? { ...c, ...change } : c)) }
}

export function updateGroup(codebook: Codebook, id: string, change: Partial<CodeGroup>): Codebook {
  return { ...codebook, groups: codebook.groups.map((g) => (g.id === id ? { ...g, ...change } : g)) }
}

/** Removes an empty group; a group with codes must be emptied first (codes are deleted or merged with their annotations shown). */
export function removeGroup(codebook: Codebook, id: string): Codebook {
  if (codebook.codes.some((c) => c.groupId === id)) throw new Error('move or delete this group’s codes first')
  const groups = codebook.groups.filter((g) => g.id !== id).sort((a, b) => a.order - b.order).map((g, order) => ({ ...g, order }))
  return { ...codebook, groups }
}

/** Moves a group one place up (-1) or down (+1). */
export function shiftGroup(codebook: Codebook, id: string, by: -1 | 1): Codebook {
  const groups = [...codebook.groups].sort((a, b) => a.order - b.order)
  const from = groups.findIndex((g) => g.id === id)
  const to = from + by
  if (from < 0 || to < 0 || to >= groups.length) return codebook
  const [moved] = groups.splice(from, 1)
  groups.splice(to, 0, moved)
  return { ...codebook, groups: groups.map((g, order) => ({ ...g, order })) }
}

/** The code and every code below it. */
export function subtreeIds(codebook: Codebook, id: string): Set<string> {
  const out = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const c of codebook.codes) {
      if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id)
        grew = true
      }
    }
  }
  return out
}

export interface Destination {
  groupId: string
  parentId: string | null
  /** Position among the new siblings; omitted: at the end. */
  index?: number
}

/** True when `codeId` may go to `destination` (not into itself or below itself). */
export function canMove(codebook: Codebook, codeId: string, destination: Destination): boolean {
  if (destination.parentId === null) return true
  const parent = codebook.codes.find((c) => c.id === destination.parentId)
  return Boolean(parent) && parent!.groupId === destination.groupId && !subtreeIds(codebook, codeId).has(destination.parentId)
}

/**
 * Moves a code (with the codes below it) to a new parent or group, at `index` among its new
 * siblings; moving to another group takes the whole branch along.
 */
export function moveCode(codebook: Codebook, codeId: string, destination: Destination): Codebook {
  const code = codebook.codes.find((c) => c.id === codeId)
  if (!code || !canMove(codebook, codeId, destination)) return codebook
  const branch = subtreeIds(codebook, codeId)
  let codes = codebook.codes.map((c) => (branch.has(c.id) && c.id !== codeId ? { ...c, groupId: destination.groupId } : c))
  const siblingsOf = (groupId: string, parentId: string | null, without: string) =>
    codes.filter((c) => c.groupId === groupId && c.parentId === parentId && c.id !== without).sort((a, b) => a.order - b.order)
  const target = siblingsOf(destination.groupId, destination.parentId, codeId)
  const index = Math.max(0, Math.min(destination.index ?? target.length, target.length))
  const moved = { ...code, groupId: destination.groupId, parentId: destination.parentId }
  target.splice(index, 0, moved)
  const orders = new Map<string, number>()
  target.forEach((c, i) => orders.set(c.id, i))
  siblingsOf(code.groupId, code.parentId, codeId).forEach((c, i) => {
    if (!orders.has(c.id)) orders.set(c.id, i)
  })
  codes = codes.map((c) => (c.id === codeId ? { ...moved, order: orders.get(c.id)! } : orders.has(c.id) ? { ...c, order: orders.get(c.id)! } : c))
  return { ...codebook, codes }
}

/** Moves a code one place up (-1) or down (+1) among its siblings. */
export function shiftCode(codebook: Codebook, codeId: string, by: -1 | 1): Codebook {
  const code = codebook.codes.find((c) => c.id === codeId)
  if (!code) return codebook
  const siblings = codebook.codes.filter((c) => c.groupId === code.groupId && c.parentId === code.parentId).sort((a, b) => a.order - b.order)
  const index = siblings.findIndex((c) => c.id === codeId) + by
  if (index < 0 || index >= siblings.length) return codebook
  return moveCode(codebook, codeId, { groupId: code.groupId, parentId: code.parentId, index })
}

/** Where a code sits, as a drop/move destination: its group, parent and index among its siblings. */
export function placeOf(codebook: Codebook, codeId: string): Destination & { index: number } {
  const code = codebook.codes.find((c) => c.id === codeId)!
  const siblings = codebook.codes.filter((c) => c.groupId === code.groupId && c.parentId === code.parentId).sort((a, b) => a.order - b.order)
  return { groupId: code.groupId, parentId: code.parentId, index: siblings.findIndex((c) => c.id === codeId) }
}

/** The shortcut's clash with another code, or null: shortcuts are one letter or digit, unique case-insensitively. */
export function shortcutProblem(codebook: Codebook, codeId: string, shortcut: string): string | null {
  if (!shortcut) return null
  if (!/^[A-Za-z0-9]$/.test(shortcut)) return 'A shortcut is one letter or digit.'
  const other = codebook.codes.find((c) => c.id !== codeId && c.shortcut?.toLowerCase() === shortcut.toLowerCase())
  return other ? `“${shortcut}” already applies “${other.name}”.` : null
}

import type { Codebook } from '../model'
import { codebookSchema } from '../model'

/**
 * Everything wrong with a codebook, one sentence each (empty when it is valid): ids unique
 * across groups and codes, every code's group exists, a parent exists, is in the same group
 * and makes no cycle, shortcuts unique (case-insensitively), colors "#rrggbb", attribute ids
 * unique per code, option values unique per attribute, and a 'code' attribute's group exists.
 */
export function codebookProblems(codebook: Codebook): string[] {
  const problems: string[] = []
  const groupIds = new Set<string>()
  for (const group of codebook.groups) {
    if (groupIds.has(group.id)) problems.push(`two groups have the id "${group.id}"`)
    groupIds.add(group.id)
    if (!group.name.trim()) problems.push(`group "${group.id}" has no name`)
  }
  const byId = new Map<string, Codebook['codes'][number]>()
  for (const code of codebook.codes) {
    if (byId.has(code.id)) problems.push(`two codes have the id "${code.id}"`)
    else if (groupIds.has(code.id)) problems.push(`code "${code.id}" has the id of a group`)
    byId.set(code.id, code)
  }
  const shortcuts = new Map<string, string>()
  for (const code of codebook.codes) {
    const name = `"${code.name}" (${code.id})`
    if (!code.name.trim()) problems.push(`code ${code.id} has no name`)
    if (!groupIds.has(code.groupId)) problems.push(`${name} is in group "${code.groupId}", which does not exist`)
    if (!/^#[0-9a-fA-F]{6}$/.test(code.color)) problems.push(`${name} has color "${code.color}"; colors are "#rrggbb"`)
    if (code.parentId !== null) {
      const parent = byId.get(code.parentId)
      if (!parent) problems.push(`${name} has parent "${code.parentId}", which does not exist`)
      else if (parent.groupId !== code.groupId) problems.push(`${name} is in group "${code.groupId}" but its parent "${parent.name}" is in "${parent.groupId}"`)
      else if (hasCycle(code.id, byId)) problems.push(`${name} is its own ancestor (a cycle of parents)`)
    }
    if (code.shortcut !== null) {
      const key = code.shortcut.toLowerCase()
      if (!/^[a-z0-9]$/.test(key)) problems.push(`${name} has shortcut "${code.shortcut}"; shortcuts are one letter or digit`)
      const other = shortcuts.get(key)
      if (other) problems.push(`shortcut "${code.shortcut}" is used by both ${other} and ${name}`)
      else shortcuts.set(key, name)
    }
    const attributeIds = new Set<string>()
    for (const attribute of code.attributes) {
      if (attributeIds.has(attribute.id)) problems.push(`${name} has two attributes with the id "${attribute.id}"`)
      attributeIds.add(attribute.id)
      const values = new Set<string>()
      for (const option of attribute.options) {
        const value = `${typeof option.value}:${option.value}`
        if (values.has(value)) problems.push(`${name}: attribute "${attribute.name}" has the value ${JSON.stringify(option.value)} twice`)
        values.add(value)
      }
      if (attribute.type === 'scale' && attribute.options.some((o) => typeof o.value !== 'number')) {
        problems.push(`${name}: scale attribute "${attribute.name}" needs numeric values`)
      }
      if ((attribute.type === 'scale' || attribute.type === 'list') && attribute.options.length === 0) {
        problems.push(`${name}: attribute "${attribute.name}" needs at least one option`)
      }
      if (attribute.type === 'code' && attribute.fromGroup !== null && !groupIds.has(attribute.fromGroup)) {
        problems.push(`${name}: attribute "${attribute.name}" takes codes from group "${attribute.fromGroup}", which does not exist`)
      }
    }
  }
  return problems
}

/**
 * Parses anything (an imported file's JSON) as a codebook and checks it; returns the
 * codebook or the problems, each naming where it is ("codes.3.color: …").
 */
export function parseCodebook(raw: unknown): { codebook: Codebook; problems: [] } | { codebook: null; problems: string[] } {
  const parsed = codebookSchema.safeParse(raw)
  if (!parsed.success) {
    return { codebook: null, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'codebook'}: ${issue.message}`) }
  }
  const problems = codebookProblems(parsed.data)
  return problems.length ? { codebook: null, problems } : { codebook: parsed.data, problems: [] }
}

/** True when following parents from `start` leads back to it. */
function hasCycle(start: string, byId: Map<string, { parentId: string | null }>): boolean {
  const seen = new Set<string>()
  let current: string | null = byId.get(start)?.parentId ?? null
  while (current !== null && !seen.has(current)) {
    if (current === start) return true
    seen.add(current)
    current = byId.get(current)?.parentId ?? null
  }
  return false
}

import type { Code, Codebook, CodeGroup } from '../model'

/**
 * The codebook as exports list it: groups by `order`, and within a group the code tree
 * depth-first (parents before their children, siblings by `order`, then id), plus each
 * code's full path "Group/Parent/Code" (e.g. "Frames/Security and defense").
 */
export class CodebookOrder {
  /** Every code in export order. */
  readonly codes: Code[] = []
  private readonly groupById = new Map<string, CodeGroup>()
  private readonly codeById = new Map<string, Code>()
  private readonly paths = new Map<string, string>()

  constructor(readonly codebook: Codebook) {
    for (const group of codebook.groups) this.groupById.set(group.id, group)
    for (const code of codebook.codes) this.codeById.set(code.id, code)
    const children = new Map<string | null, Code[]>()
    for (const code of codebook.codes) {
      // A parent missing from the codebook makes the code a top-level one.
      const parent = code.parentId && this.codeById.has(code.parentId) ? code.parentId : null
      const list = children.get(parent) ?? []
      list.push(code)
      children.set(parent, list)
    }
    for (const list of children.values()) list.sort((a, b) => a.order - b.order || compare(a.id, b.id))
    const groups = [...codebook.groups].sort((a, b) => a.order - b.order || compare(a.id, b.id))
    const visit = (code: Code, prefix: string, seen: Set<string>) => {
      if (seen.has(code.id)) return // a cycle in hand-edited files must not hang the export
      seen.add(code.id)
      const path = `${prefix}/${code.name}`
      this.paths.set(code.id, path)
      this.codes.push(code)
      for (const child of children.get(code.id) ?? []) visit(child, path, seen)
    }
    const seen = new Set<string>()
    for (const group of groups) {
      for (const code of children.get(null) ?? []) if (code.groupId === group.id) visit(code, group.name, seen)
    }
    // Codes of a group that does not exist come last, under their group id.
    for (const code of children.get(null) ?? []) if (!this.groupById.has(code.groupId)) visit(code, code.groupId, seen)
  }

  group(code: Code): CodeGroup | undefined {
    return this.groupById.get(code.groupId)
  }

  code(id: string): Code | undefined {
    return this.codeById.get(id)
  }

  /** "Group/Parent/Code"; the code id when the code is unknown. */
  path(codeId: string): string {
    return this.paths.get(codeId) ?? codeId
  }

  /** Position of a code in export order (for sorting rows), or Infinity when unknown. */
  rank(codeId: string): number {
    if (!this.ranks) this.ranks = new Map(this.codes.map((c, i) => [c.id, i]))
    return this.ranks.get(codeId) ?? Number.POSITIVE_INFINITY
  }

  private ranks: Map<string, number> | null = null
}

/** Code unit order of two strings (locale-independent, so exports are deterministic). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

import type { Code, Codebook, CodeGroup } from '../../../../shared/model'

export interface CodeNode {
  id: string
  code: Code
  children: CodeNode[]
}

export interface GroupNode {
  id: string
  group: CodeGroup
  /** All codes of the group, nested ones included. */
  count: number
  children: CodeNode[]
}

/**
 * The codebook as a tree: groups in their order, each with its codes nested under their
 * parents. A code whose parent is missing or in another group shows at the group's top level.
 */
export function codeTree(codebook: Codebook): GroupNode[] {
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order
  return [...codebook.groups].sort(byOrder).map((group) => {
    const codes = codebook.codes.filter((c) => c.groupId === group.id).sort(byOrder)
    const ids = new Set(codes.map((c) => c.id))
    const nodes = new Map(codes.map((code) => [code.id, { id: code.id, code, children: [] as CodeNode[] }]))
    const roots: CodeNode[] = []
    for (const code of codes) {
      const node = nodes.get(code.id)!
      const parent = code.parentId && code.parentId !== code.id && ids.has(code.parentId) ? nodes.get(code.parentId)! : null
      if (parent && !isAncestor(node, parent)) parent.children.push(node)
      else roots.push(node)
    }
    return { id: `group:${group.id}`, group, count: codes.length, children: roots }
  })
}

/** True when `candidate` is `node` or lies below it: attaching `node` there would make a cycle. */
function isAncestor(node: CodeNode, candidate: CodeNode): boolean {
  if (node === candidate) return true
  return node.children.some((child) => isAncestor(child, candidate))
}

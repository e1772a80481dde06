import type { Annotation, Code, Codebook } from '../../../shared/model'
import { UserError } from '../dispatch'
import { requireCode } from '../annotationRules'
import { laterThan, type CodebookChange } from './codebookChange'

export interface SplitRequest {
  codeId: string
  /** The new code: its id, name and color; it takes the original's group, level and attributes. */
  newCode: { id: string; name: string; color?: string }
  /** Place the new code under the original (true) or beside it, right after it (false). */
  asChild: boolean
  /** Annotation ids (of the original code, any coder) that move to the new code. */
  annotationIds: string[]
}

/**
 * Plans splitting a code in two: a new code with the original's group, level and attribute
 * definitions (so moved annotations stay valid), and the chosen annotations moved to it.
 */
export function planSplit(codebook: Codebook, annotations: Annotation[], request: SplitRequest, now = Date.now()): CodebookChange {
  const code = requireCode(codebook, request.codeId)
  if (codebook.codes.some((c) => c.id === request.newCode.id) || codebook.groups.some((g) => g.id === request.newCode.id)) {
    throw new UserError(`the id "${request.newCode.id}" is taken; choose another for the new code`)
  }
  const name = request.newCode.name.trim()
  if (!name) throw new UserError('the new code needs a name')
  const parentId = request.asChild ? code.id : code.parentId
  const siblings = codebook.codes.filter((c) => c.groupId === code.groupId && c.parentId === parentId)
  const order = request.asChild ? Math.max(-1, ...siblings.map((c) => c.order)) + 1 : code.order + 1
  const created: Code = {
    id: request.newCode.id,
    name,
    groupId: code.groupId,
    parentId,
    color: request.newCode.color ?? code.color,
    definition: '',
    inclusion: '',
    exclusion: '',
    examples: [],
    shortcut: null,
    level: code.level,
    attributes: code.attributes,
    memo: null,
    order,
  }
  const shifted = codebook.codes.map((c) =>
    !request.asChild && c.groupId === code.groupId && c.parentId === parentId && c.id !== code.id && c.order >= order ? { ...c, order: c.order + 1 } : c,
  )
  const index = shifted.findIndex((c) => c.id === code.id)
  const codes = [...shifted.slice(0, index + 1), created, ...shifted.slice(index + 1)]

  const wanted = new Set(request.annotationIds)
  const moving = annotations.filter((a) => wanted.has(a.id) && !a.deleted)
  const found = new Set(moving.map((a) => a.id))
  const missing = request.annotationIds.filter((id) => !found.has(id))
  if (missing.length) throw new UserError(`no live annotation with id "${missing[0]}"${missing.length > 1 ? ` (and ${missing.length - 1} more)` : ''}`)
  const foreign = moving.find((a) => a.codeId !== code.id)
  if (foreign) throw new UserError(`annotation "${foreign.id}" is not coded "${code.name}"; only its annotations can move to the new code`)
  return {
    before: codebook,
    after: { ...codebook, codes },
    annotations: moving.map((before) => ({ before, after: { ...before, codeId: created.id, updatedAt: laterThan(before.updatedAt, now) } })),
  }
}

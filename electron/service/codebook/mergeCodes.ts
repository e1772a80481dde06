import type { Annotation, Codebook } from '../../../shared/model'
import { UserError } from '../dispatch'
import { requireCode } from '../annotationRules'
import { attributeReferences, descendantIds, laterThan, type CodebookChange } from './codebookChange'

/**
 * Plans merging code `sourceId` into `targetId` (same group): every live annotation of the
 * source moves to the target (keeping only attributes the target defines; a document-level
 * one whose coder already applied the target to that document becomes a tombstone), 'code'
 * attributes naming the source name the target, the source's children move under the
 * target, its examples are appended, and its id becomes an alias of the target so coder
 * files still using it place onto the target. Refuses before changing anything when the
 * target's level cannot hold the source's annotations or the target lies inside the source.
 */
export function planMerge(codebook: Codebook, annotations: Annotation[], sourceId: string, targetId: string, now = Date.now()): CodebookChange {
  if (sourceId === targetId) throw new UserError('choose two different codes to merge')
  const source = requireCode(codebook, sourceId)
  const target = requireCode(codebook, targetId)
  if (source.groupId !== target.groupId) {
    throw new UserError(`"${source.name}" and "${target.name}" are in different groups; move one into the other's group first`)
  }
  if (descendantIds(codebook, source.id).has(target.id)) {
    throw new UserError(`"${target.name}" lies inside "${source.name}"; merge "${source.name}" into a code outside it, or move "${target.name}" out first`)
  }
  const live = annotations.filter((a) => !a.deleted)
  const moving = live.filter((a) => a.codeId === source.id)
  const spans = moving.filter((a) => a.start !== null).length
  const wholeDocuments = moving.length - spans
  if (spans && target.level === 'document') throw new UserError(`"${target.name}" is a document-level code and cannot take ${spans} coded passages of "${source.name}"; set its level to "both" first`)
  if (wholeDocuments && target.level === 'span') throw new UserError(`"${target.name}" is applied to passages and cannot take ${wholeDocuments} whole-document codings of "${source.name}"; set its level to "both" first`)

  const changed = new Map<Annotation, Annotation>()
  const known = new Set(target.attributes.map((a) => a.id))
  for (const annotation of moving) {
    const twin =
      annotation.start === null &&
      live.some((a) => a.coderId === annotation.coderId && a.documentId === annotation.documentId && a.codeId === target.id && a.start === null)
    const attributes = Object.fromEntries(Object.entries(annotation.attributes).filter(([key]) => known.has(key)))
    changed.set(annotation, {
      ...annotation,
      ...(twin ? { deleted: true } : { codeId: target.id, attributes }),
      updatedAt: laterThan(annotation.updatedAt, now),
    })
  }
  for (const [annotation, keys] of attributeReferences(codebook, live, source.id)) {
    const base = changed.get(annotation) ?? { ...annotation, updatedAt: laterThan(annotation.updatedAt, now) }
    const attributes = { ...base.attributes }
    for (const key of keys) if (key in attributes) attributes[key] = target.id
    changed.set(annotation, { ...base, attributes })
  }

  const childOrder = Math.max(-1, ...codebook.codes.filter((c) => c.parentId === target.id).map((c) => c.order)) + 1
  let nextOrder = childOrder
  const codes = codebook.codes
    .filter((c) => c.id !== source.id)
    .map((code) => {
      let next = code
      if (code.parentId === source.id) next = { ...next, parentId: target.id, order: nextOrder++ }
      if (code.id === target.id) {
        next = {
          ...next,
          examples: [...next.examples, ...source.examples.filter((e) => !next.examples.includes(e))],
          aliases: unique([...(next.aliases ?? []), source.id, ...(source.aliases ?? [])]),
        }
      }
      return renameDefaults(next, source.id, target.id)
    })
  return {
    before: codebook,
    after: { ...codebook, codes },
    annotations: [...changed].map(([before, after]) => ({ before, after })),
  }
}

/** A 'code' attribute whose default is `from` defaults to `to` instead (null: no default). */
export function renameDefaults<T extends Codebook['codes'][number]>(code: T, from: string, to: string | null): T {
  if (!code.attributes.some((a) => a.type === 'code' && a.default === from)) return code
  return { ...code, attributes: code.attributes.map((a) => (a.type === 'code' && a.default === from ? { ...a, default: to } : a)) }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)]
}

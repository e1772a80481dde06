import type { Annotation, Codebook } from '../../../shared/model'
import { UserError } from '../dispatch'
import { requireCode } from '../annotationRules'
import { attributeReferences, laterThan, type CodebookChange } from './codebookChange'
import { renameDefaults } from './mergeCodes'

/**
 * Plans deleting a code: its live annotations become tombstones (so team merges carry the
 * deletion) and 'code' attributes that name it are cleared. A code with codes under it is
 * refused rather than deleting a whole branch at once: move or delete its children first.
 */
export function planDelete(codebook: Codebook, annotations: Annotation[], codeId: string, now = Date.now()): CodebookChange {
  const code = requireCode(codebook, codeId)
  const children = codebook.codes.filter((c) => c.parentId === code.id)
  if (children.length) {
    const names = children.slice(0, 3).map((c) => `"${c.name}"`).join(', ')
    throw new UserError(`"${code.name}" has ${children.length} ${children.length === 1 ? 'code' : 'codes'} under it (${names}${children.length > 3 ? '…' : ''}); move or delete them first`)
  }
  const live = annotations.filter((a) => !a.deleted)
  const changed = new Map<Annotation, Annotation>()
  for (const annotation of live) {
    if (annotation.codeId === code.id) changed.set(annotation, { ...annotation, deleted: true, updatedAt: laterThan(annotation.updatedAt, now) })
  }
  for (const [annotation, keys] of attributeReferences(codebook, live, code.id)) {
    if (changed.has(annotation)) continue
    const attributes = { ...annotation.attributes }
    for (const key of keys) attributes[key] = null
    changed.set(annotation, { ...annotation, attributes, updatedAt: laterThan(annotation.updatedAt, now) })
  }
  const codes = codebook.codes.filter((c) => c.id !== code.id).map((c) => renameDefaults(c, code.id, null))
  return { before: codebook, after: { ...codebook, codes }, annotations: [...changed].map(([before, after]) => ({ before, after })) }
}

import type { Annotation } from '../../../shared/model'
import type { CodeUsage } from '../../../shared/contract'

/** Counts live annotations per code and coder. */
export function codeUsage(annotations: Iterable<Annotation>): CodeUsage {
  const codes: CodeUsage['codes'] = {}
  for (const a of annotations) {
    if (a.deleted) continue
    const perCoder = (codes[a.codeId] ??= {})
    perCoder[a.coderId] = (perCoder[a.coderId] ?? 0) + 1
  }
  return { codes }
}

import type { Annotation } from '../../../../shared/model'
import type { CodeIndex } from './codeIndex'

/** The codes of these span annotations in codebook order: lane 1, 2, 3… of the margin and legend. */
export function laneCodes(annotations: readonly Annotation[], codes: CodeIndex): { codeId: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const a of annotations) if (a.start !== null) counts.set(a.codeId, (counts.get(a.codeId) ?? 0) + 1)
  return [...counts]
    .sort(([a], [b]) => (codes.rank.get(a) ?? 1e9) - (codes.rank.get(b) ?? 1e9))
    .map(([codeId, count]) => ({ codeId, count }))
}

import type { Annotation } from '../../../../shared/model'
import type { Highlight } from '../../reader/highlightPlugin'
import type { OffsetMap } from '../../reader/offsets'
import { assignLanes, placeLane, type LaneSpan } from '../../reader/underlineLanes'
import type { CodeIndex } from '../coding/codeIndex'

/** Underlines stack up to this many lanes under a line; deeper overlaps share the last (the margin shows all). */
const MAX_UNDERLINES = 4

/** What decides which annotations the reader draws, and how. */
export interface HighlightView {
  map: OffsetMap
  codes: CodeIndex
  /** Which annotations to draw (the view: mine, all, another coder…). */
  isVisible: (annotation: Annotation) => boolean
  me: string
  selectedId: string | null
}

/** Whether the reader draws this annotation: a visible passage (document-level codes have no span). */
export function isDrawn(annotation: Annotation, view: Pick<HighlightView, 'isVisible'>): boolean {
  return annotation.start !== null && annotation.end !== null && view.isVisible(annotation)
}

/**
 * The one class that gives a highlight its code's color and its underline's lane
 * (`highlightRules` defines it, coding.css draws with it): one class token per element, and no
 * inline style, because setting those on 8,000 elements is a good part of drawing an article.
 */
export function highlightClass(codes: CodeIndex, codeId: string, lane: number): string {
  return `code-${codes.rank.get(codeId) ?? 'none'}-lane-${lane}`
}

/** The style rules behind `highlightClass`, for every code of the codebook (and none) in every lane. */
export function highlightRules(codes: CodeIndex): string {
  const rules: string[] = []
  for (let lane = 0; lane < MAX_UNDERLINES; lane++) {
    rules.push(`.article-text [data-aid].code-none-lane-${lane}{--lane:${lane}}`)
    for (const code of codes.codebook.codes) rules.push(`.article-text [data-aid].${highlightClass(codes, code.id, lane)}{--c:${code.color};--lane:${lane}}`)
  }
  return rules.join('\n')
}

/**
 * The reader's highlights for a coding session, with underline lanes that stay put: the
 * whole list for a redraw, or only the highlights of the annotations a change touched.
 */
export class ReaderHighlights {
  private lanes = new Map<string, number>()
  /** The passages drawn now (code points), among which a new one's lane is placed. */
  private spans = new Map<string, LaneSpan>()

  /** Every highlight to draw for `annotations` (the session's whole list). */
  all(annotations: readonly Annotation[], view: HighlightView): Highlight[] {
    const drawn = annotations.filter((a) => isDrawn(a, view))
    const spans = drawn.map((a) => ({ id: a.id, start: a.start!, end: a.end! }))
    this.lanes = assignLanes(spans, this.lanes)
    this.spans = new Map(spans.map((s) => [s.id, s]))
    return drawn.map((a) => this.highlight(a, view))
  }

  /**
   * The highlights of the annotations with these ids, as `get` has them now: `put` what is
   * to be drawn, `remove` the ids no longer drawn (gone, hidden, or without a span).
   */
  some(ids: Iterable<string>, get: (id: string) => Annotation | undefined, view: HighlightView): { put: Highlight[]; remove: string[] } {
    const put: Highlight[] = []
    const remove: string[] = []
    for (const id of new Set(ids)) {
      const annotation = get(id)
      if (!annotation || !isDrawn(annotation, view)) {
        this.lanes.delete(id)
        this.spans.delete(id)
        remove.push(id)
        continue
      }
      const known = this.spans.get(id)
      if (!known || known.start !== annotation.start || known.end !== annotation.end) {
        const span = { id, start: annotation.start!, end: annotation.end! }
        this.spans.delete(id)
        this.lanes.set(id, placeLane(span, this.spans.values(), this.lanes))
        this.spans.set(id, span)
      }
      put.push(this.highlight(annotation, view))
    }
    return { put, remove }
  }

  private highlight(a: Annotation, view: HighlightView): Highlight {
    const { from, to } = view.map.toRange(a.start!, a.end!)
    const lane = Math.min(this.lanes.get(a.id) ?? 0, MAX_UNDERLINES - 1)
    const classes = `${highlightClass(view.codes, a.codeId, lane)}${a.coderId === view.me ? '' : ' hl-other'}${a.id === view.selectedId ? ' hl-selected' : ''}`
    return { id: a.id, from, to, attrs: { class: classes, 'data-aid': a.id } }
  }
}

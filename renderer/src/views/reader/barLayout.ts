import type { EditorView } from '@tiptap/pm/view'
import type { Annotation } from '../../../../shared/model'
import type { OffsetMap } from '../../reader/offsets'
import type { CodeIndex } from '../coding/codeIndex'
import type { LaneBar, LaneGroup, MarginLayout } from '../coding/MarginLanes'

/** Where one annotation's text runs, measured against the paragraphs it starts and ends in. */
interface Measured {
  from: number
  to: number
  first: number
  last: number
  /** Pixels from the top of paragraph `first` to the top of the annotation's first line. */
  top: number
  /** Pixels from the top of paragraph `last` to the bottom of its last line. */
  bottom: number
}

/**
 * The margin bars' geometry for one reader. Positions are measured relative to the
 * annotation's own paragraphs, so a paragraph that moves (one above it was laid out for the
 * first time, say) moves its bars without measuring them again. Paragraphs out of view are
 * skipped by the browser (content-visibility), and measuring text inside one would lay it
 * out: bars are measured for the paragraphs the browser renders, as they come into view,
 * and for annotations just made, wherever they are.
 */
export class BarLayout {
  private measured = new Map<string, Measured>()
  private tops: number[] = []
  private heights: number[] = []
  private width = -1
  /** The groups last handed out, by paragraph: an unchanged group is handed out again as the same object. */
  private last = new Map<number, LaneGroup>()
  /** Paragraphs whose text the browser lays out now; null when it cannot say (all are). */
  private readonly rendered: Set<number> | null

  constructor(
    private readonly map: OffsetMap,
    reportsSkipping: boolean,
  ) {
    this.rendered = reportsSkipping ? new Set() : null
  }

  /** Records that the browser started (or stopped) laying out paragraph `index`. */
  setRendered(index: number, rendered: boolean): void {
    if (!this.rendered) return
    if (rendered) this.rendered.add(index)
    else this.rendered.delete(index)
  }

  /**
   * Reads every paragraph's top and height (cheap: a skipped paragraph keeps its box). A
   * paragraph whose height changed rewrapped its text: its annotations are measured again;
   * a new text width forgets every measure.
   */
  readParagraphs(view: EditorView, box: HTMLElement): void {
    const boxRect = box.getBoundingClientRect()
    if (boxRect.width !== this.width) {
      this.width = boxRect.width
      this.measured.clear()
    }
    const changed = new Set<number>()
    this.map.paragraphs.forEach((p, i) => {
      const element = view.nodeDOM(p.contentPos - 1)
      if (!(element instanceof HTMLElement)) return
      const rect = element.getBoundingClientRect()
      if (this.heights[i] !== undefined && this.heights[i] !== rect.height) changed.add(i)
      this.tops[i] = rect.top - boxRect.top
      this.heights[i] = rect.height
    })
    if (changed.size) for (const [id, m] of this.measured) if (changed.has(m.first) || changed.has(m.last)) this.measured.delete(id)
  }

  /**
   * Measures the annotations not measured yet (or whose range changed) in rendered
   * paragraphs, and those in `force` wherever they are. Layout must be clean (after a paint),
   * or each measure forces it.
   */
  measure(view: EditorView, annotations: readonly Annotation[], force: ReadonlySet<string> = new Set()): void {
    const paragraphTops = new Map<number, number>()
    const paragraphTop = (index: number) => {
      let top = paragraphTops.get(index)
      if (top === undefined) {
        top = (view.nodeDOM(this.map.paragraphs[index].contentPos - 1) as HTMLElement).getBoundingClientRect().top
        paragraphTops.set(index, top)
      }
      return top
    }
    for (const a of annotations) {
      const { from, to } = this.map.toRange(a.start!, a.end!)
      const known = this.measured.get(a.id)
      if (known && known.from === from && known.to === to) continue
      const first = this.map.paragraphAt(from)
      const last = this.map.paragraphAt(to)
      if (this.rendered && !force.has(a.id) && !(this.rendered.has(first) && this.rendered.has(last))) continue
      if (this.tops[first] === undefined || this.tops[last] === undefined) continue
      try {
        const top = view.coordsAtPos(from, 1).top - paragraphTop(first)
        const bottom = view.coordsAtPos(to, -1).bottom - paragraphTop(last)
        this.measured.set(a.id, { from, to, first, last, top, bottom })
      } catch {
        // A position the view cannot measure (not laid out yet) is measured on a later pass.
      }
    }
  }

  /**
   * The margin for these (visible) annotations: a lane per code present, in codebook order,
   * and the bars measured so far, grouped by the paragraph they start in.
   */
  layout(annotations: readonly Annotation[], codes: CodeIndex, me: string): MarginLayout {
    const codeIds = [...new Set(annotations.map((a) => a.codeId))].sort((a, b) => (codes.rank.get(a) ?? 1e9) - (codes.rank.get(b) ?? 1e9))
    const laneOf = new Map(codeIds.map((id, i) => [id, i]))
    const byParagraph = new Map<number, LaneBar[]>()
    for (const a of annotations) {
      const m = this.measured.get(a.id)
      if (!m) continue
      const height = Math.max(6, this.tops[m.last] + m.bottom - (this.tops[m.first] + m.top))
      const bar: LaneBar = { id: a.id, codeId: a.codeId, lane: laneOf.get(a.codeId)!, top: m.top, height, mine: a.coderId === me }
      const list = byParagraph.get(m.first)
      if (list) list.push(bar)
      else byParagraph.set(m.first, [bar])
    }
    const groups = [...byParagraph]
      .sort(([a], [b]) => a - b)
      .map(([paragraph, bars]): LaneGroup => {
        const before = this.last.get(paragraph)
        const same = before && before.top === this.tops[paragraph] && before.bars.length === bars.length && before.bars.every((b, i) => sameBar(b, bars[i]))
        return same ? before : { paragraph, top: this.tops[paragraph], bars }
      })
    this.last = new Map(groups.map((g) => [g.paragraph, g]))
    return { lanes: codeIds.length, groups }
  }
}

function sameBar(a: LaneBar, b: LaneBar): boolean {
  return a.id === b.id && a.codeId === b.codeId && a.lane === b.lane && a.top === b.top && a.height === b.height && a.mine === b.mine
}

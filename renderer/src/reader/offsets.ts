import { CodePointIndex } from '../../../shared/text/codePoints'
import { layOutParagraphs, type LaidOutParagraph } from './paragraphLayout'

/** Which way an offset between paragraphs (a newline, a blank line) snaps. */
export type Bias = 'forward' | 'backward'

/**
 * Maps between ProseMirror positions in the reader's document (textToDoc) and code point
 * offsets in the stored text (Margin's unit for annotations). Build one per document.
 */
export class OffsetMap {
  readonly paragraphs: readonly LaidOutParagraph[]
  private readonly index: CodePointIndex

  constructor(readonly text: string) {
    this.index = new CodePointIndex(text)
    this.paragraphs = layOutParagraphs(text, this.index)
  }

  /**
   * ProseMirror position of code point offset `cp` (0 ≤ cp ≤ text length; throws outside).
   * An offset outside every paragraph (on a newline or blank line, or in leading blank
   * lines) snaps to the next paragraph's start with bias "forward" (use it for a span's
   * start) and to the previous paragraph's end with "backward" (for a span's end); when
   * there is no paragraph that way, it snaps the other way.
   */
  toPos(cp: number, bias: Bias = 'forward'): number {
    this.index.toUtf16(cp) // validates the range
    const list = this.paragraphs
    if (!list.length) return 1
    const k = this.lastStartingAtOrBefore(cp)
    if (k >= 0 && cp <= list[k].end) return this.posIn(list[k], cp)
    const before = k >= 0 ? list[k] : null
    const after = k + 1 < list.length ? list[k + 1] : null
    if (bias === 'forward') return after ? after.contentPos : this.posIn(before!, before!.end)
    return before ? this.posIn(before, before.end) : after!.contentPos
  }

  /**
   * Code point offset of ProseMirror position `pos`. A position at a paragraph boundary
   * maps to the start of the paragraph that follows (or the end of the last one); a
   * position inside a surrogate pair maps to the start of that character.
   */
  fromPos(pos: number): number {
    const list = this.paragraphs
    if (!list.length) return 0
    const p = list[this.paragraphAt(pos)]
    const within = Math.min(Math.max(pos - p.contentPos, 0), p.utf16Length)
    return this.index.fromUtf16(p.utf16Start + within)
  }

  /**
   * Index in `paragraphs` of the paragraph holding ProseMirror position `pos`: the last one
   * whose opening token is at or before it (0 before the first, the last one past the end;
   * 0 when there are none).
   */
  paragraphAt(pos: number): number {
    const list = this.paragraphs
    let lo = 0
    let hi = list.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (list[mid].contentPos - 1 <= pos) lo = mid
      else hi = mid - 1
    }
    return Math.max(lo, 0)
  }

  /** Length of the text in code points. */
  get length(): number {
    return this.index.length
  }

  /** The text of [start, end) in code points, as the service stores it as the quote. */
  slice(start: number, end: number): string {
    return this.index.slice(start, end)
  }

  /** UTF-16 index of code point offset `cp`. */
  toUtf16(cp: number): number {
    return this.index.toUtf16(cp)
  }

  /** Code point offset of UTF-16 index `unit` (inside a surrogate pair: that character's start). */
  fromUtf16(unit: number): number {
    return this.index.fromUtf16(unit)
  }

  /** ProseMirror range of a stored span [start, end) in code points. */
  toRange(start: number, end: number): { from: number; to: number } {
    const from = this.toPos(start, 'forward')
    return { from, to: Math.max(from, this.toPos(end, 'backward')) }
  }

  private posIn(p: LaidOutParagraph, cp: number): number {
    return p.contentPos + (this.index.toUtf16(cp) - p.utf16Start)
  }

  /** Index of the last paragraph whose start ≤ cp, or -1. */
  private lastStartingAtOrBefore(cp: number): number {
    let lo = -1
    let hi = this.paragraphs.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.paragraphs[mid].start <= cp) lo = mid
      else hi = mid - 1
    }
    return lo
  }
}

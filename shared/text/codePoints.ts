/**
 * Conversions between Unicode code point offsets (Margin's stored unit, the same as
 * Python's `str` indexing and R's `substr` on UTF-8 strings) and JavaScript's UTF-16
 * string indices. Only characters outside the Basic Multilingual Plane (emoji, some CJK)
 * take two UTF-16 units, so the index keeps just their positions.
 */
export class CodePointIndex {
  /** Code point offsets of every astral (two-unit) character, ascending. */
  private readonly astral: number[] = []
  readonly length: number

  constructor(readonly text: string) {
    let cp = 0
    for (let i = 0; i < text.length; i++, cp++) {
      const unit = text.charCodeAt(i)
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1)
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astral.push(cp)
          i++
        }
      }
    }
    this.length = cp
  }

  /** UTF-16 index of code point offset `cp` (0 ≤ cp ≤ length); throws outside that range. */
  toUtf16(cp: number): number {
    if (!Number.isInteger(cp) || cp < 0 || cp > this.length) {
      throw new RangeError(`code point offset ${cp} is outside 0–${this.length}`)
    }
    return cp + this.countAstralBefore(cp)
  }

  /**
   * Code point offset of UTF-16 index `unit`. An index inside a surrogate pair maps to the
   * start of that character, so a selection can never split an emoji.
   */
  fromUtf16(unit: number): number {
    if (!Number.isInteger(unit) || unit < 0 || unit > this.text.length) {
      throw new RangeError(`UTF-16 index ${unit} is outside 0–${this.text.length}`)
    }
    // Binary search the smallest cp whose UTF-16 index exceeds `unit`.
    let lo = 0
    let hi = this.length
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (mid + this.countAstralBefore(mid) <= unit) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** The text between code point offsets `start` (inclusive) and `end` (exclusive). */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end))
  }

  private countAstralBefore(cp: number): number {
    let lo = 0
    let hi = this.astral.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.astral[mid] < cp) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/** Number of Unicode code points in `text` (what Python's `len()` returns). */
export function codePointLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++, n++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
  }
  return n
}

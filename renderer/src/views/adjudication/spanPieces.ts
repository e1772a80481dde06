import { CodePointIndex } from '../../../../shared/text/codePoints'

export interface Piece {
  text: string
  /** Covered by the column's own coder's span. */
  own: boolean
  /** Covered by another coder's span (drawn as an outline, for comparison). */
  other: boolean
}

type Span = readonly [number, number]

/**
 * Cuts `text` between code point offsets `from` and `to` into pieces at every span edge,
 * so a column can highlight its coder's spans and outline the others'. Spans are code
 * points, end exclusive, clipped to the window; empty pieces are dropped.
 */
export function spanPieces(index: CodePointIndex, from: number, to: number, own: Span[], other: Span[]): Piece[] {
  const clip = (s: Span): Span | null => {
    const a = Math.max(from, s[0])
    const b = Math.min(to, s[1])
    return a < b ? [a, b] : null
  }
  const mine = own.map(clip).filter((s): s is Span => s !== null)
  const theirs = other.map(clip).filter((s): s is Span => s !== null)
  const edges = [...new Set([from, to, ...mine.flat(), ...theirs.flat()])].sort((a, b) => a - b)
  const pieces: Piece[] = []
  for (let i = 0; i + 1 < edges.length; i++) {
    const [a, b] = [edges[i], edges[i + 1]]
    const covers = (s: Span) => s[0] <= a && s[1] >= b
    pieces.push({ text: index.slice(a, b), own: mine.some(covers), other: theirs.some(covers) })
  }
  return pieces.filter((p) => p.text.length > 0)
}

/** A window around a unit: the unit plus up to `context` code points each side, cut at a space. */
export function contextWindow(index: CodePointIndex, start: number, end: number, context = 160): { from: number; to: number } {
  let from = Math.max(0, start - context)
  let to = Math.min(index.length, end + context)
  if (from > 0) {
    const before = index.slice(from, start)
    const cut = before.search(/\s/)
    if (cut >= 0 && cut < before.length - 1) from += [...before.slice(0, cut + 1)].length
  }
  if (to < index.length) {
    const after = index.slice(end, to)
    const cut = after.search(/\s\S*$/)
    if (cut > 0) to = end + [...after.slice(0, cut)].length
  }
  return { from, to }
}

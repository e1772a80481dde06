import type { OffsetMap } from './offsets'

/** A passage to code: code point offsets (end exclusive) and the text between them. */
export interface Span {
  start: number
  end: number
  /** Exactly the stored text at [start, end): what the service will store as the quote. */
  quote: string
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const words = new Intl.Segmenter(undefined, { granularity: 'word' })
/** How far around a boundary to look for the grapheme cluster containing it (UTF-16 units). */
const GRAPHEME_WINDOW = 64

/**
 * The span a reader selection (ProseMirror positions `from`/`to`, either order) codes.
 * Both ends snap outwards to whole characters (a selection never splits an emoji, a flag or
 * a letter from its combining accent) and, with `snapToWords`, to whole words; leading and
 * trailing whitespace and line breaks are trimmed. Null when nothing but whitespace is left.
 */
export function spanFromSelection(map: OffsetMap, from: number, to: number, snapToWords: boolean): Span | null {
  const text = map.text
  let start = map.toUtf16(map.fromPos(Math.min(from, to)))
  const endCp = map.fromPos(Math.max(from, to))
  // An end inside a surrogate pair maps to that character's start; take the character instead.
  const insidePair = endCp < map.length && map.toPos(endCp, 'backward') < Math.max(from, to)
  let end = map.toUtf16(insidePair ? endCp + 1 : endCp)
  if (start >= end) return null
  start = graphemeStart(text, start)
  end = graphemeEnd(text, end)
  if (snapToWords) {
    start = wordStart(text, start)
    end = wordEnd(text, end)
  }
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  if (start >= end) return null
  const first = map.fromUtf16(start)
  const last = map.fromUtf16(end)
  return { start: first, end: last, quote: map.slice(first, last) }
}

/** Start of the grapheme cluster containing UTF-16 index `at` (or `at` when it is a boundary). */
function graphemeStart(text: string, at: number): number {
  const from = Math.max(0, at - GRAPHEME_WINDOW)
  const segment = graphemes.segment(text.slice(from, Math.min(text.length, at + GRAPHEME_WINDOW))).containing(at - from)
  return segment ? from + segment.index : at
}

/** End of the grapheme cluster that `at` falls inside (or `at` when it is a boundary). */
function graphemeEnd(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return at
  const from = Math.max(0, at - GRAPHEME_WINDOW)
  const segment = graphemes.segment(text.slice(from, Math.min(text.length, at + GRAPHEME_WINDOW))).containing(at - 1 - from)
  return segment ? Math.max(at, from + segment.index + segment.segment.length) : at
}

/** The line (paragraph) around UTF-16 index `at`, where word boundaries are looked for. */
function lineAround(text: string, at: number): { from: number; line: string } {
  const from = text.lastIndexOf('\n', at - 1) + 1
  const next = text.indexOf('\n', at)
  return { from, line: text.slice(from, next === -1 ? text.length : next) }
}

function wordStart(text: string, at: number): number {
  const { from, line } = lineAround(text, at)
  const segment = words.segment(line).containing(at - from)
  return segment && segment.isWordLike && from + segment.index < at ? from + segment.index : at
}

function wordEnd(text: string, at: number): number {
  if (at <= 0) return at
  const { from, line } = lineAround(text, at - 1)
  const segment = words.segment(line).containing(at - 1 - from)
  if (!segment || !segment.isWordLike) return at
  return Math.max(at, from + segment.index + segment.segment.length)
}

import { splitParagraphs } from '../text/normalize'

/** A stretch of a document: code point offsets, `end` exclusive. */
export interface TextSpan {
  readonly start: number
  readonly end: number
}

/**
 * Splits `text` into sentences with Intl.Segmenter (granularity "sentence", Unicode UAX #29
 * rules as ICU implements them, identical in Node 20 and Chromium). Returns code point
 * offsets, end exclusive, without surrounding whitespace; never across a line break, since
 * every line is a paragraph (see splitParagraphs); whitespace-only segments are dropped.
 * Known limit: ICU here has no abbreviation list, so "Dr. Smith" is two sentences.
 * `locale` defaults to the runtime's.
 */
export function splitSentences(text: string, locale?: string): TextSpan[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })
  const lines = text.split('\n')
  const out: TextSpan[] = []
  let lineIndex = 0
  let lineStart = 0
  for (const paragraph of splitParagraphs(text)) {
    // Walk to the paragraph's line, keeping the code point offset of each line start.
    while (lineStart < paragraph.start) {
      lineStart += codePoints(lines[lineIndex]) + 1
      lineIndex++
    }
    const line = lines[lineIndex]
    let cp = paragraph.start
    let unit = 0
    for (const { segment, index } of segmenter.segment(line)) {
      cp += codePointsBetween(line, unit, index)
      unit = index
      const lead = segment.length - segment.trimStart().length
      const core = segment.trim()
      if (core) {
        const start = cp + codePointsBetween(segment, 0, lead)
        out.push({ start, end: start + codePoints(core) })
      }
    }
  }
  return out
}

function codePoints(s: string): number {
  return codePointsBetween(s, 0, s.length)
}

/** Code points in s[from, to) (UTF-16 indices on character boundaries). */
function codePointsBetween(s: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++, n++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
  }
  return n
}

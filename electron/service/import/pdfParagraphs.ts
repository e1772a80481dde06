/** One line of text on a PDF page, in PDF user-space units (y grows upwards). */
export interface PdfLine {
  text: string
  /** Left edge of the first glyph. */
  x: number
  /** Right edge of the last glyph. */
  right: number
  /** Baseline. */
  y: number
  /** Font size of the line's first text run. */
  size: number
}

/**
 * Joins a PDF's lines into paragraphs, one per returned string. Within a page a new
 * paragraph starts after a gap clearly wider than the usual line spacing, at a change of
 * font size (a heading), at a line indented past the one before (a first-line indent), and
 * after a line that ends a sentence well short of the right margin. A paragraph runs on
 * across a page break only when it ends mid-sentence and the next page starts in lower case.
 * Lines are joined with a space, except that a line-break hyphen between lower-case letters
 * is removed ("gov-" + "ernment" → "government") unless the document spells the hyphenated
 * word that way elsewhere ("well-known"), a soft hyphen is dropped, and nothing is inserted
 * after a dash or between CJK characters.
 */
export function pdfParagraphs(pages: PdfLine[][]): string[] {
  const hyphenated = hyphenatedWords(pages)
  const joinLines = (before: string, after: string) => joinLineText(before, after, hyphenated)
  const paragraphs: string[] = []
  let current: string | null = null
  for (const lines of pages) {
    const spacing = usualLineSpacing(lines)
    const rightMargin = Math.max(...lines.map((line) => line.right))
    const leftMargin = Math.min(...lines.map((line) => line.x))
    lines.forEach((line, i) => {
      const previous = lines[i - 1]
      const startsParagraph = previous
        ? breaksBetween(previous, line, spacing, leftMargin, rightMargin)
        : current === null || !continuesAcrossPage(current, line.text)
      if (startsParagraph && current !== null) paragraphs.push(current)
      current = startsParagraph || current === null ? line.text : joinLines(current, line.text)
    })
  }
  if (current !== null) paragraphs.push(current)
  return paragraphs.map((paragraph) => paragraph.trim()).filter(Boolean)
}

/** The most frequent baseline distance (to half a point; the smaller on a tie): body text's leading. */
function usualLineSpacing(lines: PdfLine[]): number {
  const counts = new Map<number, number>()
  lines.slice(1).forEach((line, i) => {
    const gap = Math.round((lines[i].y - line.y) * 2) / 2
    if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1)
  })
  let usual = 0
  let most = 0
  for (const [gap, count] of counts) {
    if (count > most || (count === most && gap < usual)) [usual, most] = [gap, count]
  }
  return usual
}

function breaksBetween(previous: PdfLine, line: PdfLine, spacing: number, leftMargin: number, rightMargin: number): boolean {
  const gap = previous.y - line.y
  const size = Math.max(previous.size, line.size)
  // A baseline that does not move down is a new column or a text box placed out of order.
  if (gap <= 0) return true
  if (gap > Math.max(spacing, previous.size) * 1.4) return true
  if (Math.abs(previous.size - line.size) > 0.15 * size) return true
  if (line.x - previous.x > 0.8 * size && previous.x - leftMargin < 0.8 * size) return true
  const endsSentence = /[.!?:;"”»’)]$/.test(previous.text.trimEnd())
  const short = rightMargin - previous.right > Math.max(3 * size, 0.15 * (rightMargin - leftMargin))
  return endsSentence && short
}

function continuesAcrossPage(paragraph: string, nextLine: string): boolean {
  return !/[.!?:"”»’)]$/.test(paragraph.trimEnd()) && /^\p{Ll}/u.test(nextLine.trimStart())
}

const cjkEnd = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u
const cjkStart = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/** Lower-cased words written with a hyphen inside a line, such as "well-known". */
function hyphenatedWords(pages: PdfLine[][]): Set<string> {
  const words = new Set<string>()
  for (const line of pages.flat()) {
    for (const word of line.text.match(/\p{L}+(?:-\p{L}+)+/gu) ?? []) words.add(word.toLowerCase())
  }
  return words
}

function joinLineText(before: string, after: string, hyphenated: Set<string>): string {
  const head = before.trimEnd()
  const tail = after.trimStart()
  if (head.endsWith('\u00AD')) return head.slice(0, -1) + tail
  if (/\p{Ll}-$/u.test(head) && /^\p{Ll}/u.test(tail)) {
    const word = `${/\p{L}+(?:-\p{L}+)*-$/u.exec(head)?.[0] ?? ''}${/^\p{L}+/u.exec(tail)?.[0] ?? ''}`.toLowerCase()
    return hyphenated.has(word) ? head + tail : head.slice(0, -1) + tail
  }
  if (/[-‐‑–—/]$/.test(head)) return head + tail
  if (cjkEnd.test(head) && cjkStart.test(tail)) return head + tail
  return `${head} ${tail}`
}

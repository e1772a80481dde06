import type { PdfLine } from './pdfParagraphs'

/** The part of a pdf.js text item this module reads. */
export interface PdfTextRun {
  str: string
  /** [a, b, c, d, e, f]: scale/skew and the run's origin (e, f) in user space. */
  transform: number[]
  width: number
  height: number
  hasEOL: boolean
}

/**
 * Groups a page's text runs, in content order, into lines: a line ends where pdf.js marks
 * an end of line or the baseline moves by more than half the font size. A space is added
 * between two runs of a line separated by a visible gap (many PDFs position words instead
 * of writing spaces). Lines with no visible characters are left out.
 */
export function pdfTextLines(runs: PdfTextRun[]): PdfLine[] {
  const lines: PdfLine[] = []
  let line: PdfLine | null = null
  let endsLine = false
  for (const run of runs) {
    const [a, b, , , x, y] = run.transform
    const size = run.height || Math.hypot(a, b) || 1
    const sameLine = line !== null && !endsLine && Math.abs(line.y - y) <= size / 2 && x >= line.right - size
    if (run.str) {
      if (line && sameLine) {
        const gap = x - line.right
        if (gap > 0.15 * size && !/\s$/.test(line.text) && !/^\s/.test(run.str)) line.text += ' '
        line.text += run.str
        line.right = Math.max(line.right, x + run.width)
      } else {
        if (line) lines.push(line)
        line = { text: run.str, x, right: x + run.width, y, size }
      }
    }
    endsLine = run.hasEOL
  }
  if (line) lines.push(line)
  return lines.map((each) => ({ ...each, text: each.text.replace(/\s+$/u, '') })).filter((each) => each.text.trim() !== '')
}

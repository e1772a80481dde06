import { CodePointIndex } from '../../../shared/text/codePoints'
import { splitParagraphs } from '../../../shared/text/normalize'

/** One paragraph as stored (code points) and as laid out in the reader's ProseMirror doc. */
export interface LaidOutParagraph {
  /** Code point offset of the paragraph's first character in the stored text. */
  start: number
  /** Code point offset just past its last character (the newline is not included). */
  end: number
  /** UTF-16 index of `start` in the stored text. */
  utf16Start: number
  /** Length of the paragraph's text in UTF-16 units (ProseMirror's unit). */
  utf16Length: number
  /** ProseMirror position just inside the paragraph, before its first character. */
  contentPos: number
}

/**
 * Lays out a stored text as the reader shows it: one paragraph per non-empty line (the same
 * rule as shared/text splitParagraphs), each text node holding the line verbatim.
 */
export function layOutParagraphs(text: string, index = new CodePointIndex(text)): LaidOutParagraph[] {
  const out: LaidOutParagraph[] = []
  let pos = 0
  for (const { start, end } of splitParagraphs(text)) {
    const utf16Start = index.toUtf16(start)
    const utf16Length = index.toUtf16(end) - utf16Start
    out.push({ start, end, utf16Start, utf16Length, contentPos: pos + 1 })
    pos += utf16Length + 2 // the paragraph's opening and closing tokens
  }
  return out
}

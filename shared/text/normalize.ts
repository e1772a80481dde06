import { codePointLength } from './codePoints'

/**
 * The one normalisation every imported text goes through, once, before it is stored:
 * no byte-order mark, "\n" line endings, Unicode NFC (so "é" typed two ways is one
 * character and offsets agree across machines), no NUL or other C0 control characters
 * except tab and newline, no trailing whitespace at the end of the document.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .normalize('NFC')
    .replace(/\s+$/u, '')
}

/** Counts words the way a reader would: runs of letters, digits and joining marks. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*/gu)?.length ?? 0
}

/**
 * Paragraphs are non-empty lines: news texts put one paragraph on each line.
 * Returns code point offsets (end exclusive, without the newline).
 */
export function splitParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let start = 0
  for (const line of text.split('\n')) {
    const end = start + codePointLength(line)
    if (line.trim()) out.push({ start, end })
    start = end + 1
  }
  return out
}

import { CodePointIndex } from '../../../../shared/text/codePoints'

/** What an edited consensus span will hold, or why the typed positions cannot be used. */
export type EditPreview = { quote: string } | { problem: string } | { wholeDocument: true } | null

/**
 * The passage between the typed start and end (code point offsets, as exports count them),
 * so the person adjudicating sees the words they keep rather than two numbers. Both fields
 * empty is a document-level coding; null while the text is not loaded yet.
 */
export function editPreview(text: string | null, start: string, end: string): EditPreview {
  if (text === null) return null
  if (start.trim() === '' && end.trim() === '') return { wholeDocument: true }
  const index = new CodePointIndex(text)
  const from = Number(start)
  const to = Number(end)
  if (start.trim() === '' || end.trim() === '' || !Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > index.length) {
    return { problem: `Start and end are character positions from 0 to ${index.length.toLocaleString('en')}.` }
  }
  if (from >= to) return { problem: 'End must come after start.' }
  return { quote: index.slice(from, to) }
}

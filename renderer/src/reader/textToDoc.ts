import type { JSONContent } from '@tiptap/core'
import { layOutParagraphs } from './paragraphLayout'

/**
 * The reader's ProseMirror document for a stored text: one paragraph node per non-empty
 * line, its text node verbatim (blank lines are dropped; the offsets skip them). An empty
 * text still gets one empty paragraph, because the schema needs at least one.
 */
export function textToDoc(text: string): JSONContent {
  const paragraphs = layOutParagraphs(text).map(({ utf16Start, utf16Length }) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: text.slice(utf16Start, utf16Start + utf16Length) }],
  }))
  return { type: 'doc', content: paragraphs.length ? paragraphs : [{ type: 'paragraph' }] }
}

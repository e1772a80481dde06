import type { JSONContent } from '@tiptap/core'
import { layOutParagraphs, type LaidOutParagraph } from './paragraphLayout'

/**
 * The reader's ProseMirror document for a stored text: one paragraph node per non-empty
 * line, its text node verbatim (blank lines are dropped; the offsets skip them). An empty
 * text still gets one empty paragraph, because the schema needs at least one. Pass the
 * text's layout when it is at hand (an OffsetMap has it): laying a long text out again
 * costs more than building the document.
 */
export function textToDoc(text: string, paragraphs: readonly LaidOutParagraph[] = layOutParagraphs(text)): JSONContent {
  const content = paragraphs.map(({ utf16Start, utf16Length }) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: text.slice(utf16Start, utf16Start + utf16Length) }],
  }))
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] }
}

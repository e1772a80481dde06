import { z } from 'zod'

/**
 * A rich-text memo: the TipTap/ProseMirror JSON document the editor edits, plus its
 * plain-text rendering, kept alongside so exports and search never need the editor.
 */
export const memoSchema = z.object({
  doc: z.record(z.string(), z.unknown()),
  text: z.string(),
})

export type Memo = z.infer<typeof memoSchema>

/** A memo holding plain text only, as a one-paragraph TipTap document. */
export function plainMemo(text: string): Memo {
  const paragraphs = text.split('\n').map((line) => ({
    type: 'paragraph',
    ...(line ? { content: [{ type: 'text', text: line }] } : {}),
  }))
  return { doc: { type: 'doc', content: paragraphs }, text }
}

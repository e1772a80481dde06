import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useRef } from 'react'
import { readerExtensions } from '../../reader/readerSchema'
import { textToDoc } from '../../reader/textToDoc'

const attributes = (label: string) => ({ class: 'article-text', role: 'document', 'aria-label': label, 'aria-readonly': 'true' })

/**
 * The article's text in a read-only TipTap editor: read-only so the stored text (and every
 * offset into it) never changes, an editor so the next step can select and highlight spans.
 * One editor lives for the pane; opening another document swaps its content.
 */
export function ArticleText({ text, label }: { text: string; label: string }) {
  const shown = useRef(text)
  const editor = useEditor({
    extensions: readerExtensions,
    editable: false,
    content: textToDoc(text),
    editorProps: { attributes: attributes(label) },
  })

  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    editor.setOptions({ editorProps: { attributes: attributes(label) } })
    if (shown.current === text) return
    shown.current = text
    editor.commands.setContent(textToDoc(text), { emitUpdate: false })
  }, [editor, text, label])

  return <EditorContent editor={editor} />
}

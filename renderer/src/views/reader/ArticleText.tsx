import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect } from 'react'
import { readerExtensions } from '../../reader/readerSchema'
import { textToDoc } from '../../reader/textToDoc'

/**
 * The article's text in a read-only TipTap editor: read-only so the stored text (and every
 * offset into it) never changes, an editor so the next step can select and highlight spans.
 */
export function ArticleText({ text, label }: { text: string; label: string }) {
  const editor = useEditor({
    extensions: readerExtensions,
    editable: false,
    content: textToDoc(text),
    editorProps: { attributes: { class: 'article-text', 'aria-label': label, 'aria-readonly': 'true', role: 'document' } },
  })

  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    editor.commands.setContent(textToDoc(text), { emitUpdate: false })
    editor.setOptions({ editorProps: { attributes: { class: 'article-text', 'aria-label': label, 'aria-readonly': 'true', role: 'document' } } })
  }, [editor, text, label])

  return <EditorContent editor={editor} />
}

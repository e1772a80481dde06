import { EditorContent, useEditor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { useEffect, useRef } from 'react'
import type { Memo } from '../../../../shared/model'

const EMPTY = { type: 'doc', content: [{ type: 'paragraph' }] }

/**
 * A small rich-text editor for a code's memo (TipTap, bold/italic/lists), stored as
 * `{doc, text}`: the ProseMirror JSON and its plain text for exports and search.
 */
export function MemoEditor({ value, onChange, label }: { value: Memo | null; onChange: (memo: Memo | null) => void; label: string }) {
  const latest = useRef(onChange)
  latest.current = onChange
  const shown = useRef(value)
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: false, codeBlock: false, horizontalRule: false, link: false })],
    content: value?.doc ?? EMPTY,
    editorProps: { attributes: { class: 'memo-editor', role: 'textbox', 'aria-multiline': 'true', 'aria-label': label } },
    onUpdate: ({ editor }) => {
      const text = editor.getText({ blockSeparator: '\n' }).trim()
      const memo = text ? { doc: editor.getJSON() as Record<string, unknown>, text } : null
      shown.current = memo
      latest.current(memo)
    },
  })

  // Another code (or a revert) brings another memo.
  useEffect(() => {
    if (!editor || editor.isDestroyed || shown.current === value) return
    shown.current = value
    editor.commands.setContent(value?.doc ?? EMPTY, { emitUpdate: false })
  }, [editor, value])

  return (
    <div className="memo">
      <div className="memo-tools" role="toolbar" aria-label="Memo formatting">
        <button type="button" className="quiet-button" aria-label="Bold" onClick={() => editor?.chain().focus().toggleBold().run()}>
          <b>B</b>
        </button>
        <button type="button" className="quiet-button" aria-label="Italic" onClick={() => editor?.chain().focus().toggleItalic().run()}>
          <i>I</i>
        </button>
        <button type="button" className="quiet-button" aria-label="Bulleted list" onClick={() => editor?.chain().focus().toggleBulletList().run()}>
          • List
        </button>
      </div>
      <EditorContent editor={editor} />
    </div>
  )
}

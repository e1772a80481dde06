import StarterKit from '@tiptap/starter-kit'
import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import { useEffect, useRef } from 'react'
import { ToggleButton, Toolbar } from 'react-aria-components'
import type { Memo } from '../../../../shared/model'

interface Props {
  label: string
  memo: Memo | null
  /** Called with the memo (null when emptied) after typing pauses and when the editor loses focus. */
  onSave: (memo: Memo | null) => void
  isDisabled?: boolean
  autoFocus?: boolean
  /** Report every change at once (to a draft the caller saves), instead of after a pause. */
  immediate?: boolean
}

const SAVE_AFTER_MS = 700

/**
 * A memo in rich text: bold, italic and lists, nothing else (no links, headings or code).
 * Stored as TipTap JSON plus its plain text, so exports and search never need the editor.
 */
export function MemoEditor({ label, memo, onSave, isDisabled = false, autoFocus = false, immediate = false }: Props) {
  const save = useRef(onSave)
  save.current = onSave
  const timer = useRef<number | null>(null)
  const dirty = useRef(false)

  const editor = useEditor({
    extensions: [
      StarterKit.configure({ heading: false, codeBlock: false, code: false, blockquote: false, horizontalRule: false, strike: false, link: false, underline: false }),
    ],
    content: memo?.doc ?? '',
    editable: !isDisabled,
    autofocus: autoFocus ? 'end' : false,
    editorProps: { attributes: { class: 'memo-text', role: 'textbox', 'aria-multiline': 'true', 'aria-label': label } },
    onUpdate: () => {
      dirty.current = true
      if (timer.current !== null) clearTimeout(timer.current)
      if (immediate) flush()
      else timer.current = window.setTimeout(flush, SAVE_AFTER_MS)
    },
    onBlur: () => flush(),
  })

  function flush() {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = null
    if (!dirty.current || !editor || editor.isDestroyed) return
    dirty.current = false
    const text = editor.getText({ blockSeparator: '\n' }).trim()
    save.current(text ? { doc: editor.getJSON() as Record<string, unknown>, text } : null)
  }

  // Unsaved typing is saved when the editor goes away (a popover closing, another document opening).
  useEffect(() => () => flush(), [editor]) // eslint-disable-line react-hooks/exhaustive-deps

  const marks = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      list: e?.isActive('bulletList') ?? false,
    }),
  })

  return (
    <div className="memo-editor" data-disabled={isDisabled || undefined}>
      {!isDisabled && (
        <Toolbar aria-label={`${label} formatting`} className="memo-toolbar">
          <ToggleButton className="memo-tool" aria-label="Bold" isSelected={marks?.bold} onChange={() => editor?.chain().focus().toggleBold().run()}>
            <b>B</b>
          </ToggleButton>
          <ToggleButton className="memo-tool" aria-label="Italic" isSelected={marks?.italic} onChange={() => editor?.chain().focus().toggleItalic().run()}>
            <i>I</i>
          </ToggleButton>
          <ToggleButton className="memo-tool" aria-label="Bulleted list" isSelected={marks?.list} onChange={() => editor?.chain().focus().toggleBulletList().run()}>
            <span aria-hidden="true">•≡</span>
          </ToggleButton>
        </Toolbar>
      )}
      <EditorContent editor={editor} />
    </div>
  )
}

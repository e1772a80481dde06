import { Node } from '@tiptap/core'

/*
 * The reader's whole schema: a document of paragraphs of plain text. No marks, no other
 * nodes, so a ProseMirror position is plain arithmetic over the stored text (offsets.ts).
 */

const ReaderDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'paragraph+',
})

const ReaderParagraph = Node.create({
  name: 'paragraph',
  group: 'block',
  content: 'text*',
  parseHTML: () => [{ tag: 'p' }],
  renderHTML: ({ HTMLAttributes }) => ['p', HTMLAttributes, 0],
})

const ReaderText = Node.create({
  name: 'text',
  group: 'inline',
})

/** The TipTap extensions that make up the reader's schema. */
export const readerExtensions = [ReaderDocument, ReaderParagraph, ReaderText]

import { ElementType } from 'htmlparser2'
import type { HtmlDocument } from './parseHtml'

type HtmlNode = HtmlDocument['children'][number]

/** The article text of an HTML page, one block (paragraph, heading, list item) per line. */
export interface HtmlText {
  text: string
  /** The first <h1> of the kept text, the likeliest headline. */
  firstHeading: string | null
}

// Never article text: code, embedded objects, and form controls. Not <form> itself: ASP.NET
// WebForms news sites wrap the whole page, article and all, in one.
const droppedTags = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'button', 'select', 'option', 'textarea', 'input', 'dialog',
  // Obvious page boilerplate around the article.
  'nav', 'footer', 'aside',
])
const droppedRoles = new Set(['navigation', 'contentinfo', 'complementary', 'banner', 'search', 'dialog', 'alert'])

const blockTags = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend',
  'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
])

/**
 * Extracts readable text from HTML: script, style, forms and nav/footer/aside boilerplate
 * are dropped (with their contents), as are elements marked `hidden`; entities are decoded;
 * whitespace collapses as a browser would, except inside <pre>; each block element starts
 * a new line, <br> breaks a line, table rows are lines of tab-separated cells (empty ones
 * kept) and ordered list items are numbered ("1. "). No markup or
 * attribute survives, so the result is safe to show as plain text.
 */
export function htmlToText(document: HtmlDocument): HtmlText {
  const lines: string[] = []
  let line = ''
  let firstHeading: string | null = null

  // Inside <pre> a line's indentation is text; elsewhere it is only source formatting.
  const breakLine = (keepIndent = false) => {
    const trimmed = keepIndent ? line.replace(/\s+$/u, '') : line.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '')
    if (trimmed) lines.push(trimmed)
    line = ''
  }

  const walk = (node: HtmlNode | HtmlDocument, inPre: boolean) => {
    if (node.type === ElementType.Text) {
      if (inPre) {
        const [first, ...rest] = node.data.split(/\r\n?|\n/)
        line += first
        for (const next of rest) {
          lines.push(line.replace(/\s+$/u, ''))
          line = next
        }
      } else {
        const collapsed = node.data.replace(/[ \t\n\r\f]+/g, ' ')
        line += line.endsWith(' ') || line === '' ? collapsed.replace(/^ /, '') : collapsed
      }
      return
    }
    if (node.type === ElementType.Root || node.type === ElementType.CDATA) {
      for (const child of node.children) walk(child, inPre)
      return
    }
    // Comments and directives are not text.
    if (node.type !== ElementType.Tag && node.type !== ElementType.Script && node.type !== ElementType.Style) return
    const tag = node.name
    const role = node.attribs.role?.toLowerCase()
    if (droppedTags.has(tag) || (role && droppedRoles.has(role)) || 'hidden' in node.attribs) return
    if (tag === 'br') {
      breakLine(inPre)
      return
    }
    if (tag === 'tr') {
      breakLine()
      // One line a row, a tab between cells, empty cells included: a row whose first cell is
      // empty must not shift its values under the wrong headings.
      const cells: string[] = []
      for (const cell of node.children) {
        if (cell.type !== ElementType.Tag || (cell.name !== 'td' && cell.name !== 'th') || 'hidden' in cell.attribs) continue
        const before = lines.length
        for (const child of cell.children) walk(child, inPre)
        breakLine()
        cells.push(lines.splice(before).join(' '))
      }
      if (cells.some(Boolean)) lines.push(cells.join('\t'))
      return
    }
    if (tag === 'ol') {
      // Numbered as a reader sees them: "point 2" must be findable in the text.
      breakLine()
      const start = Number.parseInt(node.attribs.start ?? '1', 10)
      let number = Number.isFinite(start) ? start : 1
      for (const item of node.children) {
        if (item.type === ElementType.Tag && item.name === 'li' && !('hidden' in item.attribs)) {
          line = `${number++}. `
          for (const child of item.children) walk(child, inPre)
          breakLine()
        } else walk(item, inPre)
      }
      return
    }
    if (tag === 'td' || tag === 'th') {
      if (line) line = line.replace(/ $/, '') + '\t'
      for (const child of node.children) walk(child, inPre)
      return
    }
    const block = blockTags.has(tag)
    if (block) breakLine()
    const linesBefore = lines.length
    for (const child of node.children) walk(child, inPre || tag === 'pre')
    if (block) breakLine(inPre || tag === 'pre')
    if (tag === 'h1' && firstHeading === null && lines.length > linesBefore) {
      firstHeading = lines.slice(linesBefore).join(' ')
    }
  }

  walk(document, false)
  breakLine()
  return { text: lines.join('\n'), firstHeading }
}

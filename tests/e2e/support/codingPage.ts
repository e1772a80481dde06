import type { Page } from 'playwright-core'
import type { MarginService } from '../../../electron/service/marginService'
import type { Annotation } from '../../../shared/model'

/** Adds a coder through the first-start dialog ("Who is coding?") and waits for the workspace. */
export async function startAsNewCoder(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Who is coding?' })
  await dialog.waitFor()
  await dialog.getByRole('textbox', { name: /add a new coder|your name/i }).fill(name)
  await dialog.getByRole('button', { name: 'Add coder' }).click()
  await dialog.waitFor({ state: 'detached' })
}

/** Opens a document by its title in the documents list and waits for its text. */
export async function openDocument(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: title }).click()
  await page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 2, name: title }).waitFor()
  await page.getByRole('document', { name: /^Text of/ }).waitFor()
}

/**
 * Selects `text` in the reader with the mouse: presses at the left edge of its first
 * character and releases at the right edge of its last, as a person drags.
 */
/**
 * Selects `text` in the reader by dragging the mouse over it, as a person would. Margin lanes
 * and legends can reflow the text a moment after a code is applied, so the drag is measured
 * on a settled layout and tried again (up to three times) if it selected nothing.
 */
export async function dragSelect(page: Page, text: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    await dragOnce(page, text)
    if ((await page.evaluate(() => String(window.getSelection()))).length > 0) return
    await page.waitForTimeout(250)
  }
  throw new Error(`could not select "${text}" by dragging`)
}

async function dragOnce(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    for (const p of document.querySelectorAll('.article-text p')) {
      const at = (p.textContent ?? '').indexOf(wanted)
      if (at === -1) continue
      const point = (offset: number) => {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
        let left = offset
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (left < node.length) return { node, offset: left }
          left -= node.length
        }
        throw new Error('offset past the paragraph')
      }
      const rectOf = (offset: number) => {
        const { node, offset: o } = point(offset)
        const range = document.createRange()
        range.setStart(node, o)
        range.setEnd(node, o + 1)
        return range.getBoundingClientRect()
      }
      const first = rectOf(at)
      const last = rectOf(at + wanted.length - 1)
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 }
    }
    throw new Error(`"${wanted}" is not in the reader`)
  }, text)
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move(box.x2, box.y2, { steps: 8 })
  await page.mouse.up()
}

/** The coder's live annotations of a document as the service has them (after pending writes land). */
export async function storedAnnotations(service: MarginService, documentId: string, coderId: string): Promise<Annotation[]> {
  return service.handlers['annotations.list']({ documentId, coderIds: [coderId] })
}

/** The reader's highlight elements for distinct annotations. */
export async function highlightIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set([...document.querySelectorAll('.article-text [data-aid]')].map((e) => e.getAttribute('data-aid')!))])
}

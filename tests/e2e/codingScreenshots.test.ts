import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dragSelect, openDocument } from './support/codingPage'
import { demoProjectCopy } from './support/demoProject'
import { saveScreenshot } from './support/screenshots'
import { useE2eSession } from './support/e2eSession'

const e2e = useE2eSession()

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]

/** Coding screens for people to look at: tests/.artifacts/coding-<what>-<width>-<scheme>.png. */
describe('coding screenshots', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const size of SIZES) {
      it(`${size.width}×${size.height} ${colorScheme}`, async () => {
        const session = await e2e.open({ projectDir: await demoProjectCopy(join(e2e.folder.path, `${colorScheme}-${size.width}`)), colorScheme })
        const { page } = session
        const name = (what: string) => `coding-${what}-${size.width}-${colorScheme}`
        await page.setViewportSize(size)
        const dialog = page.getByRole('dialog', { name: 'Who is coding?' })
        await dialog.waitFor()
        await saveScreenshot(page, name('coder-dialog'))
        await dialog.getByRole('option', { name: /Demo coder A/ }).click()
        await dialog.getByRole('button', { name: /^Code as/ }).click()
        await dialog.waitFor({ state: 'detached' })

        await openDocument(page, /^Trump says US and Russia will begin Ukraine negotiations/)
        await page.waitForTimeout(400) // the margin's lanes are measured when idle
        await page.getByRole('document', { name: /^Text of/ }).focus()
        await page.keyboard.press('j')
        await page.keyboard.press('j')
        await page.keyboard.press('j')
        await page.mouse.move(0, 0)
        await page.waitForTimeout(300)
        await saveScreenshot(page, name('overlaps'))
        // The selected stance's status line shows every attribute, cut short if need be, never cut off.
        const status = page.locator('.status-selected')
        expect(await status.getAttribute('title')).toMatch(/^Stance · Actor: .+ · Target: .+ · Polarity: [−+0]/)
        const shown = await status.evaluate((line) => {
          const right = line.getBoundingClientRect().right
          return [...line.querySelectorAll(':scope > span:not(.swatch):not(.status-keys)')].map((span) => {
            const box = span.getBoundingClientRect()
            return { text: span.textContent, visible: box.width >= 40 && box.right <= right + 1 }
          })
        })
        expect(shown.map((s) => s.text?.split(':')[0].replace('·', '').trim())).toEqual(['Actor', 'Target', 'Polarity'])
        expect(shown.every((s) => s.visible)).toBe(true)

        const hovered = page.locator('.article-text [data-aid] [data-aid]').first()
        await hovered.hover()
        await page.locator('.hover-card').waitFor()
        await saveScreenshot(page, name('hover-card'))
        await page.mouse.move(0, 0)

        await dragSelect(page, 'agreed to work together, very closely')
        await page.keyboard.press(' ')
        await page.getByRole('dialog', { name: 'Apply a code' }).waitFor()
        await page.keyboard.type('pol')
        await saveScreenshot(page, name('quick-picker'))
        await page.keyboard.press('Escape')
        await page.getByRole('dialog', { name: 'Apply a code' }).waitFor({ state: 'detached' })

        await dragSelect(page, 'agreed to work together, very closely')
        await page.keyboard.press('s')
        const form = page.getByRole('dialog', { name: /Edit: Stance/ })
        await form.waitFor()
        await page.keyboard.type('Trump')
        await page.keyboard.press('ArrowDown')
        await page.keyboard.press('Enter')
        await page.keyboard.press('Tab')
        await page.keyboard.type('direct')
        await page.keyboard.press('ArrowDown')
        await page.keyboard.press('Enter')
        await page.keyboard.press('Tab')
        await page.keyboard.press('+')
        await saveScreenshot(page, name('stance-popover'))
        await page.keyboard.press('Enter')
        await form.waitFor({ state: 'detached' })

        await page.keyboard.press('?')
        await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor()
        await saveScreenshot(page, name('shortcuts'))
        await page.keyboard.press('Escape')
      })
    }
  }
})

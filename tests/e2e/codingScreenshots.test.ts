import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './support/chromium'
import { demoProjectCopy, dragSelect, openDocument } from './support/codingPage'
import { openMargin } from './support/marginSession'
import { saveScreenshot } from './support/screenshots'
import { tempFolder } from './support/tempFolder'

let browser: Browser
let folder: Awaited<ReturnType<typeof tempFolder>>

beforeAll(async () => {
  browser = await launchChromium()
  folder = await tempFolder()
})

afterAll(async () => {
  await browser?.close()
  await folder?.remove()
})

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]

/** Coding screens for people to look at: tests/.artifacts/coding-<what>-<width>-<scheme>.png. */
describe('coding screenshots', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const size of SIZES) {
      it(`${size.width}×${size.height} ${colorScheme}`, async () => {
        const session = await openMargin(browser, { projectDir: await demoProjectCopy(folder.path), colorScheme })
        const { page } = session
        const name = (what: string) => `coding-${what}-${size.width}-${colorScheme}`
        try {
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
          expect(session.pageErrors).toEqual([])
        } finally {
          await session.close()
        }
      })
    }
  }
})

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './support/chromium'
import { openMargin } from './support/marginSession'

const TESTER = { id: 'tester', name: 'Test coder' }
import { saveScreenshot } from './support/screenshots'
import { describedSeedProject, importedSeedProject } from './support/seedProjects'
import { tempFolder } from './support/tempFolder'

// Screenshots for people to look at (tests/.artifacts/), in both color schemes.
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

describe.each(['light', 'dark'] as const)('screenshots, %s', (colorScheme) => {
  it('the reader with an article open', async () => {
    const session = await openMargin(browser, { projectDir: await describedSeedProject(`${folder.path}/described-${colorScheme}`), colorScheme, coder: TESTER })
    try {
      const { page } = session
      await page.getByRole('option', { name: /Financial Times,/ }).or(page.getByRole('option', { name: /^Trump says US and Russia will begin/ })).first().click()
      await page.getByRole('main', { name: 'Reader' }).getByRole('heading').waitFor()
      await saveScreenshot(page, `reader-${colorScheme}`)
      expect(session.pageErrors).toEqual([])
    } finally {
      await session.close()
    }
  })

  it('the list focused from the keyboard, filtered', async () => {
    const session = await openMargin(browser, { projectDir: await importedSeedProject(`${folder.path}/seeds-${colorScheme}`), colorScheme, coder: TESTER })
    try {
      const { page } = session
      await page.getByRole('searchbox', { name: 'Filter documents' }).fill('00')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await page.keyboard.press('ArrowDown')
      await page.getByRole('main', { name: 'Reader' }).getByRole('heading').waitFor()
      await saveScreenshot(page, `keyboard-${colorScheme}`)
    } finally {
      await session.close()
    }
  })

  it('a read-only project with a damaged file', async () => {
    const dir = await describedSeedProject(`${folder.path}/notices-${colorScheme}`)
    const { writeFile } = await import('node:fs/promises')
    const { ProjectStore } = await import('../../electron/store/projectStore')
    await writeFile(`${dir}/annotations/bob.json`, '{ this is not json')
    const holder = await ProjectStore.open(dir) // holds the lock, as another window would
    const session = await openMargin(browser, { projectDir: dir, colorScheme, coder: TESTER })
    try {
      const { page } = session
      await page.getByRole('status').filter({ hasText: 'Read-only' }).waitFor()
      await page.getByRole('alert').filter({ hasText: 'annotations/bob.json' }).waitFor()
      await page.getByRole('option').nth(2).click()
      await page.getByRole('main', { name: 'Reader' }).getByRole('heading').waitFor()
      await saveScreenshot(page, `notices-${colorScheme}`)
    } finally {
      await session.close()
      await holder.close()
    }
  })

  it('an empty project', async () => {
    const dir = `${folder.path}/empty-${colorScheme}`
    const { ProjectStore } = await import('../../electron/store/projectStore')
    await (await ProjectStore.create(dir, 'New project')).close()
    const session = await openMargin(browser, { projectDir: dir, colorScheme, coder: TESTER })
    try {
      await session.page.getByRole('button', { name: 'Import articles…' }).waitFor()
      await saveScreenshot(session.page, `empty-${colorScheme}`)
    } finally {
      await session.close()
    }
  })

  it('the error state', async () => {
    const session = await openMargin(browser, { projectDir: null, colorScheme, coder: TESTER })
    try {
      await session.page.getByRole('heading', { name: 'Margin could not open the project' }).waitFor()
      await saveScreenshot(session.page, `error-${colorScheme}`)
    } finally {
      await session.close()
    }
  })
})

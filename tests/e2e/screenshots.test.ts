import { describe, expect, it } from 'vitest'
import { saveScreenshot } from './support/screenshots'
import { describedSeedProject, importedSeedProject } from './support/seedProjects'
import { useE2eSession } from './support/e2eSession'

// Screenshots for people to look at (tests/.artifacts/), in both color schemes.
const e2e = useE2eSession()
const TESTER = { id: 'tester', name: 'Test coder' }

describe.each(['light', 'dark'] as const)('screenshots, %s', (colorScheme) => {
  it('the reader with an article open', async () => {
    const session = await e2e.open({ projectDir: await describedSeedProject(`${e2e.folder.path}/described-${colorScheme}`), colorScheme, coder: TESTER })
    const { page } = session
    await page.getByRole('option', { name: /Financial Times,/ }).or(page.getByRole('option', { name: /^Trump says US and Russia will begin/ })).first().click()
    await page.getByRole('main', { name: 'Reader' }).getByRole('heading').waitFor()
    await saveScreenshot(page, `reader-${colorScheme}`)
  })

  it('the list focused from the keyboard, filtered', async () => {
    const session = await e2e.open({ projectDir: await importedSeedProject(`${e2e.folder.path}/seeds-${colorScheme}`), colorScheme, coder: TESTER })
    const { page } = session
    await page.getByRole('searchbox', { name: 'Filter documents' }).fill('00')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('ArrowDown')
    await page.getByRole('main', { name: 'Reader' }).getByRole('heading').waitFor()
    await saveScreenshot(page, `keyboard-${colorScheme}`)
  })

  it('a read-only project with a damaged file', async () => {
    const dir = await describedSeedProject(`${e2e.folder.path}/notices-${colorScheme}`)
    const { writeFile } = await import('node:fs/promises')
    const { ProjectStore } = await import('../../electron/store/projectStore')
    await writeFile(`${dir}/annotations/bob.json`, '{ this is not json')
    const holder = await ProjectStore.open(dir) // holds the lock, as another window would
    const session = await e2e.open({ projectDir: dir, colorScheme, coder: TESTER })
    try {
      const { page } = session
      await page.getByRole('status').filter({ hasText: 'Read-only' }).waitFor()
      await page.getByRole('alert').filter({ hasText: 'annotations/bob.json' }).waitFor()
      await page.getByRole('option').nth(2).click()
      await page.getByRole('main', { name: 'Reader' }).getByRole('heading').waitFor()
      await saveScreenshot(page, `notices-${colorScheme}`)
    } finally {
      await holder.close()
    }
  })

  it('an empty project', async () => {
    const dir = `${e2e.folder.path}/empty-${colorScheme}`
    const { ProjectStore } = await import('../../electron/store/projectStore')
    await (await ProjectStore.create(dir, 'New project')).close()
    const session = await e2e.open({ projectDir: dir, colorScheme, coder: TESTER })
    await session.page.getByRole('button', { name: 'Import articles…' }).waitFor()
    await saveScreenshot(session.page, `empty-${colorScheme}`)
  })

  it('the error state', async () => {
    const session = await e2e.open({ projectDir: null, colorScheme, coder: TESTER })
    await session.page.getByRole('heading', { name: 'Margin could not open the project' }).waitFor()
    await saveScreenshot(session.page, `error-${colorScheme}`)
    // The failed requests log console errors, and only those; they are what this view is about.
    expect(session.pageErrors.every((e) => /status of 400/.test(e))).toBe(true)
    session.pageErrors.length = 0
  })
})

import { join } from 'node:path'
import { beforeAll, describe, it } from 'vitest'
import { MarginService } from '../../electron/service/marginService'
import { actAsCoder, demoProjectCopy } from './support/demoProject'
import { saveScreenshot } from './support/screenshots'
import { useE2eSession } from './support/e2eSession'

// Screenshots of the tool dialogs and views for people to look at (tests/.artifacts/).
const e2e = useE2eSession()
let bFile: string

beforeAll(async () => {
  // coder-b's file from a copy where one of their annotations moved: a merge with content.
  const service = new MarginService()
  await service.openProject(await demoProjectCopy(join(e2e.folder.path, 'coder-b')))
  const [first] = await service.handlers['annotations.list']({ coderIds: ['coder-b'] })
  await service.handlers['annotations.update']({ coderId: 'coder-b', id: first.id, memo: null, attributes: {} })
  bFile = join(e2e.folder.path, 'coder-b.json')
  await service.handlers['team.exportAnnotations']({ coderId: 'coder-b', path: bFile })
  await service.shutdown()
})

const VARIANTS = [
  { colorScheme: 'light', width: 1280, height: 800 },
  { colorScheme: 'dark', width: 1280, height: 800 },
  { colorScheme: 'light', width: 1920, height: 1080 },
  { colorScheme: 'dark', width: 1920, height: 1080 },
] as const

describe.each(VARIANTS)('tool screenshots, $colorScheme $width×$height', ({ colorScheme, width, height }) => {
  it('every tool dialog and view', async () => {
    const name = (view: string) => `tool-${view}-${colorScheme}-${width}`
    const session = await e2e.open({ projectDir: await demoProjectCopy(join(e2e.folder.path, `${colorScheme}-${width}`)), colorScheme })
    const { page } = session
    await page.setViewportSize({ width, height })
    await actAsCoder(session)
    const tools = async (item: string) => {
      await page.getByRole('button', { name: 'Tools' }).click()
      await page.getByRole('menuitem', { name: item }).click()
    }

    await page.getByRole('button', { name: 'Tools' }).click()
    await page.getByRole('menuitem', { name: 'Export data…' }).waitFor()
    await saveScreenshot(page, name('menu'))
    await page.keyboard.press('Escape')

    await tools('Export data…')
    let dialog = page.getByRole('dialog', { name: 'Export data' })
    await dialog.locator('label', { has: page.getByRole('radio', { name: 'Matrix' }) }).click()
    await dialog.getByRole('grid', { name: 'Export preview' }).getByRole('columnheader', { name: 'coder_id' }).waitFor({ timeout: 15_000 })
    await saveScreenshot(page, name('export'))
    await dialog.getByRole('button', { name: 'Close' }).click()

    await tools('Coder package…')
    dialog = page.getByRole('dialog', { name: 'Coder package' })
    await dialog.getByText(/of 5 documents/).waitFor()
    await saveScreenshot(page, name('pack'))
    await dialog.getByRole('button', { name: 'Write package' }).click()
    await dialog.getByRole('status').getByText('Package written').waitFor()
    await saveScreenshot(page, name('pack-written'))
    await dialog.getByRole('button', { name: 'Done' }).click()

    await tools('Export my annotations…')
    dialog = page.getByRole('dialog', { name: 'Export my annotations' })
    await dialog.getByRole('button', { name: 'Export annotations' }).click()
    await dialog.getByRole('status').waitFor()
    await saveScreenshot(page, name('annotations'))
    await dialog.getByRole('button', { name: 'Done' }).click()

    await tools('Merge annotation files…')
    dialog = page.getByRole('dialog', { name: 'Merge annotation files' })
    const chooser = page.waitForEvent('filechooser')
    await dialog.getByRole('button', { name: 'Choose annotation files…' }).click()
    await (await chooser).setFiles(bFile)
    await dialog.getByRole('button', { name: 'Preview' }).click()
    await dialog.getByRole('grid', { name: 'Merge preview per coder' }).waitFor({ timeout: 15_000 })
    await saveScreenshot(page, name('merge'))
    await dialog.getByRole('button', { name: 'Close' }).click()

    await tools('Agreement and adjudication')
    const view = page.getByRole('dialog', { name: 'Agreement' })
    await view.getByRole('grid', { name: 'Agreement per code' }).getByRole('row', { name: /^Economic/ }).waitFor({ timeout: 20_000 })
    await saveScreenshot(page, name('agreement'))
    await view.getByRole('button', { name: 'Matrices of Policy prescription and evaluation' }).click()
    await page.getByRole('dialog', { name: 'Policy prescription and evaluation' }).waitFor()
    await saveScreenshot(page, name('agreement-matrix'))
    await page.keyboard.press('Escape')
    await view.getByRole('button', { name: /^Review \d+ disagreements on Policy prescription/ }).click()
    const drill = page.getByRole('dialog', { name: /^Disagreements/ })
    await drill.getByRole('region', { name: /^Coder B/ }).waitFor()
    await drill.locator('.passage').first().waitFor()
    await page.keyboard.press('b')
    await drill.getByText(/^1 of \d+ resolved$/).waitFor()
    await page.keyboard.press('e')
    await saveScreenshot(page, name('adjudication'))
  })
})

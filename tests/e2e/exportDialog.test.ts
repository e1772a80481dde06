import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import Papa from 'papaparse'
import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './support/chromium'
import { actAsCoder, demoProjectCopy } from './support/demoProject'
import { openMargin, type MarginSession } from './support/marginSession'
import { saveScreenshot } from './support/screenshots'
import { tempFolder } from './support/tempFolder'

let browser: Browser
let folder: Awaited<ReturnType<typeof tempFolder>>
let session: MarginSession | null = null

beforeAll(async () => {
  browser = await launchChromium()
  folder = await tempFolder()
})
afterEach(async () => {
  if (session) expect(session.pageErrors).toEqual([])
  await session?.close()
  session = null
})
afterAll(async () => {
  await browser?.close()
  await folder?.remove()
})

describe('the export dialog', () => {
  it('exports the segments table with semicolons and a BOM into the project’s exports folder', async () => {
    const dir = await demoProjectCopy(join(folder.path, 'demo'))
    session = await openMargin(browser, { projectDir: dir })
    await actAsCoder(session)
    const page = session.page

    await page.getByRole('button', { name: 'Tools' }).click()
    await page.getByRole('menuitem', { name: 'Export data…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export data' })
    const preview = dialog.getByRole('grid', { name: 'Export preview' })
    await expect.poll(() => preview.getByRole('row').count(), { timeout: 15_000 }).toBeGreaterThan(5)
    expect(await preview.getByRole('columnheader', { name: 'document_id' }).count()).toBe(1)
    expect(await preview.getByRole('columnheader', { name: 'quote' }).count()).toBe(1)

    // react-aria hides the native inputs; people (and tests) click their labels.
    await dialog.locator('label', { has: page.getByRole('radio', { name: 'Semicolon' }) }).click()
    await dialog.locator('label', { has: page.getByRole('checkbox', { name: /UTF-8 byte order mark/ }) }).click()
    expect(await dialog.getByRole('radio', { name: 'Semicolon' }).isChecked()).toBe(true)
    expect(await dialog.getByRole('checkbox', { name: /UTF-8 byte order mark/ }).isChecked()).toBe(true)
    const { totalRows } = await session.service.handlers['export.preview']({ options: { table: 'segments' } as never, limit: 1 })
    await expect.poll(() => dialog.getByText(/first 20 of/).textContent()).toContain(`${totalRows} rows`)
    const path = dialog.getByRole('textbox', { name: 'Save as' })
    expect(await path.inputValue()).toBe(`${dir}/exports/segments.csv`)
    await saveScreenshot(page, 'export-dialog-options')

    await dialog.getByRole('button', { name: 'Export', exact: true }).click()
    const status = dialog.getByRole('status')
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain(`Exported ${totalRows} rows`)
    expect(await status.textContent()).toContain(join(dir, 'exports', 'segments.dictionary.csv'))
    await saveScreenshot(page, 'export-dialog-done')

    const bytes = await readFile(join(dir, 'exports', 'segments.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, delimiter: ';', skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toHaveLength(totalRows)
    expect(parsed.meta.fields).toContain('quote')
    const annotations = await session.service.handlers['annotations.list']({})
    const first = parsed.data.find((row) => row.annotation_id === annotations.find((a) => a.start !== null)!.id)!
    const source = annotations.find((a) => a.id === first.annotation_id)!
    expect(first.quote.replace(/^'/, '')).toBe(source.quote)
    expect(Number(first.start)).toBe(source.start)
    expect((await stat(join(dir, 'exports', 'segments.dictionary.csv'))).size).toBeGreaterThan(100)
  })
})

import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { actAsCoder, demoProjectCopy } from './support/demoProject'
import { useE2eSession } from './support/e2eSession'
import { saveScreenshot } from './support/screenshots'

const e2e = useE2eSession()

describe('the export dialog', () => {
  it('exports the segments table with semicolons and a BOM into the project’s exports folder', async () => {
    const dir = await demoProjectCopy(join(e2e.folder.path, 'demo'))
    const session = await e2e.open({ projectDir: dir })
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

import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ProjectStore } from '../../electron/store/projectStore'
import { useE2eSession } from './support/e2eSession'

const TESTER = { id: 'tester', name: 'Test coder' }
import { saveScreenshot } from './support/screenshots'

const e2e = useE2eSession()

const CSV = [
  'headline,body,outlet,published,words_estimate,paywalled',
  '"Talks to begin","Trump said talks would begin “immediately”.\nPutin agreed.",FT,2025-02-12,9,true',
  '"Kyiv worried","Zelensky said Ukraine must be at the table — ½ of the story.",Wire,2025-02-13,11,false',
  '"Same again","Trump said talks would begin “immediately”.\nPutin agreed.",FT,2025-02-12,9,true',
].join('\r\n')

describe('the import dialog', () => {
  it('imports a CSV with a chosen text column and typed variables, reports the duplicate and a bad file', async () => {
    const store = await ProjectStore.create(join(e2e.folder.path, 'empty'), 'Empty study')
    await store.close()
    const files = join(e2e.folder.path, 'files')
    await import('node:fs/promises').then((fs) => fs.mkdir(files))
    await writeFile(join(files, 'articles.csv'), CSV)
    await writeFile(join(files, 'scan.pdf'), '%PDF-1.4 not really a pdf')
    const session = await e2e.open({ projectDir: store.dir, coder: TESTER })
    const page = session.page

    await page.getByRole('button', { name: 'Import articles…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    const chooser = page.waitForEvent('filechooser')
    await dialog.getByRole('button', { name: 'Choose files…' }).click()
    await (await chooser).setFiles([join(files, 'articles.csv'), join(files, 'scan.pdf')])

    await expect.poll(() => dialog.getByRole('button', { name: /Text column/ }).textContent()).toContain('body')
    await expect.poll(() => dialog.getByRole('button', { name: /Title column/ }).textContent()).toContain('headline')
    const paywalled = dialog.getByRole('checkbox', { name: 'paywalled' })
    expect(await paywalled.isChecked()).toBe(true)
    await dialog.locator('label.checkbox', { hasText: /^paywalled$/ }).click()
    expect(await paywalled.isChecked()).toBe(false)
    await saveScreenshot(page, 'import-dialog-csv')
    await dialog.getByRole('button', { name: /^Import 2/ }).click()

    const status = dialog.getByRole('status')
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/Imported 2 documents, skipped 1 already in the project, 1 could not be read/)
    expect(await dialog.getByRole('list', { name: 'Files that could not be imported' }).textContent()).toMatch(/scan\.pdf/)
    await saveScreenshot(page, 'import-dialog-report')
    await dialog.getByRole('button', { name: 'Done' }).click()

    expect(await page.getByRole('listbox', { name: 'Documents' }).getByRole('option').count()).toBe(2)
    const documents = (await session.service.handlers['documents.list']({})).documents
    expect(documents.map((d) => d.title)).toEqual(['Talks to begin', 'Kyiv worried'])
    expect(documents[0].variables).toEqual({ words_estimate: 9 })
    expect(documents[0].outlet).toBe('FT')
    expect((await session.service.handlers['documents.get']({ id: documents[1].id })).text).toBe(
      'Zelensky said Ukraine must be at the table — ½ of the story.',
    )
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MarginService } from '../../electron/service/marginService'
import { actAsCoder, demoProjectCopy } from './support/demoProject'
import { useE2eSession } from './support/e2eSession'
import { saveScreenshot } from './support/screenshots'

const e2e = useE2eSession()

/** A third coder's annotation file, coded in their own copy of the demo and exported as a coder would. */
async function thirdCoderFile(dir: string, file: string): Promise<string> {
  const service = new MarginService()
  try {
    await service.openProject(await demoProjectCopy(dir))
    const h = service.handlers
    await h['coders.add']({ id: 'coder-c', name: 'Coder C' })
    const [first, second] = (await h['documents.list']({})).documents
    await h['annotations.create']({ coderId: 'coder-c', documentId: first.id, codeId: 'frame-economic', start: 0, end: 20 })
    await h['annotations.create']({ coderId: 'coder-c', documentId: first.id, codeId: 'actor-trump', start: 30, end: 45 })
    await h['annotations.create']({ coderId: 'coder-c', documentId: second.id, codeId: 'frame-security', start: 10, end: 60 })
    await h['team.exportAnnotations']({ coderId: 'coder-c', path: file })
  } finally {
    await service.shutdown()
  }
  return file
}

describe('the merge dialog', () => {
  it('previews a coder’s annotation file per coder, applies it and undoes the merge', async () => {
    const file = await thirdCoderFile(join(e2e.folder.path, 'coder-c-project'), join(e2e.folder.path, 'coder-c.json'))
    const dir = await demoProjectCopy(join(e2e.folder.path, 'lead'))
    const session = await e2e.open({ projectDir: dir })
    await actAsCoder(session)
    const page = session.page

    await page.getByRole('button', { name: 'Tools' }).click()
    await page.getByRole('menuitem', { name: 'Merge annotation files…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Merge annotation files' })
    expect(await dialog.getByRole('button', { name: 'Undo last merge' }).isDisabled()).toBe(true)
    // As a browser user would: the picker sends the file's content, not its path.
    const chooser = page.waitForEvent('filechooser')
    await dialog.getByRole('button', { name: 'Choose annotation files…' }).click()
    await (await chooser).setFiles(file)
    await expect.poll(() => dialog.getByText('coder-c.json').count()).toBe(1)
    await dialog.getByRole('button', { name: 'Preview' }).click()

    const table = dialog.getByRole('grid', { name: 'Merge preview per coder' })
    const row = table.getByRole('row', { name: /Coder C/ })
    await row.waitFor({ timeout: 15_000 })
    expect(await row.textContent()).toContain('new coder')
    const cells = await row.getByRole('gridcell').allTextContents()
    expect(cells[0]).toBe('3') // new
    expect(await dialog.getByRole('status').textContent()).toContain('Preview: nothing has changed yet')
    expect((await session.service.handlers['coders.list']({})).map((c) => c.id)).not.toContain('coder-c')
    await saveScreenshot(page, 'merge-dialog-preview')

    await dialog.getByRole('button', { name: 'Apply merge' }).click()
    await expect.poll(() => dialog.getByRole('status').first().textContent(), { timeout: 15_000 }).toContain('Merged.')
    const merged = (await session.service.handlers['annotations.list']({ coderIds: ['coder-c'] })).filter((a) => !a.deleted)
    expect(merged).toHaveLength(3)
    expect(await dialog.getByRole('grid', { name: 'Merge result per coder' }).getByRole('row', { name: /Coder C/ }).count()).toBe(1)
    await saveScreenshot(page, 'merge-dialog-applied')

    await dialog.getByRole('button', { name: 'Undo last merge' }).click()
    await expect.poll(() => dialog.getByRole('status').first().textContent(), { timeout: 15_000 }).toMatch(/Undid merge/)
    expect((await session.service.handlers['coders.list']({})).map((c) => c.id)).not.toContain('coder-c')
    await expect.poll(() => dialog.getByRole('region', { name: 'Merge history' }).textContent()).toContain('undone')
  })
})

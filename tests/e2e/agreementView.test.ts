import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { actAsCoder, demoProjectCopy } from './support/demoProject'
import { useE2eSession } from './support/e2eSession'
import { saveScreenshot } from './support/screenshots'

const e2e = useE2eSession()

/** The demo project opened as its first coder, with Tools → Agreement and adjudication open. */
async function openAgreementView(folder: string) {
  const session = await e2e.open({ projectDir: await demoProjectCopy(join(e2e.folder.path, folder)) })
  await actAsCoder(session)
  const page = session.page
  await page.getByRole('button', { name: 'Tools' }).click()
  await page.getByRole('menuitem', { name: 'Agreement and adjudication' }).click()
  return { session, page, view: page.getByRole('dialog', { name: 'Agreement' }) }
}

describe('the agreement view', () => {
  it('shows codes × coefficients with flags at paragraph level, exports the report and drills into a disagreement side by side', async () => {
    const { session, page, view } = await openAgreementView('demo')

    expect(await view.getByRole('radio', { name: 'Paragraph' }).isChecked()).toBe(true)
    const table = view.getByRole('grid', { name: 'Agreement per code' })
    const economic = table.getByRole('row', { name: /^Economic/ })
    await economic.waitFor({ timeout: 20_000 })
    const expected = await session.service.handlers['agreement.compute']({ unit: 'paragraph' })
    const alpha = expected.codes.find((c) => c.codeId === 'frame-economic')!.report!.krippendorff_alpha!
    expect(await economic.textContent()).toContain(alpha.toFixed(3))
    expect(await economic.textContent()).toContain('Reliable')
    expect(await table.getByRole('row', { name: /^Capacity and resources/ }).textContent()).toContain('Below .667')
    expect(await table.getByRole('row', { name: /^Security and defense/ }).textContent()).toContain('Tentative')
    expect(await table.getByRole('row', { name: /^Overall/ }).count()).toBe(1)
    await saveScreenshot(page, 'agreement-table')

    await table.getByRole('button', { name: 'Matrices of Security and defense' }).click()
    await page.getByRole('dialog', { name: 'Security and defense' }).getByText(/Confusion matrix/).waitFor()
    await saveScreenshot(page, 'agreement-matrix')
    await page.keyboard.press('Escape')

    const download = page.waitForEvent('download')
    await view.getByRole('button', { name: 'Export report (CSV)' }).click()
    const csv = await readFile(await (await download).path(), 'utf8')
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data
    expect(Number(rows.find((r) => r.code_id === 'frame-economic')!.krippendorff_alpha)).toBeCloseTo(alpha, 12)
    expect(rows.at(-1)!.scope).toBe('overall')

    await table.getByRole('button', { name: /^Review \d+ disagreements on Security and defense$/ }).click()
    const drill = page.getByRole('dialog', { name: 'Disagreements: Security and defense' })
    const a = drill.getByRole('region', { name: /^Coder A: Demo coder A/ })
    const b = drill.getByRole('region', { name: /^Coder B: Demo coder B/ })
    await a.waitFor()
    const { items } = await session.service.handlers['agreement.disagreements']({ unit: 'paragraph', codeId: 'frame-security' })
    const first = items[0]
    const quoteOf = (coder: string) => first.annotations[coder][0]?.quote
    const applied = first.values['coder-a'] === 1 ? a : b
    await expect.poll(() => applied.getByRole('list').textContent()).toContain(quoteOf(first.values['coder-a'] === 1 ? 'coder-a' : 'coder-b')!)
    expect(await applied.locator('mark').count()).toBeGreaterThan(0)
    expect(await (applied === a ? b : a).textContent()).toContain('did not apply it')
    await saveScreenshot(page, 'agreement-disagreement')
  })

  it('resolves two disagreements from the keyboard into the consensus coder, and undoes one', async () => {
    const { session, page, view } = await openAgreementView('adjudicate')
    const { items } = await session.service.handlers['agreement.disagreements']({ unit: 'paragraph', codeId: 'frame-security' })
    // Accept whoever applied the code, so each resolution writes a consensus annotation.
    const keys = items.slice(0, 2).map((d) => (d.values['coder-a'] === 1 ? 'a' : 'b'))

    await view.getByRole('button', { name: /^Review \d+ disagreements on Security and defense$/ }).click({ timeout: 20_000 })
    const drill = page.getByRole('dialog', { name: 'Disagreements: Security and defense' })
    await drill.getByRole('region', { name: /^Coder A/ }).waitFor()
    await expect.poll(() => drill.getByText(/^0 of \d+ resolved$/).count()).toBe(1)

    await page.keyboard.press(keys[0])
    await expect.poll(() => drill.getByText(/^1 of \d+ resolved$/).count()).toBe(1)
    await page.keyboard.press(keys[1])
    await expect.poll(() => drill.getByText(/^2 of \d+ resolved$/).count()).toBe(1)
    await saveScreenshot(page, 'adjudication-resolved')

    const consensus = (await session.service.handlers['annotations.list']({ coderIds: ['consensus'] })).filter((x) => !x.deleted)
    const accepted = items.slice(0, 2).flatMap((d, i) => d.annotations[keys[i] === 'a' ? 'coder-a' : 'coder-b'])
    expect(consensus.map((x) => [x.documentId, x.codeId, x.start, x.end]).sort()).toEqual(accepted.map((x) => [x.documentId, x.codeId, x.start, x.end]).sort())
    const page2 = await session.service.handlers['agreement.disagreements']({ unit: 'paragraph', codeId: 'frame-security' })
    expect(page2.resolved).toBe(2)
    expect(page2.items[0].resolution?.action).toBe('accept')

    // Back to the second one (k) and undo it (u).
    await page.keyboard.press('k')
    await page.keyboard.press('u')
    await expect.poll(() => drill.getByText(/^1 of \d+ resolved$/).count()).toBe(1)
    expect((await session.service.handlers['agreement.disagreements']({ unit: 'paragraph', codeId: 'frame-security' })).resolved).toBe(1)

    // Edit the one undone: the form shows the words the typed positions keep, and refuses nonsense.
    await page.keyboard.press('e')
    const form = drill.getByRole('form', { name: 'Edit the consensus annotation' })
    const start = form.getByRole('textbox', { name: 'Start' })
    const end = form.getByRole('textbox', { name: 'End' })
    const second = items[1]
    const { text } = await session.service.handlers['documents.get']({ id: second.documentId })
    const from = Number(await start.inputValue())
    await end.fill(String(from + 12))
    await expect.poll(() => form.locator('.edit-preview').textContent()).toBe(`Keeps ${[...text].slice(from, from + 12).join('')} (positions count characters, as the exported tables do)`)
    await end.fill(String(from))
    await expect.poll(() => form.locator('.edit-preview').textContent()).toBe('End must come after start.')
    expect(await form.getByRole('button', { name: 'Save consensus' }).isDisabled()).toBe(true)
    await end.fill(String(from + 12))
    await saveScreenshot(page, 'adjudication-edit')
    await form.getByRole('button', { name: 'Save consensus' }).click()
    await expect.poll(() => drill.getByText(/^2 of \d+ resolved$/).count()).toBe(1)
    const edited = (await session.service.handlers['annotations.list']({ coderIds: ['consensus'] })).filter((x) => !x.deleted && x.documentId === second.documentId && x.start === from)
    expect(edited.map((x) => x.end)).toEqual([from + 12])
  })

  it('copies the agreements into the consensus beside the settled disagreements, and takes them out again', async () => {
    const { session, page, view } = await openAgreementView('agreed')
    await view.getByRole('button', { name: 'Export report (CSV)' }).and(page.locator(':not([disabled])')).waitFor({ timeout: 20_000 })
    await view.getByRole('button', { name: 'Copy agreements to consensus' }).click()
    const status = view.getByRole('status').filter({ hasText: /coders agree on/ })
    await status.waitFor()
    const live = async () => (await session.service.handlers['annotations.list']({ coderIds: ['consensus'] })).filter((a) => !a.deleted).length
    const copied = Number((await status.textContent())!.match(/copied (\d+)/)![1])
    expect(copied).toBeGreaterThan(0)
    expect(await live()).toBe(copied)
    await saveScreenshot(page, 'agreement-agreed-copied')
    await status.getByRole('button', { name: 'Undo' }).click()
    await view.getByText('The agreed codings were taken out of the consensus again.').waitFor()
    expect(await live()).toBe(0)
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { codePointLength } from '../../shared/text/codePoints'
import { dragSelect, highlightIds, openDocument, startAsNewCoder, storedAnnotations } from './support/codingPage'
import { demoProjectCopy } from './support/demoProject'
import { useE2eSession } from './support/e2eSession'

const e2e = useE2eSession()
let projects = 0

const FT = /^Trump says US and Russia will begin Ukraine negotiations/
const FT_ID = 'doc-480cb99872185794'
const CURLY = 'Washington and Moscow will begin negotiations “immediately”'

async function open() {
  return e2e.open({ projectDir: await demoProjectCopy(join(e2e.folder.path, `demo-${++projects}`)) })
}

describe('coding in the reader', () => {
  it('codes by mouse and by codebook click, fills a stance, writes memos, codes the document, undoes and redoes, and keeps it all over a reload', async () => {
    const { page, service } = await open()
    await startAsNewCoder(page, 'Test Coder')
    await expect.poll(() => page.getByRole('button', { name: /^Coder: Test Coder/ }).count()).toBe(1)
    await openDocument(page, FT)

    // Mouse: select a passage with curly quotes, click a code in the codebook.
    await dragSelect(page, CURLY)
    await page.getByRole('treegrid', { name: 'Codebook' }).getByRole('row', { name: /^Economic/ }).click()
    await expect.poll(async () => (await highlightIds(page)).length).toBe(1)
    await expect.poll(async () => (await storedAnnotations(service, FT_ID, 'test-coder')).length).toBe(1)
    const [economic] = await storedAnnotations(service, FT_ID, 'test-coder')
    expect(economic.codeId).toBe('frame-economic')
    expect(economic.quote).toBe(CURLY)
    const text = (await service.handlers['documents.get']({ id: FT_ID })).text
    expect([...text].slice(economic.start!, economic.end!).join('')).toBe(CURLY)
    expect(economic.end! - economic.start!).toBe(codePointLength(CURLY))

    // Shortcut: a partial word snaps to whole words; "8" is Security and defense.
    await dragSelect(page, 'ussian counterpart Vladimir Pu')
    await page.keyboard.press('8')
    await expect.poll(async () => (await storedAnnotations(service, FT_ID, 'test-coder')).map((a) => a.quote)).toContain('Russian counterpart Vladimir Putin')

    // A stance: s, then actor, target and polarity from the keyboard, Enter.
    await dragSelect(page, 'he and Putin had “agreed to work together, very closely”')
    await page.keyboard.press('s')
    const form = page.getByRole('dialog', { name: /Edit: Stance/ })
    await form.waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox')
    await page.keyboard.type('Putin')
    await expect.poll(() => page.getByRole('listbox', { name: /Actor/ }).getByRole('option').allTextContents()).toEqual(['Vladimir Putin (Kremlin / Russian government)'])
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.type('direct US')
    await expect.poll(() => page.getByRole('listbox', { name: /Target/ }).getByRole('option').count()).toBe(1)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.press('+')
    expect(await form.getByRole('radio', { name: /Supports/ }).isChecked()).toBe(true)
    await page.keyboard.press('Enter')
    await form.waitFor({ state: 'detached' })
    await expect
      .poll(async () => (await storedAnnotations(service, FT_ID, 'test-coder')).find((a) => a.codeId === 'stance')?.attributes)
      .toEqual({ actor: 'actor-putin', target: 'us-russia-talks', polarity: 1 })

    // A memo on the first annotation: click its highlight, type, bold a word, Done.
    await page.locator(`.article-text [data-aid="${economic.id}"]`).first().click()
    const editor = page.getByRole('dialog', { name: /Edit: Economic/ })
    await editor.waitFor()
    const memo = editor.getByRole('textbox', { name: 'Annotation memo' })
    await memo.click()
    await page.keyboard.type('Markets frame, ')
    await editor.getByRole('button', { name: 'Bold' }).click()
    await page.keyboard.type('weakly')
    await editor.getByRole('button', { name: 'Done' }).click()
    await expect.poll(async () => (await storedAnnotations(service, FT_ID, 'test-coder')).find((a) => a.id === economic.id)?.memo?.text).toBe('Markets frame, weakly')
    const stored = (await storedAnnotations(service, FT_ID, 'test-coder')).find((a) => a.id === economic.id)!
    expect(JSON.stringify(stored.memo!.doc)).toContain('"bold"')

    // Document level: tone, status, the document memo.
    const panel = page.getByRole('region', { name: 'This document' })
    await panel.getByRole('radio', { name: /Sceptical/ }).click({ force: true })
    await panel.getByRole('radio', { name: 'Done' }).click({ force: true })
    await panel.getByRole('textbox', { name: 'Document memo' }).click()
    await page.keyboard.type('Lead is a paraphrase of the Truth Social post.')
    await page.getByRole('document', { name: /^Text of/ }).click() // blur saves
    await expect.poll(async () => (await storedAnnotations(service, FT_ID, 'test-coder')).find((a) => a.codeId === 'doc-tone')?.attributes).toEqual({ tone: -1 })
    await expect.poll(async () => (await service.handlers['coders.list']({})).find((c) => c.id === 'test-coder')?.status[FT_ID]).toBe('done')
    await expect.poll(async () => (await service.handlers['documents.getMemo']({ coderId: 'test-coder', documentId: FT_ID })).memo?.text).toBe('Lead is a paraphrase of the Truth Social post.')
    expect(await page.getByRole('option', { name: FT }).getByRole('img', { name: 'Done' }).count()).toBe(1)

    // Undo the tone, then the stance; redo both: each step is a durable write.
    await page.keyboard.press('Control+z')
    await expect.poll(async () => (await storedAnnotations(service, FT_ID, 'test-coder')).some((a) => a.codeId === 'doc-tone')).toBe(false)
    await page.keyboard.press('Control+z')
    await page.keyboard.press('Control+z')
    await expect.poll(async () => (await storedAnnotations(service, FT_ID, 'test-coder')).some((a) => a.codeId === 'stance')).toBe(false)
    await expect.poll(async () => (await highlightIds(page)).length).toBe(2)
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(async () => (await storedAnnotations(service, FT_ID, 'test-coder')).find((a) => a.codeId === 'stance')?.attributes).toEqual({
      actor: 'actor-putin',
      target: 'us-russia-talks',
      polarity: 1,
    })
    await page.keyboard.press('Control+Shift+z')
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(async () => (await storedAnnotations(service, FT_ID, 'test-coder')).find((a) => a.codeId === 'doc-tone')?.attributes).toEqual({ tone: -1 })

    // Reload: the coder is remembered and everything is still there.
    const before = (await storedAnnotations(service, FT_ID, 'test-coder')).map((a) => a.id).sort()
    await page.reload()
    await expect.poll(() => page.getByRole('button', { name: /^Coder: Test Coder/ }).count()).toBe(1)
    await openDocument(page, FT)
    await expect.poll(async () => (await highlightIds(page)).length).toBe(3)
    await expect.poll(() => page.getByRole('region', { name: 'This document' }).getByRole('radio', { name: /Sceptical/ }).isChecked()).toBe(true)
    expect((await storedAnnotations(service, FT_ID, 'test-coder')).map((a) => a.id).sort()).toEqual(before)
    for (const a of await storedAnnotations(service, FT_ID, 'test-coder')) {
      if (a.start !== null) expect([...text].slice(a.start, a.end!).join('')).toBe(a.quote)
    }
  })

  it('codes with the keyboard alone: Shift+arrows, a code key, Space picker, j/k, Enter, Delete, undo', async () => {
    const { page, service } = await open()
    await startAsNewCoder(page, 'Keys Only')
    const list = page.getByRole('listbox', { name: 'Documents' })
    await list.getByRole('option').first().waitFor()
    await list.focus()
    await page.keyboard.press('Home')
    await page.getByRole('document', { name: /^Text of/ }).waitFor()
    const docId = (await service.handlers['documents.list']({})).documents.find((d) => d.title.startsWith('Donald Trump said'))!.id
    const reader = page.getByRole('document', { name: /^Text of/ })
    await reader.focus()
    await page.keyboard.press('Control+Home')
    // The caret starts at the text's top: "Donald Trump said we and Russia…"; select "Donald Tr" → snaps to "Donald Trump".
    for (let i = 0; i < 9; i++) await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('1')
    await expect.poll(async () => (await storedAnnotations(service, docId, 'keys-only')).map((a) => a.quote)).toEqual(['Donald Trump'])

    // Space: the quick picker; type to filter, Enter to apply.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press(' ')
    const picker = page.getByRole('dialog', { name: 'Apply a code' })
    await picker.waitFor()
    await page.keyboard.type('morality')
    await page.keyboard.press('Enter')
    await picker.waitFor({ state: 'detached' })
    await expect.poll(async () => (await storedAnnotations(service, docId, 'keys-only')).map((a) => a.codeId).sort()).toEqual(['frame-economic', 'frame-morality'])

    // j/k walk the annotations; Delete removes the selected one; Ctrl+Z brings it back.
    await page.keyboard.press('j')
    await expect.poll(() => page.locator('.status-selected').textContent()).toContain('Economic')
    await page.keyboard.press('j')
    await expect.poll(() => page.locator('.status-selected').textContent()).toContain('Morality')
    await page.keyboard.press('k')
    await expect.poll(() => page.locator('.status-selected').textContent()).toContain('Economic')
    await page.keyboard.press('Enter')
    await page.getByRole('dialog', { name: /Edit: Economic/ }).waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('dialog', { name: /Edit: Economic/ }).waitFor({ state: 'detached' })
    await page.keyboard.press('Delete')
    await expect.poll(async () => (await storedAnnotations(service, docId, 'keys-only')).map((a) => a.codeId)).toEqual(['frame-morality'])
    await page.keyboard.press('Control+z')
    await expect.poll(async () => (await storedAnnotations(service, docId, 'keys-only')).map((a) => a.codeId).sort()).toEqual(['frame-economic', 'frame-morality'])

    // "?" lists the shortcuts; "n" goes to the next unfinished document.
    await page.keyboard.press('?')
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'detached' })
    await reader.focus()
    const title = await page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 2 }).textContent()
    await page.keyboard.press('n')
    await expect.poll(() => page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 2 }).textContent()).not.toBe(title)
  })

  it('shows other coders overlaid and read-only, named', async () => {
    const { page } = await open()
    await startAsNewCoder(page, 'Viewer')
    await openDocument(page, FT)
    expect((await highlightIds(page)).length).toBe(0)
    await page.getByRole('button', { name: /^Mine/ }).click()
    await page.getByRole('option', { name: 'All coders (overlaid)' }).click()
    await expect.poll(async () => (await highlightIds(page)).length).toBeGreaterThan(20)
    await page.locator('.article-text .hl-other').first().click()
    const card = page.getByRole('dialog', { name: /^Annotation:/ })
    await card.waitFor()
    expect(await card.textContent()).toMatch(/Read-only: only Demo coder [AB]/)
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import { describedSeedProject, importedSeedProject } from './support/seedProjects'
import { useE2eSession } from './support/e2eSession'
import type { MarginSession } from './support/marginSession'

const e2e = useE2eSession()
const TESTER = { id: 'tester', name: 'Test coder' }

let seedProject: string
let session: MarginSession | null = null

const CURLY_SENTENCE = 'President Donald Trump says Washington and Moscow will begin negotiations “immediately” on ending the war in Ukraine'

beforeAll(async () => {
  seedProject = await importedSeedProject(`${e2e.folder.path}/seeds`)
})

async function open(projectDir: string | null) {
  session = await e2e.open({ projectDir, coder: TESTER })
  return session.page
}

describe('the project window', () => {
  it('lists the five seed articles', async () => {
    const page = await open(seedProject)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Trump–Putin call (seed corpus)')
    const list = page.getByRole('listbox', { name: 'Documents' })
    await list.waitFor()
    expect(await list.getByRole('option').count()).toBe(5)
    expect(await page.getByRole('option', { name: /^000_c4cab82b21ae8475/ }).textContent()).toContain('767 words')
  })

  it('shows a clicked article in the reader, curly quotes intact', async () => {
    const page = await open(seedProject)
    await page.getByRole('option', { name: /^000_c4cab82b21ae8475/ }).click()
    const reader = page.getByRole('main', { name: 'Reader' })
    await reader.getByRole('heading', { name: '000_c4cab82b21ae8475' }).waitFor()
    await reader.getByText(CURLY_SENTENCE).waitFor()
    expect(await reader.getByText(CURLY_SENTENCE).isVisible()).toBe(true)
    expect(await reader.getByRole('document').locator('p').count()).toBeGreaterThan(10)

    // Another document opens at its top, wherever the last one was scrolled to.
    await reader.evaluate((element) => (element.scrollTop = 2000))
    await page.getByRole('option', { name: /^004_866eacb20cd65b5a/ }).click()
    await reader.getByRole('heading', { name: '004_866eacb20cd65b5a' }).waitFor()
    expect(await reader.evaluate((element) => element.scrollTop)).toBe(0)
  })

  it('narrows the list as the filter is typed', async () => {
    const page = await open(seedProject)
    const options = page.getByRole('listbox', { name: 'Documents' }).getByRole('option')
    await options.first().waitFor()
    await page.getByRole('searchbox', { name: 'Filter documents' }).fill('004_866')
    await expect.poll(() => options.count()).toBe(1)
    expect(await options.first().textContent()).toMatch(/^004_866eacb20cd65b5a/)
    await page.getByRole('searchbox', { name: 'Filter documents' }).fill('no such article')
    await page.getByText('No documents match.').waitFor()
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect.poll(() => options.count()).toBe(5)
  })

  it('opens a document from the keyboard alone', async () => {
    const page = await open(seedProject)
    const filter = page.getByRole('searchbox', { name: 'Filter documents' })
    await filter.waitFor()
    await filter.focus()
    // Filter → sort picker → order toggle → the list.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const focused = page.locator('[role="option"]:focus')
    expect(await focused.textContent()).toMatch(/^000_/)
    expect(await focused.getAttribute('data-focus-visible')).toBe('true')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('End')
    await page.keyboard.press('ArrowUp')
    const reader = page.getByRole('main', { name: 'Reader' })
    await reader.getByRole('heading', { name: '003_159b3ad281caed05' }).waitFor()
    expect(await page.getByRole('option', { name: /^003_/ }).getAttribute('aria-selected')).toBe('true')
  })

  it('filters by a document variable', async () => {
    const page = await open(await describedSeedProject(`${e2e.folder.path}/described`))
    const options = page.getByRole('listbox', { name: 'Documents' }).getByRole('option')
    await options.first().waitFor()
    await page.getByRole('button', { name: /Variable/ }).click()
    await page.getByRole('option', { name: 'version' }).click()
    await page.getByRole('button', { name: /Value/ }).click()
    await page.getByRole('option', { name: 'variant' }).click()
    await expect.poll(() => options.count()).toBe(2)
    expect(await page.getByText('2 of 5').textContent()).toBe('2 of 5 documents')
  })

  it('collapses and resizes the side panes', async () => {
    const page = await open(seedProject)
    const list = page.getByRole('listbox', { name: 'Documents' })
    await list.waitFor()
    await page.getByRole('button', { name: 'Documents pane' }).click()
    await list.waitFor({ state: 'detached' })
    expect(await page.getByRole('button', { name: 'Documents pane' }).getAttribute('aria-pressed')).toBe('false')
    await page.getByRole('button', { name: 'Documents pane' }).click()
    await list.waitFor()

    const splitter = page.getByRole('separator', { name: 'Resize documents pane' })
    const before = Number(await splitter.getAttribute('aria-valuenow'))
    await splitter.focus()
    await page.keyboard.press('ArrowRight')
    expect(Number(await splitter.getAttribute('aria-valuenow'))).toBe(before + 16)
    const box = (await page.getByRole('region', { name: 'Documents' }).boundingBox())!
    expect(Math.round(box.width)).toBe(before + 16)
    await page.keyboard.press('ArrowLeft')

    await page.getByRole('button', { name: 'Codebook pane' }).click()
    await page.getByRole('treegrid', { name: 'Codebook' }).waitFor({ state: 'detached' })
    await page.getByRole('button', { name: 'Codebook pane' }).click()
    await page.getByRole('treegrid', { name: 'Codebook' }).getByRole('row', { name: /Security and defence/ }).waitFor()
  })

  it('names an unreadable project file in a dismissible notice', async () => {
    const dir = await importedSeedProject(`${e2e.folder.path}/damaged`)
    const { writeFile } = await import('node:fs/promises')
    await writeFile(`${dir}/annotations/bob.json`, '{ this is not json')
    const page = await open(dir)
    const notice = page.getByRole('alert').filter({ hasText: 'annotations/bob.json' })
    await notice.waitFor()
    await page.getByRole('button', { name: 'Dismiss the notice about annotations/bob.json' }).click()
    await notice.waitFor({ state: 'detached' })
    expect(await page.getByRole('listbox', { name: 'Documents' }).getByRole('option').count()).toBe(5)
  })

  it('shows the service’s message when the API fails', async () => {
    const page = await open(null)
    await page.getByRole('heading', { name: 'Margin could not open the project' }).waitFor()
    expect(await page.getByRole('alert').textContent()).toContain('no project is open')
    // The failed requests log console errors; they are the point of this test.
    session!.pageErrors.length = 0
  })
})

import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { codedSeedProject } from './support/codedSeedProject'
import { saveScreenshot } from './support/screenshots'
import { useE2eSession } from './support/e2eSession'
import type { MarginSession } from './support/marginSession'

const e2e = useE2eSession()

let session: MarginSession | null = null
let counter = 0

/** A fresh coded project, opened as Alice, switched to the codebook editor. */
async function openEditor(): Promise<Page> {
  const dir = await codedSeedProject(`${e2e.folder.path}/coded-${++counter}`)
  session = await e2e.open({ projectDir: dir })
  const { page } = session
  await page.evaluate((path) => localStorage.setItem(`margin.coder:${path}`, 'alice'), session.service.project.dir)
  await page.reload()
  await page.getByRole('radio', { name: 'Codebook', exact: true }).click()
  await editor(page).getByRole('treegrid', { name: 'Codebook' }).waitFor()
  return page
}

const editor = (page: Page) => page.getByRole('region', { name: 'Codebook editor' })
const row = (page: Page, name: string) => editor(page).getByRole('row', { name: new RegExp(`^${name}`) })
const codebook = () => session!.service.handlers['codebook.get']({})
const codeNamed = async (name: string) => (await codebook()).codes.find((c) => c.name === name)

async function rowAction(page: Page, code: string, action: string) {
  await editor(page).getByRole('button', { name: `Actions for ${code}`, exact: true }).click()
  await page.getByRole('menuitem', { name: action }).click()
}

describe('the codebook editor', () => {
  it('creates, renames, recolors and gives a shortcut to a code, checking the shortcut', async () => {
    const page = await openEditor()
    await editor(page).getByRole('button', { name: 'New code' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Sanctions')
    await dialog.getByRole('button', { name: 'Create code' }).click()
    await row(page, 'Sanctions').waitFor()
    expect((await codeNamed('Sanctions'))?.groupId).toBe('frames')

    await rowAction(page, 'Sanctions', 'Rename…')
    await page.getByRole('dialog').getByRole('textbox', { name: 'Name' }).fill('Economic sanctions')
    await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click()
    await row(page, 'Economic sanctions').waitFor()

    const detail = editor(page).getByRole('form', { name: 'Economic sanctions' })
    await detail.getByRole('textbox', { name: 'Color (hex)' }).fill('#aa3355')
    await detail.getByRole('textbox', { name: 'Shortcut' }).fill('1')
    await detail.getByText('“1” already applies “Economic consequences”.').waitFor()
    expect(await detail.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true)
    await detail.getByRole('textbox', { name: 'Shortcut' }).fill('k')
    await detail.getByRole('textbox', { name: 'Definition' }).fill('Measures that restrict trade, with "quotes", commas, and <tags>.')
    await detail.getByRole('button', { name: 'Save changes' }).click()
    await expect.poll(async () => (await codeNamed('Economic sanctions'))?.shortcut).toBe('k')
    expect(await codeNamed('Economic sanctions')).toMatchObject({ color: '#aa3355', definition: 'Measures that restrict trade, with "quotes", commas, and <tags>.' })
    expect(await row(page, 'Economic sanctions').getByLabel('shortcut k').isVisible()).toBe(true)
  })

  it('re-parents a code by drag and drop, and back with Move to…', async () => {
    const page = await openEditor()
    // Mouse drag and drop of the row (react-aria's native drag); its handle serves keyboard drag.
    await row(page, 'Humanitarian toll').dragTo(row(page, 'Security and defence'))
    await expect.poll(async () => (await codeNamed('Humanitarian toll'))?.parentId).toBe('frame-security')
    expect(await row(page, 'Humanitarian toll').getAttribute('aria-level')).toBe('3')

    await rowAction(page, 'Humanitarian toll', 'Move to…')
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: /New place/ }).click()
    await page.getByRole('option', { name: 'Inside Frames/Diplomacy and negotiation', exact: true }).click()
    await dialog.getByRole('button', { name: 'Move', exact: true }).click()
    await expect.poll(async () => (await codeNamed('Humanitarian toll'))?.parentId).toBe('frame-diplomacy')
    await rowAction(page, 'Humanitarian toll', 'Move to…')
    await page.getByRole('dialog').getByRole('button', { name: /New place/ }).click()
    await page.getByRole('option', { name: 'Frames (top level)', exact: true }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Move', exact: true }).click()
    await expect.poll(async () => (await codeNamed('Humanitarian toll'))?.parentId).toBe(null)
  })

  it('merges two codes after showing the annotations per coder, and undoes it', async () => {
    const page = await openEditor()
    await expect.poll(() => row(page, 'Donald Trump').getByLabel('5 annotations').count()).toBe(1)
    await rowAction(page, 'Donald Trump', 'Merge into…')
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: /Merge into/ }).click()
    await page.getByRole('option', { name: 'Actors/Volodymyr Zelensky' }).click()
    const table = dialog.getByRole('table', { name: /Annotations that will be moved to “Volodymyr Zelensky”/ })
    expect(await table.getByRole('row').allTextContents()).toEqual(['CoderAnnotations', 'Alice3', 'Bob2'])
    await dialog.getByRole('button', { name: 'Merge 5 annotations' }).click()
    await editor(page).getByText('Merged “Donald Trump” into “Volodymyr Zelensky” — Alice: 3 moved; Bob: 2 moved.').waitFor()
    expect(await codeNamed('Donald Trump')).toBeUndefined()
    await expect.poll(() => row(page, 'Volodymyr Zelensky').getByLabel('5 annotations').count()).toBe(1)

    await editor(page).getByRole('button', { name: 'Undo Merge “Donald Trump” into “Volodymyr Zelensky”' }).click()
    await row(page, 'Donald Trump').waitFor()
    expect((await codeNamed('Donald Trump'))?.id).toBe('actor-trump')
    const usage = await session!.service.handlers['codebook.usage']({})
    expect(usage.codes['actor-trump']).toEqual({ alice: 3, bob: 2 })
  })

  it('shows what an imported codebook file would change before replacing the codebook, and refuses one that drops codes in use', async () => {
    const page = await openEditor()
    const current = await codebook()
    const renamed = current.codes.find((c) => c.name === 'Humanitarian toll')!
    const revised = {
      ...current,
      codes: [
        ...current.codes.map((c) => (c.id === renamed.id ? { ...c, name: 'Humanitarian cost', definition: 'Deaths, injuries and refugees.' } : c)),
        { ...renamed, id: 'frame-sanctions', name: 'Sanctions', parentId: null, shortcut: null, order: 99, aliases: undefined },
      ],
    }
    const file = join(e2e.folder.path, 'revised-codebook.json')
    await writeFile(file, JSON.stringify(revised, null, 2))
    const chooser = page.waitForEvent('filechooser')
    await editor(page).getByRole('button', { name: 'Import…' }).click()
    await (await chooser).setFiles(file)
    const dialog = page.getByRole('dialog', { name: 'Import revised-codebook.json?' })
    await dialog.waitFor()
    expect(await dialog.getByRole('region', { name: 'New codes' }).textContent()).toContain('Sanctions')
    expect(await dialog.getByRole('region', { name: 'Changed codes' }).textContent()).toContain('Humanitarian toll → Humanitarian cost: definition')
    expect(await codeNamed('Humanitarian toll')).toBeDefined()
    await saveScreenshot(page, 'codebook-import-preview')
    await dialog.getByRole('button', { name: 'Replace the codebook' }).click()
    await editor(page).getByText('Imported revised-codebook.json').waitFor()
    expect(await codeNamed('Humanitarian cost')).toMatchObject({ id: renamed.id, definition: 'Deaths, injuries and refugees.' })
    expect(await codeNamed('Sanctions')).toBeDefined()

    const dropping = join(e2e.folder.path, 'dropping.json')
    await writeFile(dropping, JSON.stringify({ ...revised, codes: revised.codes.filter((c) => c.name !== 'Donald Trump') }))
    const again = page.waitForEvent('filechooser')
    await editor(page).getByRole('button', { name: 'Import…' }).click()
    await (await again).setFiles(dropping)
    const refused = page.getByRole('dialog', { name: 'Import dropping.json?' })
    await refused.getByRole('alert').filter({ hasText: 'It cannot be imported: this would remove codes that annotations use' }).waitFor()
    expect(await refused.getByRole('button', { name: 'Replace the codebook' }).isDisabled()).toBe(true)
    await saveScreenshot(page, 'codebook-import-refused')
    await refused.getByRole('button', { name: 'Cancel' }).click()
    expect(await codeNamed('Donald Trump')).toBeDefined()
  })

  it('shows a code’s retrieved segments, filters them by coder and opens one in the reader', async () => {
    const page = await openEditor()
    await rowAction(page, 'Donald Trump', 'Retrieve segments')
    const view = page.getByRole('region', { name: 'Retrieved segments' })
    await view.getByText('5 of 5 segments').waitFor()
    const segments = view.getByRole('list', { name: 'Segments' }).getByRole('listitem')
    expect(await segments.count()).toBe(5)
    await view.getByRole('checkbox', { name: 'Bob' }).click({ force: true })
    await view.getByText('3 of 5 segments').waitFor()
    expect(await segments.count()).toBe(3)
    expect(await segments.first().textContent()).toContain('Alice')
    const title = (await segments.first().getAttribute('aria-label'))!.replace(/^.* in /, '')
    await segments.first().getByRole('button', { name: 'Open in document' }).click()
    await page.getByRole('main', { name: 'Reader' }).getByRole('heading', { name: title }).waitFor()
  })
})

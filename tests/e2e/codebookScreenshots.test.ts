import { describe, expect, it } from 'vitest'
import { codedSeedProject } from './support/codedSeedProject'
import { saveScreenshot } from './support/screenshots'
import { useE2eSession } from './support/e2eSession'

// The codebook editor, its detail pane, the merge confirmation, retrieved segments and the
// printable codebook, in both color schemes at 1280×800 and 1920×1080 (tests/.artifacts/).
const e2e = useE2eSession()

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]

describe.each(['light', 'dark'] as const)('codebook screenshots, %s', (colorScheme) => {
  it('tree, detail pane, merge confirmation, segments and the printable codebook', async () => {
    const dir = await codedSeedProject(`${e2e.folder.path}/shots-${colorScheme}`)
    const session = await e2e.open({ projectDir: dir, colorScheme })
    const { page, service } = session
    await page.evaluate((path) => localStorage.setItem(`margin.coder:${path}`, 'alice'), service.project.dir)
    // Give the stance code a definition, rules, examples and a memo, as a real codebook has.
    const codebook = await service.handlers['codebook.get']({})
    await service.handlers['codebook.update']({
      codebook: {
        ...codebook,
        codes: codebook.codes.map((c) =>
          c.id === 'stance'
            ? {
                ...c,
                definition: 'An actor’s statement for or against a policy, another actor or an outcome (actor → stance → target).',
                inclusion: 'The speaker is identifiable and the statement expresses a position.',
                exclusion: 'Reported facts without an evaluation; the journalist’s own voice.',
                examples: ['Trump wrote that he and Putin had “agreed to work together, very closely”.'],
              }
            : c,
        ),
      },
    })
    await page.reload()
    await page.getByRole('radio', { name: 'Codebook', exact: true }).click()
    const editor = page.getByRole('region', { name: 'Codebook editor' })
    await editor.getByRole('row', { name: /^Donald Trump/ }).getByLabel('5 annotations').waitFor()
    for (const size of SIZES) {
      await page.setViewportSize(size)
      const tag = `${size.width}x${size.height}-${colorScheme}`
      await page.getByRole('radio', { name: 'Codebook', exact: true }).click()
      await editor.getByRole('row', { name: /^Donald Trump/ }).click()
      await editor.getByRole('form', { name: 'Donald Trump' }).waitFor()
      await saveScreenshot(page, `codebook-tree-${tag}`)

      await editor.getByRole('row', { name: 'Stance', exact: true }).click()
      await editor.getByRole('form', { name: 'Stance' }).waitFor()
      await saveScreenshot(page, `codebook-detail-${tag}`)

      await editor.getByRole('button', { name: 'Actions for Donald Trump', exact: true }).click()
      await page.getByRole('menuitem', { name: 'Merge into…' }).click()
      await page.getByRole('dialog').getByRole('button', { name: /Merge into/ }).click()
      await page.getByRole('option', { name: 'Actors/Vladimir Putin' }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Merge 5 annotations' }).waitFor()
      await saveScreenshot(page, `codebook-merge-${tag}`)
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()

      await editor.getByRole('button', { name: 'Actions for group Actors', exact: true }).click()
      await page.getByRole('menuitem', { name: 'Retrieve segments' }).click()
      await page.getByRole('region', { name: 'Retrieved segments' }).getByText('10 of 10 segments').waitFor()
      await saveScreenshot(page, `segments-${tag}`)
    }

    const { html } = await service.handlers['codebook.printable']({})
    const print = await page.context().newPage()
    await print.setViewportSize({ width: 1280, height: 800 })
    await print.setContent(html)
    // A saved file opened in a dark-mode browser: still dark text on white paper.
    expect(await print.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)')
    await saveScreenshot(print, `codebook-printable-${colorScheme}`)
    await print.emulateMedia({ media: 'print' })
    await saveScreenshot(print, `codebook-printable-print-${colorScheme}`)
    await print.close()
  })
})

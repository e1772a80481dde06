import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../support/runCli'
import { tempDir } from '../../support/tempDir'

import { SEED_FILES, SEEDS_DIR as SEEDS } from '../../support/seedCorpus'

describe('margin CLI', () => {
  it('prints help for every command and exits 0', async () => {
    for (const command of [[], ['new'], ['import'], ['info'], ['serve']]) {
      const result = await runCli([...command, '--help'])
      expect(result.code, command.join(' ')).toBe(0)
      expect(result.stdout).toMatch(/Usage: margin/)
    }
  })

  it('creates a project, imports a folder (skipping a duplicate, reporting a bad file) and describes it as JSON', async () => {
    const home = await tempDir()
    const env = { MARGIN_HOME: home }
    const project = join(home, 'study')
    expect((await runCli(['new', project, '--name', 'Ukraine talks'], env)).code).toBe(0)

    const inbox = join(home, 'inbox')
    await mkdir(inbox)
    for (const file of SEED_FILES) await copyFile(join(SEEDS, file), join(inbox, file))
    await copyFile(join(SEEDS, SEED_FILES[0]), join(inbox, 'copy-of-ft.txt'))
    await writeFile(join(inbox, 'broken.txt'), Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x41, 0x00, 0x00]))
    const imported = await runCli(['import', project, inbox, '--json', '--quiet'], env)
    expect(imported.code, imported.stderr).toBe(0)
    const report = JSON.parse(imported.stdout)
    expect(report.imported).toHaveLength(5)
    expect(report.duplicates).toEqual([expect.objectContaining({ sourceName: 'inbox/copy-of-ft.txt' })])
    expect(report.failed).toEqual([{ sourceName: 'inbox/broken.txt', reason: expect.any(String) }])

    const info = await runCli(['info', project, '--json'], env)
    expect(info.code, info.stderr).toBe(0)
    const parsed = JSON.parse(info.stdout)
    expect(parsed.name).toBe('Ukraine talks')
    expect(parsed.documents).toHaveLength(5)
    for (const d of parsed.documents) {
      expect(d).toEqual(expect.objectContaining({ id: expect.stringMatching(/^doc-[0-9a-f]{16}$/), title: expect.any(String), characters: expect.any(Number) }))
      expect(d).toHaveProperty('outlet')
      expect(d).toHaveProperty('date')
    }
    expect(parsed.codes).toEqual([])
    expect(parsed.coders).toEqual([])
  })

  it('fails with exit code 1 and a one-line reason', async () => {
    const home = await tempDir()
    const missing = await runCli(['info', join(home, 'nowhere')], { MARGIN_HOME: home })
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
    expect(missing.stderr).toMatch(/^margin: .*is not a Margin project/)

    const notEmpty = join(home, 'full')
    await mkdir(notEmpty)
    await writeFile(join(notEmpty, 'x.txt'), 'x')
    const created = await runCli(['new', notEmpty], { MARGIN_HOME: home })
    expect(created.code).toBe(1)
    expect(created.stderr).toMatch(/is not empty/)
  })

  it('uses the bundled demo project when no project is given', async () => {
    const home = await tempDir()
    const info = await runCli(['info', '--json'], { MARGIN_HOME: home })
    expect(info.code, info.stderr).toBe(0)
    expect(info.stderr).toMatch(/using the demo project/)
    const parsed = JSON.parse(info.stdout)
    expect(parsed.demo).toBe(true)
    expect(parsed.documents).toHaveLength(5)
    expect(parsed.coders.length).toBeGreaterThanOrEqual(2)
    expect(parsed.codes.filter((c: { group: string }) => c.group === 'Frames')).toHaveLength(15)
  })
})

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_SEPARATOR } from '../../../shared/codebook/codebookCsv'
import { tempDir } from '../../support/tempDir'
import { testCode as code } from '../../support/codebookFixtures'
import { openService, RICH_CODEBOOK, richProject } from './codebookProject'

let close: (() => Promise<void>) | null = null
afterEach(async () => {
  await close?.()
  close = null
})

async function setup() {
  const dir = await richProject(await tempDir())
  const opened = await openService(dir)
  close = () => opened.service.shutdown()
  return { ...opened, dir, codebookFile: () => readFile(join(dir, 'codebook.json'), 'utf8') }
}

const TRICKY = 'Threats, "armies"; commas, and\nnew lines\r\nand a ""quoted"" word — ünïcode 🇺🇦, =SUM(A1)'

describe('codebook JSON', () => {
  it('round-trips: export (codebook.get) then import gives the same codebook', async () => {
    const { call, codebookFile } = await setup()
    const before = await codebookFile()
    const exported = JSON.stringify(await call('codebook.get', {}))
    const report = await call('codebook.importJson', { json: exported })
    expect(report.codebook).toEqual(JSON.parse(exported))
    expect(await codebookFile()).toBe(before)
  })

  it.each([
    ['not JSON', '{ nope', /the file is not JSON/],
    ['a bad color', JSON.stringify({ ...RICH_CODEBOOK, codes: [code('a', 'A', 'frames', 0, { color: 'red' })] }), /codes\.0\.color/],
    ['a duplicate id', JSON.stringify({ ...RICH_CODEBOOK, codes: [code('a', 'A', 'frames', 0), code('a', 'B', 'frames', 1)] }), /two codes have the id "a"/],
    ['a missing parent', JSON.stringify({ ...RICH_CODEBOOK, codes: [code('a', 'A', 'frames', 0, { parentId: 'zz' })] }), /"A" \(a\) has parent "zz", which does not exist/],
    ['a parent in another group', JSON.stringify({ ...RICH_CODEBOOK, codes: [code('a', 'A', 'frames', 0), code('b', 'B', 'actors', 0, { parentId: 'a' })] }), /is in group "actors" but its parent "A" is in "frames"/],
    ['a cycle', JSON.stringify({ ...RICH_CODEBOOK, codes: [code('a', 'A', 'frames', 0, { parentId: 'b' }), code('b', 'B', 'frames', 0, { parentId: 'a' })] }), /is its own ancestor/],
    ['a shared shortcut', JSON.stringify({ ...RICH_CODEBOOK, codes: [code('a', 'A', 'frames', 0, { shortcut: 'k' }), code('b', 'B', 'frames', 1, { shortcut: 'K' })] }), /shortcut "K" is used by both "A" \(a\) and "B" \(b\)/],
    ['a repeated option value', JSON.stringify({ ...RICH_CODEBOOK, codes: [code('a', 'A', 'frames', 0, { attributes: [{ id: 'p', name: 'Polarity', type: 'scale', options: [{ value: 1, label: 'x' }, { value: 1, label: 'y' }], fromGroup: null, default: null, required: false }] })] }), /attribute "Polarity" has the value 1 twice/],
    ['an unknown group', JSON.stringify({ ...RICH_CODEBOOK, codes: [code('a', 'A', 'nowhere', 0)] }), /is in group "nowhere", which does not exist/],
    ['dropping codes in use', JSON.stringify({ ...RICH_CODEBOOK, codes: [] }), /remove codes that annotations use: "Security and defense" \(1\)/],
  ])('refuses %s with a specific error and changes nothing', async (_, json, message) => {
    const { call, codebookFile } = await setup()
    const before = await codebookFile()
    await expect(call('codebook.importJson', { json })).rejects.toThrow(message)
    expect(await codebookFile()).toBe(before)
  })

  it('checks codebook.update the same way', async () => {
    const { call } = await setup()
    const codebook = await call('codebook.get', {})
    const clash = { ...codebook, codes: codebook.codes.map((c) => (c.id === 'actor-putin' ? { ...c, shortcut: '1' } : c)) }
    await expect(call('codebook.update', { codebook: clash })).rejects.toThrow('shortcut "1" is used by both "Security and defense" (frame-security) and "Putin" (actor-putin)')
  })
})

describe('codebook import preview', () => {
  it('lists what an import would add, remove, rename and change, and changes nothing', async () => {
    const { call, codebookFile } = await setup()
    const before = await codebookFile()
    const current = await call('codebook.get', {})
    const unused = current.codes.find((c) => c.id === 'actor-putin')!
    const next = {
      ...current,
      groups: [...current.groups, { id: 'topics', name: 'Topics', kind: 'custom' as const, description: '', order: 9 }],
      codes: [
        ...current.codes
          .filter((c) => c.id !== unused.id)
          .map((c) => (c.id === 'frame-security' ? { ...c, name: 'Security', definition: 'Threats to the state.' } : c.id === 'frame-economy' ? { ...c, color: '#000000', shortcut: null } : c)),
        code('topic-energy', 'Energy', 'topics', 0),
      ],
    }
    const preview = await call('codebook.previewImport', { json: JSON.stringify(next) })
    expect(preview.problems).toEqual([])
    expect(preview.refusal).toBeNull()
    expect(preview.diff).toEqual({
      added: [{ id: 'topic-energy', name: 'Energy', group: 'Topics' }],
      removed: [{ id: unused.id, name: unused.name, group: 'Actors' }],
      changed: [
        { id: 'frame-security', name: 'Security', renamedFrom: 'Security and defense', changes: ['definition'] },
        { id: 'frame-economy', name: 'Economy', renamedFrom: null, changes: ['color', 'shortcut'] },
      ],
      groupsAdded: ['Topics'],
      groupsRemoved: [],
      same: false,
    })
    expect(await codebookFile()).toBe(before)
    const { csv } = await call('codebook.exportCsv', {})
    expect((await call('codebook.previewImport', { csv })).diff?.same).toBe(true)
  })

  it('says why a file would be refused, or why it is not a codebook', async () => {
    const { call } = await setup()
    const current = await call('codebook.get', {})
    const dropping = await call('codebook.previewImport', { json: JSON.stringify({ ...current, codes: current.codes.filter((c) => c.id !== 'frame-security' && c.parentId !== 'frame-security') }) })
    expect(dropping.refusal).toMatch(/remove codes that annotations use: "Security and defense" \(1\)/)
    expect(dropping.diff?.removed.map((c) => c.id)).toContain('frame-security')
    expect(await call('codebook.previewImport', { json: '{ nope' })).toEqual(expect.objectContaining({ diff: null, problems: [expect.stringMatching(/^the file is not JSON/)] }))
    expect((await call('codebook.previewImport', { csv: 'id,name\r\na,A\r\n' })).problems.join()).toMatch(/the column "group" is missing/)
  })
})

describe('codebook CSV', () => {
  it('writes one row per code that papaparse reads back cell by cell, and imports back to the same codebook', async () => {
    const { call } = await setup()
    const codebook = await call('codebook.get', {})
    const edited = {
      ...codebook,
      codes: codebook.codes.map((c) =>
        c.id === 'frame-security' ? { ...c, definition: TRICKY, inclusion: 'a, b', exclusion: '"x"', examples: ['one, "two"', 'line\nbreak'] } : c,
      ),
    }
    await call('codebook.update', { codebook: edited })
    const { csv, fileName } = await call('codebook.exportCsv', {})
    expect(fileName).toBe('test-project-codebook.csv')
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data
    expect(rows).toHaveLength(codebook.codes.length)
    const security = rows.find((r) => r.id === 'frame-security')!
    expect(security).toMatchObject({
      name: 'Security and defense',
      path: 'Frames/Security and defense',
      group: 'frames',
      parent: '',
      color: '#3366aa',
      shortcut: '1',
      level: 'span',
      definition: TRICKY,
      inclusion: 'a, b',
      exclusion: '"x"',
      examples: ['one, "two"', 'line\nbreak'].join(EXAMPLE_SEPARATOR),
    })
    expect(rows.find((r) => r.id === 'frame-military')).toMatchObject({ path: 'Frames/Security and defense/Military', parent: 'frame-security' })
    expect(JSON.parse(rows.find((r) => r.id === 'stance')!.attributes)).toEqual(RICH_CODEBOOK.codes.at(-1)!.attributes)

    // CSV cannot keep \r\n apart from \n in a definition; everything else comes back as it was.
    const expected = await call('codebook.get', {})
    const report = await call('codebook.importCsv', { csv })
    const normalise = (c: typeof expected) => ({
      ...c,
      codes: [...c.codes].sort((a, b) => (a.id < b.id ? -1 : 1)).map((x) => ({ ...x, definition: x.definition.replace(/\r\n/g, '\n') })),
    })
    expect(normalise(report.codebook)).toEqual(normalise(expected))
  })

  it('names the row and column of what is wrong, and changes nothing', async () => {
    const { call, codebookFile } = await setup()
    const before = await codebookFile()
    const { csv } = await call('codebook.exportCsv', {})
    const header = csv.split('\r\n')[0]
    await expect(call('codebook.importCsv', { csv: 'id,name\r\na,A\r\n' })).rejects.toThrow(/the column "group" is missing/)
    await expect(call('codebook.importCsv', { csv: `${header}\r\n"x y","X","","frames","","#123456","","span","","","","",""\r\n` })).rejects.toThrow(
      /row 2: id "x y" may only hold letters/,
    )
    await expect(call('codebook.importCsv', { csv: `${header}\r\n"x","X","","frames","","#123456","","sentence","","","","",""\r\n` })).rejects.toThrow(
      /row 2: level "sentence" is not one of span, document, both/,
    )
    await expect(call('codebook.importCsv', { csv: `${header}\r\n"x","X","","frames","","#123456","","span","","","","","[{"\r\n` })).rejects.toThrow(
      /row 2: attributes is not a valid list/,
    )
    expect(await codebookFile()).toBe(before)
  })
})

describe('codebook.printable', () => {
  it('holds every code, grouped, with paths, rules, examples and attribute values, and escapes HTML', async () => {
    const { call } = await setup()
    const codebook = await call('codebook.get', {})
    const { html, fileName } = await call('codebook.printable', {})
    expect(fileName).toBe('test-project-codebook.html')
    for (const c of codebook.codes) expect(html).toContain(`<code>${c.id}</code>`)
    expect(html).toContain('Frames/Security and defense/Military')
    expect(html).toContain('Threats, &quot;armies&quot;, &lt;weapons&gt; &amp; alliances.')
    expect(html).not.toContain('<weapons>')
    expect(html).toContain('Troops massed, at the border.')
    expect(html).toContain('<b>-1</b> oppose')
    expect(html).toContain('from Actors')
    expect(html).toContain('@media print')
    expect(html).not.toMatch(/<script/i)
  })
})

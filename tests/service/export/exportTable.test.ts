import { spawnSync } from 'node:child_process'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { CodePointIndex } from '../../../shared/text/codePoints'
import { dictionaryColumns, restoreFormulaText, VALID_COLUMN_NAME, type ExportOptionsInput } from '../../../shared/export'
import { exportTable } from '../../../electron/service/export'
import type { ProjectStore } from '../../../electron/store/projectStore'
import { tempDir } from '../../support/tempDir'
import { EXPORT_TEXTS, makeExportProject } from './exportFixtures'

const checkQuotes = fileURLToPath(new URL('./checkQuotes.py', import.meta.url))

async function exported(store: ProjectStore, options: ExportOptionsInput, name = `${options.table}.csv`) {
  const dir = await tempDir('margin-export-')
  const path = join(dir, name)
  const summary = await exportTable(store, options, { path })
  const bytes = await readFile(path)
  const text = bytes.toString('utf8')
  const delimiter = options.delimiter ?? ','
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, newline: '\r\n', skipEmptyLines: false })
  expect(parsed.errors).toEqual([])
  const [header, ...rows] = parsed.data.filter((r, i, all) => !(i === all.length - 1 && r.length === 1 && r[0] === ''))
  const records = rows.map((r) => {
    expect(r).toHaveLength(header.length)
    return Object.fromEntries(header.map((h, i) => [h, r[i]]))
  })
  return { dir, path, summary, bytes, text, header, rows, records }
}

describe('exportTable', () => {
  it('segments: one row per live annotation, every cell as stored, quotes cut by code points', async () => {
    const store = await makeExportProject(await tempDir())
    const { records, summary, header } = await exported(store, { table: 'segments' })
    expect(summary.rows).toBe(records.length)
    expect(records.map((r) => r.annotation_id)).toEqual(['a1', 'a2', 'b1', 'a3', 'a4', 'a5', 'b2', 'a9', 'a6', 'a11', 'a7', 'a8'])
    const coders = await store.coders()
    for (const r of records) {
      const a = coders.get(r.coder_id)!.get(r.annotation_id)!
      const key = r.document_id.replace('doc-', '')
      expect(r.code_id).toBe(a.codeId)
      expect(r.created_at).toBe(a.createdAt)
      if (a.start === null) {
        expect([r.start, r.end, r.quote]).toEqual(['', '', ''])
      } else {
        expect([Number(r.start), Number(r.end)]).toEqual([a.start, a.end])
        expect(restoreFormulaText(r.quote)).toBe(new CodePointIndex(EXPORT_TEXTS[key]).slice(a.start, a.end!))
        expect(restoreFormulaText(r.quote)).toBe(a.quote)
      }
    }
    expect(records[1]).toEqual({
      document_id: 'doc-quotes', title: 'Title quotes', outlet: 'Daily “Paper”', date: '2025-02-10', author: '', url: '', language: 'en',
      outlet_type: 'newspaper', wordy: '0', derived: '0', if_v: 'x', coder_id: 'alice', coder_name: 'Alice', annotation_id: 'a2',
      code_id: 'stance', code_name: 'Stance', code_path: 'Stances/Stance', group: 'Stances', group_kind: 'stances', start: '55', end: '68',
      quote: 'Putin agreed.', memo: `'=HYPERLINK("x")\nsecond line`, stance_actor: 'actor-putin', stance_actor_name: 'Vladimir Putin',
      stance_target: 'talks', stance_polarity: '1', created_at: '2025-03-01T10:00:00.000Z', updated_at: '2025-03-01T10:00:00.000Z',
    })
    const emoji = records.find((r) => r.annotation_id === 'a4')!
    expect([emoji.start, emoji.end, emoji.quote]).toEqual(['8', '19', '🤝 met. Café'])
    expect(records.find((r) => r.annotation_id === 'a6')!.quote).toBe('“quoted”,\nsecond line; with a semicolon\n\nThird 🇺🇦')
    expect(records.find((r) => r.annotation_id === 'a9')!).toMatchObject({ code_path: 'Document/Negative tone', start: '', end: '', quote: '' })
    expect(header).not.toContain('consensus')
    expect(records.some((r) => r.coder_id === 'consensus')).toBe(false)
  })

  it('passes the Python check: text[start:end] == quote for every row (comma, and semicolon with BOM)', async () => {
    const store = await makeExportProject(await tempDir())
    for (const options of [{ table: 'segments' }, { table: 'segments', delimiter: ';', bom: true }] as ExportOptionsInput[]) {
      const { path, records } = await exported(store, options)
      const run = spawnSync('python3', [checkQuotes, path, store.dir, options.delimiter ?? ','], { encoding: 'utf8' })
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(Number(run.stdout.trim())).toBe(records.filter((r) => r.start !== '').length)
      expect(Number(run.stdout.trim())).toBe(11)
    }
  })

  it('matrix: presence, count and share per document and coder, missing where a coder has not started', async () => {
    const store = await makeExportProject(await tempDir())
    const codes = ['frames_economic', 'frames_security_and_defense', 'actors_us_administration', 'actors_donald_trump', 'actors_vladimir_putin', 'stances_stance', 'document_negative_tone']
    const presence = await exported(store, { table: 'matrix' })
    expect(presence.header.slice(-codes.length - 4)).toEqual(['characters', 'coder_id', 'coder_name', 'status', ...codes])
    const cells = (rows: Record<string, string>[]) => rows.map((r) => [r.document_id, r.coder_id, r.status, ...codes.map((c) => r[c])].join(' '))
    expect(cells(presence.records)).toEqual([
      'doc-quotes alice done 0 1 0 0 0 1 0',
      'doc-quotes bob done 0 1 0 0 0 0 0',
      'doc-emoji alice in-progress 1 0 0 1 0 0 0',
      'doc-emoji bob not-started 0 0 0 0 0 1 0',
      'doc-lines alice in-progress 0 1 0 0 0 1 1',
      `doc-lines bob not-started${' '.repeat(7)}`,
      'doc-formula alice in-progress 1 1 0 0 0 0 0',
      `doc-formula bob not-started${' '.repeat(7)}`,
    ])
    const count = await exported(store, { table: 'matrix', value: 'count', coders: ['alice'] })
    expect(cells(count.records)[1]).toBe('doc-emoji alice in-progress 2 0 0 1 0 0 0')
    const share = await exported(store, { table: 'matrix', value: 'share', coders: ['alice'], groups: ['frames', 'Document'] })
    const emoji = share.records[1]
    // a3 [0,14) and a4 [8,19) overlap: 19 code points of 58.
    expect(Number(emoji.frames_economic)).toBe(19 / 58)
    expect(emoji.frames_economic).toBe(String(19 / 58))
    expect(share.records[2].document_negative_tone).toBe('1')
    expect(share.header).not.toContain('stances_stance')
    const consensus = await exported(store, { table: 'matrix', consensus: true })
    expect(cells(consensus.records)[0]).toBe('doc-quotes consensus done 0 1 0 0 0 0 0')
  })

  it('documents: metadata, length, a status and count per coder, the text only with withText', async () => {
    const store = await makeExportProject(await tempDir())
    const plain = await exported(store, { table: 'documents' })
    expect(plain.header).not.toContain('text')
    expect(plain.records[1]).toMatchObject({ document_id: 'doc-emoji', characters: '58', status_alice: 'in-progress', n_alice: '3', status_bob: 'not-started', n_bob: '1', derived: '1' })
    expect(plain.records[3].title).toBe("'=1+1")
    const withText = await exported(store, { table: 'documents', withText: true, coders: ['bob'], where: [{ variable: 'outlet_type', value: 'newspaper' }] })
    expect(withText.records.map((r) => [r.document_id, r.text])).toEqual([
      ['doc-quotes', EXPORT_TEXTS.quotes],
      ['doc-lines', EXPORT_TEXTS.lines],
    ])
    expect(withText.header.filter((h) => h.startsWith('status_'))).toEqual(['status_bob'])
  })

  it('codebook: every code in codebook order with path, group and rules', async () => {
    const store = await makeExportProject(await tempDir())
    const { records } = await exported(store, { table: 'codebook' })
    expect(records.map((r) => r.code_path)).toEqual([
      'Frames/Economic', 'Frames/Security and defense', 'Actors/US administration', 'Actors/US administration/Donald Trump',
      'Actors/Vladimir Putin', 'Stances/Stance', 'Document/Negative tone',
    ])
    expect(records[1]).toMatchObject({ code_id: 'frame-security', group: 'Frames', group_kind: 'frames', inclusion: 'Troops, weapons.', exclusion: "'=cmd|calc", examples: 'One\nTwo' })
    expect(records[5].attributes).toContain('polarity (Polarity; scale: -1=Opposes; 0=Neutral; 1=Supports; required)')
  })

  it('keeps numbers numeric and neutralises formulas in text cells', async () => {
    const store = await makeExportProject(await tempDir())
    const { text, records } = await exported(store, { table: 'segments' })
    expect(text).toContain(',nato,-1,2025-03-01T10:00:00.000Z')
    expect(records.find((r) => r.annotation_id === 'a6')!.stance_polarity).toBe('-1')
    expect(records.find((r) => r.annotation_id === 'a7')!.quote).toBe("'=SUM(1) is")
    expect(records.find((r) => r.annotation_id === 'a8')!.quote).toBe("'-2 degrees")
    for (const r of records) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+@\t\r]/)
  })

  it('gives every table valid, case-insensitively unique column names, all explained in the dictionary', async () => {
    const store = await makeExportProject(await tempDir())
    for (const table of ['segments', 'matrix', 'documents', 'codebook'] as const) {
      const { header, path, summary } = await exported(store, { table, withText: true })
      for (const name of header) expect(name).toMatch(VALID_COLUMN_NAME)
      expect(new Set(header.map((h) => h.toLowerCase())).size).toBe(header.length)
      expect(summary.dictionaryPath).toBe(path.replace(/\.csv$/, '.dictionary.csv'))
      const dictionary = Papa.parse<Record<string, string>>(await readFile(summary.dictionaryPath!, 'utf8'), { header: true, skipEmptyLines: true })
      expect(dictionary.errors).toEqual([])
      expect(dictionary.meta.fields).toEqual(dictionaryColumns.map((c) => c.name))
      expect(dictionary.data.map((d) => d.column)).toEqual(header)
      for (const d of dictionary.data) expect(d.description.length, d.column).toBeGreaterThan(5)
      if (table === 'matrix') expect(dictionary.data.find((d) => d.column === 'actors_donald_trump')).toMatchObject({ code_path: 'Actors/US administration/Donald Trump', value_labels: '[0] absent; [1] present' })
      if (table === 'segments') {
        expect(dictionary.data.find((d) => d.column === 'start')!.unit).toBe('Unicode code points')
        expect(dictionary.data.find((d) => d.column === 'stance_polarity')!.value_labels).toBe('[-1] Opposes; [0] Neutral; [1] Supports')
      }
    }
  })

  it('refuses, before writing anything, two outputs on one file, a folder, or a file of the project itself', async () => {
    const store = await makeExportProject(await tempDir())
    const dir = await tempDir('margin-export-')
    const before = await readFile(join(store.dir, 'margin.json'), 'utf8')
    await mkdir(join(dir, 'folder'))
    const refusals: [Parameters<typeof exportTable>[2], RegExp][] = [
      [{ path: join(dir, 'a.csv'), dictionaryPath: join(dir, 'a.csv') }, /a\.csv is given for two of the table, its data dictionary and the SPSS syntax/],
      [{ path: join(dir, 'b.csv'), dictionaryPath: join(dir, 'folder') }, /folder is a folder: give a file name/],
      [{ path: join(store.dir, 'margin.json') }, /margin\.json is part of the project/],
      [{ path: join(store.dir, 'annotations', 'x.csv') }, /is part of the project/],
      [{ path: join(store.dir, 'adjudication.json') }, /adjudication\.json is part of the project/],
    ]
    for (const [sink, message] of refusals) await expect(exportTable(store, { table: 'segments' }, sink)).rejects.toThrow(message)
    await expect(exportTable(store, { table: 'segments', spss: true }, { path: join(dir, 'c.csv'), dictionaryPath: join(dir, 'c.sps') })).rejects.toThrow(/c\.sps is given for two/)
    expect((await readdir(dir)).sort()).toEqual(['folder'])
    expect(await readFile(join(store.dir, 'margin.json'), 'utf8')).toBe(before)
    // Inside the project's exports/ folder is where the Export dialog suggests writing.
    await exportTable(store, { table: 'segments' }, { path: join(store.dir, 'exports', 'segments.csv') })
    expect(await readdir(join(store.dir, 'exports'))).toEqual(['segments.csv', 'segments.dictionary.csv'])
  })

  it('is deterministic: the same project exports byte-identical files', async () => {
    const store = await makeExportProject(await tempDir())
    for (const options of [
      { table: 'segments', spss: true },
      { table: 'matrix', value: 'share', delimiter: '\t' },
      { table: 'documents', withText: true, bom: true, delimiter: ';' },
      { table: 'codebook' },
    ] as ExportOptionsInput[]) {
      const first = await exported(store, options)
      const second = await exported(store, options)
      expect(second.bytes.equals(first.bytes)).toBe(true)
      expect(await readFile(second.summary.dictionaryPath!)).toEqual(await readFile(first.summary.dictionaryPath!))
    }
    const reopened = await makeExportProject(await tempDir())
    expect((await exported(reopened, { table: 'segments' })).bytes.equals((await exported(store, { table: 'segments' })).bytes)).toBe(true)
  })

  it('writes the BOM and the delimiter asked for, CRLF between records', async () => {
    const store = await makeExportProject(await tempDir())
    const bom = await exported(store, { table: 'codebook', bom: true, delimiter: ';' })
    expect([...bom.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bom.text.split('\r\n')[0]).toBe('\uFEFFcode_id;code_name;code_path;parent_id;group_id;group;group_kind;level;definition;inclusion;exclusion;examples;attributes;memo')
    const plain = await exported(store, { table: 'codebook', delimiter: '\t' })
    expect(plain.bytes[0]).toBe('c'.charCodeAt(0))
    expect(plain.text.split('\r\n')[0].split('\t')).toHaveLength(14)
    expect(plain.text.endsWith('\r\n')).toBe(true)
    const missing = await exported(store, { table: 'segments', missing: 'NA' })
    expect(missing.records[0].memo).toBe('NA')
  })

  it('writes SPSS syntax that names the CSV and labels its values', async () => {
    const store = await makeExportProject(await tempDir())
    const { summary, path } = await exported(store, { table: 'segments', spss: true })
    const sps = await readFile(summary.spssPath!, 'utf8')
    expect(summary.spssPath).toBe(path.replace(/\.csv$/, '.sps'))
    expect(sps).toContain(`/NAME='${path}'.`)
    expect(sps).toMatch(/stance_polarity F11\.0/)
    expect(sps).toContain("/stance_polarity -1 'Opposes' 0 'Neutral' 1 'Supports'")
    // The longest quote (a6): 49 code points, 59 UTF-8 bytes.
    expect(sps).toContain('    quote A59\r\n')
  })

  it('streams to a writable and leaves no file behind when cancelled', async () => {
    const store = await makeExportProject(await tempDir())
    const stream = new PassThrough()
    const chunks: Buffer[] = []
    stream.on('data', (c: Buffer) => chunks.push(c))
    const summary = await exportTable(store, { table: 'segments' }, { stream })
    expect(summary).toMatchObject({ path: null, dictionaryPath: null, rows: 12 })
    expect(Buffer.concat(chunks)).toEqual((await exported(store, { table: 'segments' })).bytes)

    const dir = await tempDir()
    const controller = new AbortController()
    controller.abort()
    await expect(exportTable(store, { table: 'segments' }, { path: join(dir, 'x.csv') }, { signal: controller.signal })).rejects.toThrow('cancelled')
    expect(await readdir(dir)).toEqual([])
  })
})

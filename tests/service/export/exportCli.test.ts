import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/service/dispatch'
import { MarginService } from '../../../electron/service/marginService'
import type { ServiceEvent } from '../../../shared/contract'
import { tempDir } from '../../support/tempDir'
import { makeExportProject } from './exportFixtures'

const repo = fileURLToPath(new URL('../../../', import.meta.url))

function margin(args: string[], home: string) {
  return spawnSync(process.execPath, ['electron/cli/margin.mjs', ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, MARGIN_HOME: home } })
}

describe('margin export', () => {
  it('writes CSV to stdout with --out - and the same bytes to a file', async () => {
    const dir = await tempDir()
    const store = await makeExportProject(dir)
    await store.close()
    const stdout = margin(['export', store.dir, '--table', 'segments', '--delimiter', 'tab', '--coder', 'alice', '--out', '-'], dir)
    expect(stdout.stderr).toBe('Exported 10 segments rows × 29 columns\n')
    expect(stdout.status).toBe(0)
    const parsed = Papa.parse<string[]>(stdout.stdout, { delimiter: '\t', newline: '\r\n', skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toHaveLength(1 + 10)
    expect(new Set(parsed.data.slice(1).map((r) => r[parsed.data[0].indexOf('coder_id')]))).toEqual(new Set(['alice']))

    const out = join(dir, 'segments.tsv')
    const file = margin(['export', store.dir, '--table', 'segments', '--delimiter', 'tab', '--coder', 'alice', '--out', out, '--spss'], dir)
    expect(file.status).toBe(0)
    expect(file.stderr).toContain('Exported 10 segments rows')
    expect(await readFile(out, 'utf8')).toBe(stdout.stdout)
    expect(await readFile(join(dir, 'segments.dictionary.tsv'), 'utf8')).toMatch(/^column\tlabel\t/)
    expect(await readFile(join(dir, 'segments.sps'), 'utf8')).toContain('/DELIMITERS="\\t"')

    const matrix = margin(['export', store.dir, '--table', 'matrix', '--value', 'count', '--group', 'Frames', '--where', 'outlet_type=wire', '--excel', '--out', '-', '-q'], dir)
    expect(matrix.status).toBe(0)
    expect(matrix.stdout.startsWith('\uFEFFdocument_id,')).toBe(true)
    expect(matrix.stdout.split('\r\n')[0]).toMatch(/,frames_economic,frames_security_and_defense$/)
    expect(matrix.stdout.trim().split('\r\n')).toHaveLength(1 + 4)
  })

  it('exits 1 with a one-line reason on bad options', async () => {
    const dir = await tempDir()
    const store = await makeExportProject(dir)
    await store.close()
    const cases: [string[], RegExp][] = [
      [['--table', 'segments', '--coder', 'nobody', '--out', '-'], /unknown coder "nobody"/],
      [['--table', 'segments', '--group', 'Colours', '--out', '-'], /unknown code group "Colours"/],
      [['--table', 'segments'], /--out is required/],
      [['--out', '-'], /--table is required/],
      [['--table', 'segment', '--out', '-'], /unknown table "segment"/],
      [['--table', 'matrix', '--value', 'mean', '--out', '-'], /--value must be/],
      [['--table', 'matrix', '--delimiter', '|', '--out', '-'], /--delimiter must be/],
      [['--table', 'matrix', '--where', 'colour', '--out', '-'], /--where needs variable=value/],
      [['--table', 'matrix', '--consensus', '--coder', 'alice', '--out', '-'], /either --consensus or --coder/],
    ]
    for (const [args, reason] of cases) {
      const run = margin(['export', store.dir, ...args], dir)
      expect(run.status, args.join(' ')).toBe(1)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(reason)
      expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1)
    }
  })
})

describe('export API', () => {
  it('previews and runs an export with progress events', async () => {
    const dir = await tempDir()
    const store = await makeExportProject(dir)
    await store.close()
    const service = new MarginService()
    await service.openProject(store.dir, { readOnly: true })
    const events: ServiceEvent[] = []
    service.onEvent((e) => events.push(e))
    try {
      const preview = (await dispatch(service.handlers, 'export.preview', { options: { table: 'segments' }, limit: 3 })) as {
        columns: { name: string }[]
        rows: unknown[][]
        totalRows: number
      }
      expect(preview.totalRows).toBe(12)
      expect(preview.rows).toHaveLength(3)
      expect(preview.rows[0]).toHaveLength(preview.columns.length)
      expect(preview.columns[0].name).toBe('document_id')

      const path = join(dir, 'matrix.csv')
      const summary = await dispatch(service.handlers, 'export.run', { taskId: 't1', options: { table: 'matrix', value: 'share' }, path })
      expect(summary).toEqual({ table: 'matrix', rows: 8, columns: 22, path, dictionaryPath: join(dir, 'matrix.dictionary.csv'), spssPath: null })
      expect(events).toContainEqual({ type: 'progress', taskId: 't1', done: 8, total: 8, label: 'matrix: 8 of 8 rows' })
      expect((await readFile(path, 'utf8')).split('\r\n')).toHaveLength(1 + 8 + 1)

      await expect(dispatch(service.handlers, 'export.run', { taskId: 't2', options: { table: 'matrix', coders: ['zed'] }, path })).rejects.toMatchObject({
        name: 'UserError',
        message: expect.stringContaining('unknown coder "zed"'),
      })
      await expect(dispatch(service.handlers, 'export.preview', { options: { table: 'tables' } })).rejects.toThrow(/invalid request/)
    } finally {
      await service.shutdown()
    }
  })
})

import { cp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { MarginService } from '../../../electron/service/marginService'
import { runCli } from '../../support/runCli'
import { projectFiles, writeAnnotationFile } from '../../support/teamFixtures'
import { tempDir } from '../../support/tempDir'

const SEEDS = join(import.meta.dirname, '../../../seeds')

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 coders, 12 units.
const KRIPPENDORFF_2011 = 'A,B,C,D\n1,1,,1\n2,2,3,2\n3,3,3,3\n3,3,3,3\n2,2,2,2\n1,2,3,4\n4,4,4,4\n1,1,2,1\n2,2,2,2\n,5,5,5\n,,1,1\n,,3,\n'

describe('margin team commands', () => {
  it('print help and exit 0', async () => {
    for (const command of ['pack', 'unpack', 'annotations', 'merge', 'agreement', 'adjudicate']) {
      const result = await runCli([command, '--help'])
      expect(result.code, command).toBe(0)
      expect(result.stdout).toMatch(/Usage: margin/)
    }
  })

  it('adjudicate lists the demo coders’ disagreements, settles one into the consensus coder and undoes it', async () => {
    const home = await tempDir()
    const env = { MARGIN_HOME: home }
    const lead = join(home, 'lead')
    await cp(SEEDS, lead, { recursive: true })
    const listed = await runCli(['adjudicate', lead, '--unit', 'document', '--json'], env)
    expect(listed.code, listed.stderr).toBe(0)
    const page = JSON.parse(listed.stdout)
    expect(page.total).toBeGreaterThan(0)
    expect(page.resolved).toBe(0)
    const [first] = page.items
    const coder = Object.entries(first.values as Record<string, number>).find(([, v]) => v === 1)![0]

    const settled = await runCli(['adjudicate', lead, '--resolve', first.id, '--accept', coder], env)
    expect(settled.code, settled.stderr).toBe(0)
    expect(settled.stdout).toContain(`Settled ${first.id}: accept (${coder})`)
    const open = JSON.parse((await runCli(['adjudicate', lead, '--unit', 'document', '--open', '--json'], env)).stdout)
    expect(open).toEqual(expect.objectContaining({ total: page.total, resolved: 1 }))
    expect(open.items.map((d: { id: string }) => d.id)).not.toContain(first.id)
    const text = await runCli(['adjudicate', lead, '--unit', 'document'], env)
    expect(text.stdout).toContain(`[settled: accept ${coder}]`)

    const undone = await runCli(['adjudicate', lead, '--undo', first.id], env)
    expect(undone.code, undone.stderr).toBe(0)
    expect(JSON.parse((await runCli(['adjudicate', lead, '--unit', 'document', '--json'], env)).stdout).resolved).toBe(0)

    const wrong = await runCli(['adjudicate', lead, '--resolve', first.id], env)
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toBe('margin: with --resolve, give exactly one of --accept CODER, --both, --neither\n')
  })

  it('pack → unpack → code → export annotations → merge back, end to end', async () => {
    const home = await tempDir()
    const env = { MARGIN_HOME: home }
    const lead = join(home, 'lead')
    await cp(SEEDS, lead, { recursive: true })
    const pack = join(home, 'carol.marginpack')
    const packed = await runCli(['pack', lead, '--coder', 'carol', '--name', 'Carol', '--overlap', '3', '--seed', '42', '--stratify', 'outlet', '--team', 'carol,dave', '--out', pack, '--json'], env)
    expect(packed.code, packed.stderr).toBe(0)
    const assignment = JSON.parse(packed.stdout).assignment
    expect(assignment.overlap).toHaveLength(3)
    const again = await runCli(['pack', lead, '--coder', 'dave', '--overlap', '3', '--seed', '42', '--stratify', 'outlet', '--team', 'carol', 'dave', '--out', join(home, 'dave.marginpack'), '--json'], env)
    expect(JSON.parse(again.stdout).assignment.overlap).toEqual(assignment.overlap)

    const coderDir = join(home, 'carol-project')
    const unpacked = await runCli(['unpack', pack, coderDir], env)
    expect(unpacked.code, unpacked.stderr).toBe(0)

    // Carol codes in her project through the service, as the app would.
    const service = new MarginService()
    await service.openProject(coderDir)
    const documentId = assignment.documents[0]
    const kept = await service.handlers['annotations.create']({ coderId: 'carol', documentId, codeId: 'frame-security', start: 0, end: 20 })
    const gone = await service.handlers['annotations.create']({ coderId: 'carol', documentId, codeId: 'actor-trump', start: 30, end: 40 })
    await service.handlers['annotations.delete']({ coderId: 'carol', id: gone.id })
    await service.handlers['documents.setStatus']({ coderId: 'carol', documentId, status: 'done' })
    await service.shutdown()

    const file = join(home, 'carol.json')
    const exported = await runCli(['annotations', coderDir, '--coder', 'carol', '--out', file], env)
    expect(exported.code, exported.stderr).toBe(0)
    const text = await readFile(file, 'utf8')
    // Compact canonical JSON: one line, sorted keys.
    expect(text.indexOf('\n')).toBe(text.length - 1)
    const sent = JSON.parse(text)
    expect(text).toBe(JSON.stringify(sent) + '\n')
    expect(Object.keys(sent)).toEqual([...Object.keys(sent)].sort())
    expect(sent.annotations).toHaveLength(2)
    expect(Object.keys(sent.documentHashes)).toEqual([documentId])

    const preview = await runCli(['merge', lead, file, '--dry-run', '--json'], env)
    expect(preview.code, preview.stderr).toBe(0)
    expect(JSON.parse(preview.stdout).coders).toEqual([expect.objectContaining({ coderId: 'carol', created: true, new: 2 })])
    const untouched = await projectFiles(lead)
    expect(untouched['annotations/carol.json']).toBeUndefined()

    const merged = await runCli(['merge', lead, file], env)
    expect(merged.code, merged.stderr).toBe(0)
    expect(merged.stdout).toMatch(/carol .*new 2/)
    const afterFirst = await projectFiles(lead)
    const coderFile = JSON.parse(afterFirst['annotations/carol.json'])
    expect(coderFile.annotations.map((a: { id: string; deleted: boolean }) => [a.id, a.deleted]).sort()).toEqual([[gone.id, true], [kept.id, false]].sort())
    expect(coderFile.documentStatus).toEqual({ [documentId]: 'done' })

    const twice = await runCli(['merge', lead, file, '--json'], env)
    expect(JSON.parse(twice.stdout).changed).toBe(false)
    expect(await projectFiles(lead)).toEqual(afterFirst)

    const history = await runCli(['merge', lead, '--history', '--json'], env)
    expect(JSON.parse(history.stdout)).toHaveLength(2)
    // Modes that contradict each other are refused, not picked between.
    const both = await runCli(['merge', lead, '--retry-quarantine', '--undo'], env)
    expect([both.code, both.stderr.trim()]).toEqual([1, 'margin: --undo and --retry-quarantine cannot be combined: choose one'])
    expect(await projectFiles(lead)).toEqual(afterFirst)
    const undone = await runCli(['merge', lead, '--undo'], env)
    expect(undone.code, undone.stderr).toBe(0)
    // The latest merge changed nothing; undoing the first as well removes Carol again.
    expect((await runCli(['merge', lead, '--undo'], env)).code).toBe(0)
    expect(await projectFiles(lead)).toEqual(untouched)
  })

  it('merge says which document memo it kept and which it did not, not only in --json', async () => {
    const home = await tempDir()
    const lead = join(home, 'lead')
    await cp(SEEDS, lead, { recursive: true })
    const env = { MARGIN_HOME: join(home, 'margin-home') }
    const documentId = JSON.parse(await readFile(join(lead, 'documents.json'), 'utf8')).documents[0].id
    const memo = (text: string) => ({ doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }, text })
    const carol = { id: 'carol', name: 'Carol' }
    const first = await writeAnnotationFile(home, 'carol-1.json', carol, [], { documentMemos: { [documentId]: memo('Framed as a deal between two men') }, documentHashes: {} })
    const second = await writeAnnotationFile(home, 'carol-2.json', carol, [], { documentMemos: { [documentId]: memo('Ukraine absent from the lede') }, documentHashes: {} })
    const merged = await runCli(['merge', lead, first, second], env)
    expect(merged.code, merged.stderr).toBe(0)
    expect(merged.stdout).toMatch(/1 document memos differ between versions; one is kept, the other is not \(both are in \.margin\/merges\/.+\.json\):/)
    expect(merged.stdout).toContain(`carol ${documentId}: kept "Ukraine absent from the lede"; not kept "Framed as a deal between two men"`)
  })

  it('reports a malformed annotation file in one line with exit code 1', async () => {
    const home = await tempDir()
    const lead = join(home, 'lead')
    await cp(SEEDS, lead, { recursive: true })
    const bad = join(home, 'bad.json')
    await writeFile(bad, '{"format":"margin-annotations","schemaVersion":1}')
    const result = await runCli(['merge', lead, bad], { MARGIN_HOME: home })
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^margin: bad\.json: not a valid Margin file/)
    const noFiles = await runCli(['merge', lead], { MARGIN_HOME: home })
    expect(noFiles.code).toBe(1)
    expect(noFiles.stderr).toMatch(/name the annotation files/)
  })

  it('agreement --data on Krippendorff (2011)\'s example prints the published nominal alpha .743', async () => {
    const home = await tempDir()
    const csv = join(home, 'k2011.csv')
    await writeFile(csv, KRIPPENDORFF_2011)
    const result = await runCli(['agreement', '--data', csv, '--json'])
    expect(result.code, result.stderr).toBe(0)
    const json = JSON.parse(result.stdout)
    expect(Object.keys(json).slice(0, 8)).toEqual(['units', 'coders', 'percent_agreement', 'cohen_kappa', 'scott_pi', 'fleiss_kappa', 'krippendorff_alpha', 'alpha_ci95'])
    expect(json.units).toBe(12)
    expect(json.coders).toBe(4)
    expect(json.cohen_kappa).toBeNull()
    expect(json.krippendorff_alpha).toBeCloseTo(0.743, 3)
    expect(json.alpha_ci95[0]).toBeLessThan(0.743)
    expect(json.alpha_ci95[1]).toBeGreaterThan(0.743)
    const interval = await runCli(['agreement', '--data', csv, '--level', 'interval', '--json'])
    expect(JSON.parse(interval.stdout).krippendorff_alpha).toBeCloseTo(0.849, 3)
    const bad = await runCli(['agreement', '--data', join(home, 'missing.csv')])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/^margin: .*missing\.csv: no such file/)
  })

  it('agreement --data reads reliability CSVs as spreadsheets save them: windows-1252, UTF-16 with tabs', async () => {
    const home = await tempDir()
    // Two labels that differ only in a letter outside ASCII: read as UTF-8, the windows-1252
    // bytes of both would become "B�rger", one category, and agreement would look higher.
    const rows = [['Müller', 'Ødegård'], ['Bürger', 'Bürger'], ['Börger', 'Börger'], ['Bürger', 'Börger'], ['Staat', 'Staat'], ['Börger', 'Börger'], ['Staat', 'Bürger']]
    const files = {
      'utf8.csv': Buffer.from(rows.map((r) => r.join(',')).join('\n') + '\n'),
      'excel.csv': iconv.encode(rows.map((r) => r.join(';')).join('\r\n') + '\r\n', 'windows-1252'),
      'unicode.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(rows.map((r) => r.join('\t')).join('\r\n') + '\r\n', 'utf-16le')]),
    }
    const results: Record<string, unknown> = {}
    const notes: Record<string, string> = {}
    for (const [name, bytes] of Object.entries(files)) {
      await writeFile(join(home, name), bytes)
      const result = await runCli(['agreement', '--data', join(home, name), '--json', '--no-bootstrap'])
      expect(result.code, `${name}: ${result.stderr}`).toBe(0)
      results[name] = JSON.parse(result.stdout)
      notes[name] = result.stderr
    }
    // A guessed encoding is said (a near miss would garble labels, not statistics); UTF-8 and UTF-16 are not.
    expect(notes['excel.csv']).toMatch(/excel\.csv is not UTF-8; read as windows-1252/)
    expect([notes['utf8.csv'], notes['unicode.txt']]).toEqual(['', ''])
    expect(results['utf8.csv']).toMatchObject({ units: 6, coders: 2, percent_agreement: 4 / 6 })
    expect(results['excel.csv']).toEqual(results['utf8.csv'])
    expect(results['unicode.txt']).toEqual(results['utf8.csv'])
    const binary = join(home, 'binary.csv')
    await writeFile(binary, Buffer.from([0x41, 0x2c, 0x42, 0x0a, 0x00, 0x01, 0x2c, 0x02, 0x0a]))
    const refused = await runCli(['agreement', '--data', binary])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/^margin: binary\.csv: contains NUL bytes/)
  })

  it('agreement on the demo project gives sensible per-code results', async () => {
    const home = await tempDir()
    const result = await runCli(['agreement', '--unit', 'sentence', '--group', 'Frames', '--json'], { MARGIN_HOME: home })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toMatch(/using the demo project/)
    const json = JSON.parse(result.stdout)
    expect(json.coders).toEqual(['coder-a', 'coder-b'])
    expect(json.codes).toHaveLength(15)
    const security = json.codes.find((c: { codeId: string }) => c.codeId === 'frame-security')
    expect(security.report.units).toBeGreaterThan(100)
    expect(security.report.krippendorff_alpha).toBeGreaterThan(0)
    expect(security.report.cohen_kappa).not.toBeNull()
    const text = await runCli(['agreement', '--unit', 'document', '--no-bootstrap'], { MARGIN_HOME: home })
    expect(text.code, text.stderr).toBe(0)
    expect(text.stdout).toMatch(/Overall \(pooled\)/)
  })
})

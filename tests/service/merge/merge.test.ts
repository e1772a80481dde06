import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mergeAnnotationFiles } from '../../../electron/service/merge/applyMerge'
import { undoMerge } from '../../../electron/service/merge/undoMerge'
import { listMerges } from '../../../electron/service/merge/mergeRecord'
import { contentHash, ProjectStore } from '../../../electron/store/projectStore'
import { codePointLength } from '../../../shared/text/codePoints'
import { CODEBOOK, makeProject } from '../../support/projectFixtures'
import { annotationOf, projectFiles, writeAnnotationFile } from '../../support/teamFixtures'
import { tempDir } from '../../support/tempDir'

const BOB = { id: 'bob', name: 'Bob' }
const CAROL = { id: 'carol', name: 'Carol' }
const T1 = '2025-03-01T10:00:00.000Z'
const T2 = '2025-03-02T10:00:00.000Z'
const NEW_TEXT = 'A document the lead has not imported yet.'

async function setup() {
  const dir = await tempDir()
  const store = await makeProject(dir)
  await store.close()
  return { dir, project: join(dir, 'project') }
}

async function merge(project: string, paths: string[], options: { matchCodeNames?: boolean } = {}) {
  const store = await ProjectStore.open(project)
  try {
    return await mergeAnnotationFiles(store, { paths, ...options })
  } finally {
    await store.close()
  }
}

async function annotationsOf(project: string, coder: string) {
  const store = await ProjectStore.open(project, { readOnly: true })
  const list = (await store.coder(coder))?.snapshot().annotations ?? []
  await store.close()
  return list
}

describe('merging annotation files', () => {
  it('adds new coders and their annotations, statuses and memos; merging the same file again changes nothing', async () => {
    const { dir, project } = await setup()
    const a = await writeAnnotationFile(dir, 'bob.json', BOB, [annotationOf('bob', 'b1'), annotationOf('bob', 'b2', { start: 6, end: 10 })], {
      documentStatus: { 'doc-quotes': 'done' },
    })
    const first = await merge(project, [a])
    expect(first.coders).toEqual([expect.objectContaining({ coderId: 'bob', created: true, new: 2, statusesChanged: 1 })])
    expect(first.touched).toEqual(['annotations/bob.json'])
    const after = await projectFiles(project)
    const second = await merge(project, [a])
    expect(second.changed).toBe(false)
    expect(second.coders[0]).toEqual(expect.objectContaining({ new: 0, updated: 0, unchanged: 2 }))
    expect(await projectFiles(project)).toEqual(after)
  })

  it('merges an indented annotation file (as earlier versions wrote them) exactly as the compact one', async () => {
    const { dir, project } = await setup()
    const other = join(dir, 'other')
    await cp(project, other, { recursive: true })
    const compact = await writeAnnotationFile(dir, 'bob.json', BOB, [annotationOf('bob', 'b1'), annotationOf('bob', 'b2', { start: 6, end: 10 })])
    const indented = join(dir, 'bob-indented.json')
    await writeFile(indented, JSON.stringify(JSON.parse(await readFile(compact, 'utf8')), null, 2) + '\n')
    await merge(project, [compact])
    await merge(other, [indented])
    const files = await projectFiles(project)
    expect(Object.keys(files)).toContain('annotations/bob.json')
    expect(await projectFiles(other)).toEqual(files)
  })

  it('gives byte-identical projects whatever the order of files and merges', async () => {
    const { dir, project } = await setup()
    const other = join(dir, 'other')
    const third = join(dir, 'third')
    await cp(project, other, { recursive: true })
    await cp(project, third, { recursive: true })
    // Bob's laptop and Bob's desktop disagree about b1; Carol codes too.
    const laptop = await writeAnnotationFile(dir, 'bob-laptop.json', BOB, [annotationOf('bob', 'b1', { updatedAt: T1 }), annotationOf('bob', 'b2')])
    const desktop = await writeAnnotationFile(dir, 'bob-desktop.json', BOB, [
      annotationOf('bob', 'b1', { start: 2, end: 9, updatedAt: T2 }),
      annotationOf('bob', 'b3', { deleted: true }),
    ], { documentStatus: { 'doc-quotes': 'in-progress', 'doc-emoji': 'done' } })
    const carol = await writeAnnotationFile(dir, 'carol.json', CAROL, [annotationOf('carol', 'c1')], { documentStatus: { 'doc-quotes': 'done' } })
    await merge(project, [laptop, carol])
    await merge(project, [desktop])
    await merge(other, [desktop])
    await merge(other, [carol])
    await merge(other, [laptop])
    await merge(third, [carol, desktop, laptop])
    const files = await projectFiles(project)
    expect(await projectFiles(other)).toEqual(files)
    expect(await projectFiles(third)).toEqual(files)
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['annotations/bob.json', 'annotations/carol.json']))
  })

  it('keeps the later edit and records the other version in the merge report', async () => {
    const { dir, project } = await setup()
    const older = await writeAnnotationFile(dir, 'old.json', BOB, [annotationOf('bob', 'b1', { updatedAt: T1, attributes: {} })])
    const newer = await writeAnnotationFile(dir, 'new.json', BOB, [annotationOf('bob', 'b1', { start: 2, end: 9, updatedAt: T2 })])
    const report = await merge(project, [newer, older])
    const [kept] = await annotationsOf(project, 'bob')
    expect(kept).toEqual(expect.objectContaining({ start: 2, end: 9, updatedAt: T2 }))
    expect(report.conflicts).toEqual([
      expect.objectContaining({ annotationId: 'b1', winner: expect.objectContaining({ updatedAt: T2 }), losers: [{ source: 'old.json', annotation: expect.objectContaining({ start: 0, updatedAt: T1 }) }] }),
    ])
    const record = JSON.parse(await readFile(join(project, '.margin', 'merges', `${report.id}.json`), 'utf8'))
    expect(record.conflicts[0].losers[0].annotation.updatedAt).toBe(T1)
  })

  it('carries deletions as tombstones', async () => {
    const { dir, project } = await setup()
    await merge(project, [await writeAnnotationFile(dir, 'v1.json', BOB, [annotationOf('bob', 'b1')])])
    const report = await merge(project, [await writeAnnotationFile(dir, 'v2.json', BOB, [annotationOf('bob', 'b1', { deleted: true, updatedAt: T2 })])])
    expect(report.coders[0].deleted).toBe(1)
    expect(await annotationsOf(project, 'bob')).toEqual([expect.objectContaining({ id: 'b1', deleted: true })])
  })

  it('quarantines an annotation on a document the lead lacks, reports it, and places it once the document is imported', async () => {
    const { dir, project } = await setup()
    const hash = contentHash(NEW_TEXT)
    const file = await writeAnnotationFile(dir, 'bob.json', BOB, [annotationOf('bob', 'b1'), annotationOf('bob', 'b9', { documentId: 'doc-new', start: 2, end: 10, quote: 'document' })], {
      documentHashes: { 'doc-quotes': contentHash((await import('../../support/projectFixtures')).TEXTS.quotes), 'doc-new': hash },
    })
    const report = await merge(project, [file])
    expect(report.quarantined).toEqual([expect.objectContaining({ annotationId: 'b9', reason: 'document-missing' })])
    expect(report.documents.missing).toEqual([expect.objectContaining({ documentId: 'doc-new', documentHash: hash, annotations: 1 })])
    const quarantine = JSON.parse(await readFile(join(project, 'quarantine.json'), 'utf8'))
    expect(quarantine.annotations.map((e: { annotation: { id: string } }) => e.annotation.id)).toEqual(['b9'])
    expect((await annotationsOf(project, 'bob')).map((a) => a.id)).toEqual(['b1'])

    // The lead imports the document (under another id), then retries the quarantine.
    const store = await ProjectStore.open(project)
    await store.addDocuments([{ text: NEW_TEXT, meta: { ...store.document('doc-quotes')!, id: 'doc-lead-copy', contentHash: hash, characters: codePointLength(NEW_TEXT) } }])
    await store.close()
    const retry = await merge(project, [])
    expect(retry.coders[0]).toEqual(expect.objectContaining({ coderId: 'bob', new: 1, placedFromQuarantine: 1, quarantined: 0 }))
    expect(await annotationsOf(project, 'bob')).toEqual([expect.objectContaining({ id: 'b1' }), expect.objectContaining({ id: 'b9', documentId: 'doc-lead-copy' })])
    await expect(readFile(join(project, 'quarantine.json'))).rejects.toThrow(/ENOENT/)
  })

  it('reads ids that are also names of object properties ("constructor", "toString") as ids', async () => {
    const { dir, project } = await setup()
    // Without hashes or names for them, the document and code are looked up by id only (and are missing).
    const file = await writeAnnotationFile(dir, 'bob.json', BOB, [annotationOf('bob', 'b1'), annotationOf('bob', 'b2', { documentId: 'constructor' }), annotationOf('bob', 'b3', { codeId: 'toString' })])
    const report = await merge(project, [file])
    expect(report.quarantined).toEqual([
      expect.objectContaining({ annotationId: 'b2', reason: 'document-missing', message: 'document constructor is not in this project; import it and merge again' }),
      expect.objectContaining({ annotationId: 'b3', reason: 'code-missing', message: 'code toString is not in the codebook' }),
    ])
    expect(report.documents.missing).toEqual([expect.objectContaining({ documentId: 'constructor', documentHash: null })])
    expect(report.codes.missing).toEqual([{ codeId: 'toString', name: null }])
    expect((await annotationsOf(project, 'bob')).map((a) => a.id)).toEqual(['b1'])
  })

  it('handles a codebook changed after packaging: renamed codes, merged codes (aliases) and name-only matches', async () => {
    const { dir } = await setup()
    const file = await writeAnnotationFile(dir, 'bob.json', BOB, [annotationOf('bob', 'b1')])

    const renamed = await setupWithCodebook(dir, 'renamed', [{ ...CODEBOOK.codes[0], name: 'Security' }])
    const r1 = await merge(renamed, [file])
    expect(r1.codes.renamed).toEqual([{ codeId: 'frame-security', theirName: 'Security and defense', ourName: 'Security' }])
    expect(r1.coders[0].new).toBe(1)

    const aliased = await setupWithCodebook(dir, 'aliased', [{ ...CODEBOOK.codes[0], id: 'frame-defense', name: 'Defense', aliases: ['frame-security'] }])
    const r2 = await merge(aliased, [file])
    expect(r2.codes.aliased).toEqual([{ from: 'frame-security', to: 'frame-defense', name: 'Defense' }])
    expect(await annotationsOf(aliased, 'bob')).toEqual([expect.objectContaining({ id: 'b1', codeId: 'frame-defense' })])

    const recreated = await setupWithCodebook(dir, 'recreated', [{ ...CODEBOOK.codes[0], id: 'frame-security-2' }])
    const r3 = await merge(recreated, [file])
    expect(r3.codes.nameOnly).toEqual([{ codeId: 'frame-security', name: 'Security and defense', matches: 'frame-security-2', applied: false }])
    expect(r3.quarantined).toEqual([expect.objectContaining({ annotationId: 'b1', reason: 'code-name-only' })])
    const r4 = await merge(recreated, [file], { matchCodeNames: true })
    expect(r4.coders[0]).toEqual(expect.objectContaining({ new: 1, placedFromQuarantine: 1 }))
    expect(await annotationsOf(recreated, 'bob')).toEqual([expect.objectContaining({ codeId: 'frame-security-2' })])
  })

  it('undoes a merge byte for byte, and refuses when the files changed since', async () => {
    const { dir, project } = await setup()
    await merge(project, [await writeAnnotationFile(dir, 'v1.json', BOB, [annotationOf('bob', 'b1')])])
    const before = await projectFiles(project)
    const hash = contentHash(NEW_TEXT)
    await merge(project, [await writeAnnotationFile(dir, 'v2.json', BOB, [
      annotationOf('bob', 'b1', { start: 3, end: 8, updatedAt: T2 }),
      annotationOf('bob', 'b9', { documentId: 'doc-new' }),
    ], { documentHashes: { 'doc-new': hash } }), await writeAnnotationFile(dir, 'carol.json', CAROL, [annotationOf('carol', 'c1')])])
    expect(await projectFiles(project)).not.toEqual(before)

    let store = await ProjectStore.open(project)
    const result = await undoMerge(store)
    await store.close()
    expect(result.restored).toEqual(['annotations/bob.json'])
    expect(result.removed.sort()).toEqual(['annotations/carol.json', 'quarantine.json'])
    expect(await projectFiles(project)).toEqual(before)

    // The first merge cannot be undone once Bob's file changed after it (here: by hand).
    store = await ProjectStore.open(project)
    const bob = (await store.coder('bob'))!
    await bob.commit([{ op: 'status', documentId: 'doc-quotes', status: 'done' }])
    await expect(undoMerge(store)).rejects.toThrow(/annotations\/bob\.json changed after merge/)
    await store.close()
  })

  it('keeps the pre-merge copies of the latest ten merges only; older ones say they cannot be undone', async () => {
    const { dir, project } = await setup()
    const ids: string[] = []
    for (let i = 0; i < 11; i++) {
      const file = await writeAnnotationFile(dir, `bob-${i}.json`, BOB, [annotationOf('bob', `b${i}`, { start: i % 5, end: 6 })])
      ids.push((await merge(project, [file])).id!)
    }
    const mergesDir = join(project, '.margin', 'merges')
    const kept = (await readdir(mergesDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name)
    expect(kept.sort()).toEqual(ids.slice(1).sort())
    const store = await ProjectStore.open(project)
    const history = await listMerges(project)
    expect(history.map((m) => Boolean(m.copiesRemovedAt))).toEqual([true, ...Array(10).fill(false)])
    await expect(undoMerge(store, { mergeId: ids[0] })).rejects.toThrow(/can no longer be undone: its pre-merge copies were removed/)
    expect((await undoMerge(store)).mergeId).toBe(ids[10])
    await store.close()
  })

  it('stops at a malformed annotation file, naming it, with nothing changed', async () => {
    const { dir, project } = await setup()
    const good = await writeAnnotationFile(dir, 'good.json', BOB, [annotationOf('bob', 'b1')])
    const before = await projectFiles(project)
    const broken = join(dir, 'broken.json')
    await writeFile(broken, '{"format": "margin-annotations", ')
    await expect(merge(project, [good, broken])).rejects.toThrow(/^broken\.json: not valid JSON/)
    const wrong = join(dir, 'wrong.json')
    await writeFile(wrong, (await readFile(good, 'utf8')).replace('"start":0', '"start":-4'))
    await expect(merge(project, [good, wrong])).rejects.toThrow(/^wrong\.json: not a valid Margin file: annotations\.0\.start/)
    const stranger = join(dir, 'stranger.json')
    await writeFile(stranger, (await readFile(good, 'utf8')).replace('"coderId":"bob"', '"coderId":"eve"'))
    await expect(merge(project, [stranger])).rejects.toThrow(/stranger\.json: annotation b1 belongs to coder "eve"/)
    const newer = join(dir, 'newer.json')
    await writeFile(newer, (await readFile(good, 'utf8')).replace('"schemaVersion":1', '"schemaVersion":2'))
    await expect(merge(project, [newer])).rejects.toThrow('newer.json: made by a newer Margin (schema version 2); this Margin reads up to version 1. Update Margin to open it.')
    expect(await projectFiles(project)).toEqual(before)
  })
})

async function setupWithCodebook(dir: string, name: string, codes: (typeof CODEBOOK)['codes']): Promise<string> {
  const store = await makeProject(join(dir, name))
  await store.saveCodebook({ ...CODEBOOK, codes })
  await store.close()
  return join(dir, name, 'project')
}

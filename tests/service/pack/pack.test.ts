import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createPackage } from '../../../electron/service/pack/createPackage'
import { readPackage, writePackage } from '../../../electron/service/pack/packageFile'
import { readAssignment, unpackPackage } from '../../../electron/service/pack/unpackPackage'
import { ProjectStore } from '../../../electron/store/projectStore'
import { drawOverlapSample, planAssignment, splitAmongCoders } from '../../../shared/team'
import type { DocumentMeta } from '../../../shared/model'
import { tempDir } from '../../support/tempDir'

const SEEDS = join(import.meta.dirname, '../../../seeds')

function corpus(): DocumentMeta[] {
  // 60 documents from three outlets of unequal size: 30, 20, 10.
  return Array.from({ length: 60 }, (_, i) => ({
    id: `doc-${String(i).padStart(3, '0')}`,
    outlet: i < 30 ? 'Times' : i < 50 ? 'Post' : 'Wire',
    variables: { outlet_type: i < 50 ? 'newspaper' : 'wire' },
  })) as unknown as DocumentMeta[]
}

describe('the overlap sample', () => {
  it('is reproducible from its seed and does not depend on import order', () => {
    const docs = corpus().map((d) => ({ id: d.id, stratum: d.outlet }))
    const a = drawOverlapSample(docs, 12, 2025)
    expect(drawOverlapSample(docs, 12, 2025)).toEqual(a)
    expect(drawOverlapSample([...docs].reverse(), 12, 2025).documents.sort()).toEqual([...a.documents].sort())
    expect(drawOverlapSample(docs, 12, 2026).documents).not.toEqual(a.documents)
    expect(a.documents).toHaveLength(12)
  })

  it('is stratified proportionally (largest remainder)', () => {
    const docs = corpus()
    const sample = drawOverlapSample(docs.map((d) => ({ id: d.id, stratum: d.outlet })), 12, 7)
    expect(sample.strata).toEqual([
      { stratum: 'Post', available: 20, drawn: 4 },
      { stratum: 'Times', available: 30, drawn: 6 },
      { stratum: 'Wire', available: 10, drawn: 2 },
    ])
    const outlets = sample.documents.map((id) => docs.find((d) => d.id === id)!.outlet)
    expect(outlets.filter((o) => o === 'Wire')).toHaveLength(2)
    const odd = drawOverlapSample(docs.map((d) => ({ id: d.id, stratum: d.outlet })), 7, 7)
    expect(odd.strata.map((s) => s.drawn)).toEqual([2, 4, 1]) // 2.33, 3.5, 1.17 → largest remainders to Times
  })

  it('splits the rest among the team so every document is coded, overlap by everyone', () => {
    const docs = corpus()
    const team = ['ana', 'ben', 'cy']
    const plans = team.map((coder) => planAssignment(docs, { coder, team, overlap: { size: 6, seed: 3, stratifyBy: 'outlet_type' } }, ['outlet_type']))
    const overlap = plans[0].overlap
    for (const p of plans) expect(p.overlap).toEqual(overlap)
    const own = plans.flatMap((p) => p.documents.filter((d) => !overlap.includes(d)))
    expect(own.sort()).toEqual(docs.map((d) => d.id).filter((id) => !overlap.includes(id)).sort())
    expect(plans.map((p) => p.documents.length - 6)).toEqual([18, 18, 18])
    expect(splitAmongCoders(['x', 'y', 'z'], ['a', 'b'], 1)).toEqual(splitAmongCoders(['x', 'y', 'z'], ['a', 'b'], 1))
    expect(() => planAssignment(docs, { coder: 'zed', team })).toThrow(/not in the team/)
    expect(() => planAssignment(docs, { coder: 'ana', overlap: { size: 3, seed: 1, stratifyBy: 'colour' } })).toThrow(/cannot stratify by "colour"/)
  })
})

describe('coder packages', () => {
  it('hold the project, codebook and assigned documents but no other coder\'s annotations, and unpack into a project', async () => {
    const dir = await tempDir()
    await cp(SEEDS, join(dir, 'lead'), { recursive: true })
    const lead = await ProjectStore.open(join(dir, 'lead'), { readOnly: true })
    const pack = await createPackage(lead, { coder: { id: 'coder-a', name: 'Coder A' }, documents: ['doc-480cb99872185794'], overlap: { size: 2, seed: 11, stratifyBy: 'outlet' } })
    const path = join(dir, 'a.marginpack')
    await writePackage(path, pack)
    const text = await readFile(path, 'utf8')
    expect(text).not.toContain('coder-b')
    expect(pack.assignment.overlap).toHaveLength(2)
    expect(pack.documents.map((d) => d.meta.id)).toEqual(pack.assignment.documents)
    expect(pack.annotations!.annotations.every((a) => pack.assignment.documents.includes(a.documentId))).toBe(true)

    const coderProject = await unpackPackage(await readPackage(path), join(dir, 'coder'))
    expect(coderProject.info.id).toBe(lead.info.id)
    expect(coderProject.codebook).toEqual(lead.codebook)
    expect([...(await coderProject.coders()).keys()]).toEqual(['coder-a'])
    for (const id of pack.assignment.documents) expect(await coderProject.readText(id)).toBe(await lead.readText(id))
    await coderProject.close()
    await lead.close()
    expect(await readAssignment(join(dir, 'coder'))).toEqual(pack.assignment)
  })

  it('refuses a package whose text was altered, naming the file', async () => {
    const dir = await tempDir()
    const lead = await ProjectStore.open(SEEDS, { readOnly: true })
    const pack = await createPackage(lead, { coder: { id: 'x', name: 'X' } })
    await lead.close()
    pack.documents[0].text += ' (edited)'
    const path = join(dir, 'tampered.marginpack')
    await writePackage(path, pack)
    await expect(readPackage(path)).rejects.toThrow(/^tampered\.marginpack: the text of document .* does not match its content hash/)
  })

  it('refuses a package that lists a document twice (it unpacked into a project listing the document twice)', async () => {
    const dir = await tempDir()
    const lead = await ProjectStore.open(SEEDS, { readOnly: true })
    const pack = await createPackage(lead, { coder: { id: 'x', name: 'X' } })
    await lead.close()
    pack.documents.push(pack.documents[0])
    const path = join(dir, 'twice.marginpack')
    await writePackage(path, pack)
    await expect(readPackage(path)).rejects.toThrow(`twice.marginpack: not a valid Margin file: documents.${pack.documents.length - 1}.meta.id: document ${pack.documents[0].meta.id} is in the package twice`)
    // And the store itself never lists a document twice, whoever asks.
    await expect(unpackPackage(pack, join(dir, 'coder'))).rejects.toThrow(`document ${pack.documents[0].meta.id} is already in the project (or twice in what is added)`)
  })
})

import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { acceptAgreedCodings } from '../../../electron/service/adjudication/acceptAgreed'
import { listDisagreements, resolveDisagreement, undoResolution } from '../../../electron/service/adjudication/adjudicate'
import { agreementScope } from '../../../electron/service/agreement/agreementScope'
import { countDisagreements, countSegmentDisagreementsFromData, findDisagreements } from '../../../electron/service/agreement/disagreements'
import { agreementByCode } from '../../../shared/agreement'
import { projectAgreement } from '../../../electron/service/agreement/projectAgreement'
import { MarginService } from '../../../electron/service/marginService'
import { ProjectStore } from '../../../electron/store/projectStore'
import { tempDir } from '../../support/tempDir'

const SEEDS = join(import.meta.dirname, '../../../seeds')

async function demo(): Promise<string> {
  const dir = join(await tempDir(), 'demo')
  await cp(SEEDS, dir, { recursive: true })
  return dir
}

describe('agreement on a project', () => {
  it('gives per-code, per-group and overall results for the demo coders at every unit', async () => {
    const store = await ProjectStore.open(await demo())
    const documentLevel = await projectAgreement(store, { unit: 'document', bootstrap: false })
    expect(documentLevel.coders).toEqual(['coder-a', 'coder-b'])
    expect(documentLevel.documents).toBe(5)
    expect(documentLevel.codes).toHaveLength(store.codebook.codes.length)
    for (const c of documentLevel.codes) {
      expect(c.report!.units).toBe(5)
      expect(c.report!.confusion).not.toBeNull()
    }
    expect(documentLevel.groups.map((g) => g.name)).toEqual(['Frames', 'Actors', 'Stances', 'Document'])
    const tone = documentLevel.codes.find((c) => c.codeId === 'doc-tone')!
    expect(tone.attributes.map((a) => a.attributeId)).toEqual(['tone'])

    const sentence = await projectAgreement(store, { unit: 'sentence' })
    expect(sentence.codes.every((c) => c.codeId.startsWith('doc-') === false)).toBe(true)
    const units = sentence.codes[0].report!.units
    expect(units).toBeGreaterThan(100)
    for (const c of sentence.codes) expect(c.report!.units).toBe(units)
    const alpha = sentence.overall.report!.krippendorff_alpha!
    expect(alpha).toBeGreaterThan(0.5)
    expect(alpha).toBeLessThan(1)
    expect(sentence.overall.report!.alpha_ci95![0]).toBeLessThan(alpha)
    expect(['acceptable', 'tentative', 'unacceptable']).toContain(sentence.overall.flag)
    expect(sentence.disagreements.total).toBeGreaterThan(0)
    // Codes nobody used are undefined, with a reason, never NaN.
    const unused = sentence.codes.find((c) => c.report!.krippendorff_alpha === null)
    if (unused) expect(unused.report!.reasons.krippendorff_alpha).toMatch(/variation|no unit/)

    const span = await projectAgreement(store, { unit: 'span', group: 'frames' })
    expect(span.groups.map((g) => g.groupId)).toEqual(['frames'])
    expect(span.overall.unitizing!.unitizing_alpha).toBeGreaterThan(0)
    expect(span.overall.unitizing!.length).toBe(store.documents.reduce((n, d) => n + d.characters, 0))
    await expect(projectAgreement(store, { unit: 'document', coderIds: ['coder-a'] })).rejects.toThrow(/at least two coders/)
    await store.close()
  })
})

describe('counting disagreements', () => {
  it('counts, at every unit, exactly the disagreements listed, and which of them are resolved', async () => {
    const store = await ProjectStore.open(await demo())
    for (const unit of ['document', 'paragraph', 'sentence', 'span'] as const) {
      const scope = await agreementScope(store, { unit })
      const listed = findDisagreements(scope)
      expect(listed.length, unit).toBeGreaterThan(2)
      // Every third one resolved, plus ids of units that no longer disagree (or never did).
      const resolved = new Set([...listed.filter((_, i) => i % 3 === 0).map((d) => d.id), `${unit}:doc-nowhere:0-5:frame-economic`, listed[0].id.replace(/:[^:]+$/, ':no-such-code')])
      expect(countDisagreements(scope, resolved), unit).toEqual({ total: listed.length, resolved: Math.ceil(listed.length / 3) })
      expect(countDisagreements(scope, new Set()), unit).toEqual({ total: listed.length, resolved: 0 })
      if (unit === 'paragraph' || unit === 'sentence') {
        // As an agreement run counts them: off each code's reliability data.
        const options = { ...scope.options, documents: scope.eligible, explicit: true, level: unit, segments: scope.segments!, bootstrap: false as const }
        const data = agreementByCode(scope.index, scope.codes, options).byCode.map((c) => c.data)
        expect(countSegmentDisagreementsFromData(scope, data, resolved), unit).toEqual({ total: listed.length, resolved: Math.ceil(listed.length / 3) })
        expect((await projectAgreement(store, { unit, bootstrap: false })).disagreements, unit).toEqual({ total: listed.length, resolved: 0 })
      }
    }
    await store.close()
  })
})

describe('adjudication', () => {
  it('writes the accepted annotations to the consensus coder, records progress that survives reopening, and undoes', async () => {
    const dir = await demo()
    const service = new MarginService()
    await service.openProject(dir)
    const h = service.handlers
    const page = await h['agreement.disagreements']({ unit: 'sentence', limit: 3 })
    expect(page.resolved).toBe(0)
    const [first, second, third] = page.items
    const coder = Object.keys(first.values).find((c) => first.values[c] === 1)!
    const accepted = await h['adjudication.resolve']({ disagreementId: first.id, action: 'accept', coders: [coder] })
    expect(accepted.consensus).toHaveLength(first.annotations[coder].length)
    expect(accepted.consensus[0]).toEqual(expect.objectContaining({ coderId: 'consensus', codeId: first.codeId, start: first.annotations[coder][0].start }))
    await h['adjudication.resolve']({ disagreementId: second.id, action: 'neither' })
    const edited = await h['adjudication.resolve']({ disagreementId: third.id, action: 'edit', edit: { start: third.start!, end: third.end! } })
    expect(edited.consensus[0]).toEqual(expect.objectContaining({ start: third.start, end: third.end, quote: expect.any(String) }))
    expect(edited.progress.resolved).toBe(3)
    await service.shutdown()

    const reopened = new MarginService()
    await reopened.openProject(dir)
    const again = await reopened.handlers['agreement.disagreements']({ unit: 'sentence', limit: 3 })
    expect(again.resolved).toBe(3)
    expect(again.items[0].resolution).toEqual(expect.objectContaining({ action: 'accept', coders: [coder] }))
    const coders = await reopened.handlers['coders.list']({})
    expect(coders.find((c) => c.id === 'consensus')).toEqual(expect.objectContaining({ name: 'Consensus', annotations: first.annotations[coder].length + 1 }))
    // The consensus coder is not one of the coders compared.
    expect((await reopened.handlers['agreement.compute']({ unit: 'document', bootstrap: false })).coders).toEqual(['coder-a', 'coder-b'])

    // Re-deciding replaces the earlier resolution; undo returns to the state before any.
    await reopened.handlers['adjudication.resolve']({ disagreementId: first.id, action: 'neither' })
    const consensusLive = async () => (await reopened.handlers['annotations.list']({ coderIds: ['consensus'] })).length
    expect(await consensusLive()).toBe(1)
    const undone = await reopened.handlers['adjudication.undo']({ disagreementId: third.id })
    expect(undone.progress.resolved).toBe(2)
    expect(await consensusLive()).toBe(0)
    await reopened.shutdown()
  })

  it('lists document codes both coders applied with different attribute values, as many as agreement counts, and settles them', async () => {
    const service = new MarginService()
    await service.openProject(await demo())
    const h = service.handlers
    // The demo's tone: coders agree on 3 of 5 documents (agreement .600), so two differ.
    const tone = (await h['agreement.compute']({ unit: 'document', bootstrap: false })).codes.find((c) => c.codeId === 'doc-tone')!
    expect(tone.attributes[0].report.percent_agreement).toBeCloseTo(0.6, 6)
    const { items, total } = await h['agreement.disagreements']({ unit: 'document', codeId: 'doc-tone' })
    expect(total).toBe(2)
    const toneOf = (list: { attributes: Record<string, unknown> }[]) => list[0].attributes.tone
    for (const d of items) {
      expect(d.values).toEqual({ 'coder-a': 1, 'coder-b': 1 })
      expect(toneOf(d.annotations['coder-a'])).not.toEqual(toneOf(d.annotations['coder-b']))
    }
    const settled = await h['adjudication.resolve']({ disagreementId: items[0].id, action: 'accept', coders: ['coder-b'] })
    expect(settled.consensus.map((a) => a.attributes.tone)).toEqual([toneOf(items[0].annotations['coder-b'])])
    expect(settled.progress).toEqual(expect.objectContaining({ resolved: 1 }))
    await service.shutdown()
  })

  it('copies what the coders agree on into the consensus, beside the settled disagreements, once, and undoes the copy', async () => {
    const store = await ProjectStore.open(await demo())
    const { items } = await listDisagreements(store, { unit: 'document', limit: 1 })
    await resolveDisagreement(store, { disagreementId: items[0].id, action: 'accept', coders: [Object.keys(items[0].values).find((c) => items[0].values[c] === 1)!] })
    const live = async () => (await store.coder('consensus'))!.annotations().filter((a) => !a.deleted)
    const settled = await live()

    const copied = await acceptAgreedCodings(store, { unit: 'document' })
    // Every document and code both demo coders applied (with equal attributes) is now in the consensus.
    const scope = await agreementScope(store, { unit: 'document' })
    const has = (coder: string, documentId: string, codeId: string) => (scope.index.byCode.get(codeId)?.get(documentId)?.get(coder)?.length ?? 0) > 0
    const consensus = await live()
    let agreedPairs = 0
    for (const documentId of scope.eligible) {
      for (const code of scope.codes) {
        if (!has('coder-a', documentId, code.id) || !has('coder-b', documentId, code.id)) continue
        const differs = findDisagreements(scope).some((d) => d.documentId === documentId && d.codeId === code.id)
        if (differs) continue
        agreedPairs++
        expect(consensus.some((a) => a.documentId === documentId && a.codeId === code.id), `${documentId} ${code.id}`).toBe(true)
      }
    }
    expect(copied).toEqual(expect.objectContaining({ id: 'agreed:document', coder: 'coder-a', units: agreedPairs }))
    expect(agreedPairs).toBeGreaterThan(20)
    expect(consensus.length).toBe(settled.length + copied.copied)
    // The settled disagreement's annotation is kept as it was.
    for (const a of settled) expect(consensus).toContainEqual(a)

    const again = await acceptAgreedCodings(store, { unit: 'document' })
    expect([again.copied, again.alreadyThere]).toEqual([0, copied.copied])
    await undoResolution(store, { disagreementId: 'agreed:document' })
    expect(await live()).toEqual(settled)
    await store.close()
  })

  it('keeps agreed copies another unit still wants when one unit’s copy is undone', async () => {
    const store = await ProjectStore.open(await demo())
    const live = async () => new Set((await store.coder('consensus'))!.annotations().filter((a) => !a.deleted).map((a) => a.id))
    const paragraph = await acceptAgreedCodings(store, { unit: 'paragraph' })
    const afterParagraph = await live()
    const sentence = await acceptAgreedCodings(store, { unit: 'sentence' })
    expect(paragraph.copied).toBeGreaterThan(0)
    expect(sentence.alreadyThere).toBeGreaterThan(0)
    await undoResolution(store, { disagreementId: 'agreed:paragraph' })
    const left = await live()
    // What the sentence unit agreed on stays; what only the paragraph unit agreed on goes.
    expect(left.size).toBe(sentence.copied + sentence.alreadyThere)
    expect(left.size).toBeLessThan(afterParagraph.size + sentence.copied)
    await store.close()
  })

  it('refuses to accept a coder who is not compared, and an unknown disagreement', async () => {
    const store = await ProjectStore.open(await demo())
    const { items } = await listDisagreements(store, { unit: 'document', limit: 1 })
    await expect(resolveDisagreement(store, { disagreementId: items[0].id, action: 'accept', coders: ['nobody'] })).rejects.toThrow(/not one of the coders compared/)
    await expect(resolveDisagreement(store, { disagreementId: 'document:doc-x:frame-economic', action: 'neither' })).rejects.toThrow(/no disagreement/)
    await expect(undoResolution(store, { disagreementId: items[0].id })).rejects.toThrow(/has not been resolved/)
    await store.close()
  })
})

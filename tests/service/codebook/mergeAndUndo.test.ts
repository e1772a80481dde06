import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../support/tempDir'
import { openService, richProject } from './codebookProject'

let close: (() => Promise<void>) | null = null
afterEach(async () => {
  await close?.()
  close = null
})

async function setup() {
  const dir = await richProject(await tempDir())
  const opened = await openService(dir)
  close = () => opened.service.shutdown()
  const files = ['codebook.json', 'annotations/alice.json', 'annotations/bob.json']
  const read = () => Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')))
  const compact = async () => {
    for (const coder of (await opened.service.project.coders()).values()) await coder.compact()
  }
  return { ...opened, dir, read, compact }
}

describe('codebook.mergeCodes', () => {
  it('moves every coder’s annotations to the target, re-points stance actors, and undo restores byte-identical files after compaction', async () => {
    const { call, read, compact } = await setup()
    const original = await read()
    const usageBefore = await call('codebook.usage', {})
    expect(usageBefore.codes['actor-trump']).toEqual({ alice: 1, bob: 1 })

    const report = await call('codebook.mergeCodes', { sourceId: 'actor-trump', targetId: 'actor-donald' })
    expect(report.codebook.codes.map((c) => c.id)).not.toContain('actor-trump')
    expect(report.codebook.codes.find((c) => c.id === 'actor-donald')!.aliases).toEqual(['actor-trump'])
    expect(report.touched).toEqual([
      { coderId: 'alice', coderName: 'Alice', moved: 1, deleted: 0, attributeChanges: 1 },
      { coderId: 'bob', coderName: 'Bob', moved: 1, deleted: 0, attributeChanges: 1 },
    ])
    const usage = await call('codebook.usage', {})
    expect(usage.codes['actor-trump']).toBeUndefined()
    expect(usage.codes['actor-donald']).toEqual({ alice: 2, bob: 1 })
    const stances = (await call('annotations.list', {})).filter((a) => a.codeId === 'stance')
    expect(stances.map((a) => a.attributes.actor)).toEqual(['actor-donald', 'actor-donald'])
    // The tombstone stays as it was: deletions travel with the coder's file.
    const tombstone = (await call('annotations.list', { includeDeleted: true })).find((a) => a.deleted)!
    expect(tombstone.codeId).toBe('actor-trump')

    await compact()
    expect(await read()).not.toEqual(original)
    const restored = await call('codebook.undo', { undoId: report.undoId })
    expect(restored.codes.map((c) => c.id)).toContain('actor-trump')
    await compact()
    const after = await read()
    expect(after[0]).toBe(original[0])
    expect(after[1]).toBe(original[1])
    expect(after[2]).toBe(original[2])
  })

  it('turns a duplicate whole-document coding into a tombstone and moves child codes under the target', async () => {
    const { call } = await setup()
    const report = await call('codebook.mergeCodes', { sourceId: 'frame-costs', targetId: 'frame-economy' })
    // alice had both codes on the document: her "Costs" coding goes; bob's moves.
    expect(report.touched).toEqual([
      { coderId: 'alice', coderName: 'Alice', moved: 0, deleted: 1, attributeChanges: 0 },
      { coderId: 'bob', coderName: 'Bob', moved: 1, deleted: 0, attributeChanges: 0 },
    ])
    const merged = await call('codebook.mergeCodes', { sourceId: 'frame-security', targetId: 'frame-economy' })
    const military = merged.codebook.codes.find((c) => c.id === 'frame-military')!
    expect(military.parentId).toBe('frame-economy')
    expect(merged.codebook.codes.find((c) => c.id === 'frame-economy')!.examples).toEqual(['Prices rose.', 'Troops massed, at the border.'])
  })

  it('refuses merges that cannot hold, changing nothing', async () => {
    const { call, read } = await setup()
    const original = await read()
    await expect(call('codebook.mergeCodes', { sourceId: 'actor-trump', targetId: 'frame-security' })).rejects.toThrow(/different groups/)
    await expect(call('codebook.mergeCodes', { sourceId: 'frame-security', targetId: 'frame-military' })).rejects.toThrow(/lies inside/)
    await expect(call('codebook.mergeCodes', { sourceId: 'frame-costs', targetId: 'frame-security' })).rejects.toThrow(
      /applied to passages and cannot take 2 whole-document codings/,
    )
    await expect(call('codebook.mergeCodes', { sourceId: 'actor-trump', targetId: 'actor-trump' })).rejects.toThrow(/two different codes/)
    await expect(call('codebook.mergeCodes', { sourceId: 'nope', targetId: 'actor-trump' })).rejects.toThrow(/no code with id "nope"/)
    expect(await read()).toEqual(original)
  })

  it('refuses an undo once the things it touched changed since', async () => {
    const { call } = await setup()
    const report = await call('codebook.mergeCodes', { sourceId: 'actor-trump', targetId: 'actor-donald' })
    const moved = (await call('annotations.list', { coderIds: ['bob'] })).find((a) => a.codeId === 'actor-donald')!
    await call('annotations.update', { coderId: 'bob', id: moved.id, end: 4 })
    await expect(call('codebook.undo', { undoId: report.undoId })).rejects.toThrow(/changed since/)
    await expect(call('codebook.undo', { undoId: '9b2f7c1e-0000-4000-8000-000000000000' })).rejects.toThrow(/can no longer be undone/)
  })
})

describe('codebook.deleteCode', () => {
  it('tombstones the code’s annotations in every coder, clears attributes naming it, and undo restores them', async () => {
    const { call, read, compact } = await setup()
    const original = await read()
    const report = await call('codebook.deleteCode', { codeId: 'actor-trump' })
    expect(report.touched).toEqual([
      { coderId: 'alice', coderName: 'Alice', moved: 0, deleted: 1, attributeChanges: 1 },
      { coderId: 'bob', coderName: 'Bob', moved: 0, deleted: 1, attributeChanges: 1 },
    ])
    const all = await call('annotations.list', { includeDeleted: true })
    expect(all.filter((a) => a.codeId === 'actor-trump').every((a) => a.deleted)).toBe(true)
    expect(all.filter((a) => a.codeId === 'stance').map((a) => a.attributes.actor)).toEqual([null, null])
    await call('codebook.undo', { undoId: report.undoId })
    await compact()
    expect(await read()).toEqual(original)
  })

  it('refuses a code with codes under it', async () => {
    const { call } = await setup()
    await expect(call('codebook.deleteCode', { codeId: 'frame-security' })).rejects.toThrow(
      '"Security and defense" has 1 code under it ("Military"); move or delete them first',
    )
  })
})

describe('codebook.splitCode', () => {
  it('adds a code under the original and moves the chosen annotations; undo puts them back', async () => {
    const { call } = await setup()
    const trump = (await call('annotations.list', {})).filter((a) => a.codeId === 'actor-trump')
    const report = await call('codebook.splitCode', {
      codeId: 'actor-trump',
      newCode: { id: 'actor-trump-president', name: 'Trump as president' },
      annotationIds: [trump[0].id],
    })
    const created = report.codebook.codes.find((c) => c.id === 'actor-trump-president')!
    expect(created).toMatchObject({ parentId: 'actor-trump', groupId: 'actors', level: 'span' })
    expect((await call('codebook.usage', {})).codes['actor-trump-president']).toEqual({ [trump[0].coderId]: 1 })
    await call('codebook.undo', { undoId: report.undoId })
    expect((await call('codebook.usage', {})).codes['actor-trump']).toEqual({ alice: 1, bob: 1 })
    await expect(
      call('codebook.splitCode', { codeId: 'actor-trump', newCode: { id: 'actor-putin', name: 'x' }, annotationIds: [] }),
    ).rejects.toThrow('the id "actor-putin" is taken')
  })
})

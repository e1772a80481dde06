import { afterEach, describe, expect, it } from 'vitest'
import { ProjectStore } from '../../../electron/store/projectStore'
import { tempDir } from '../../support/tempDir'
import { openService, richProject } from './codebookProject'

let close: (() => Promise<void>) | null = null
afterEach(async () => {
  await close?.()
  close = null
})

async function setup() {
  const dir = await richProject(await tempDir())
  // Give the documents a variable to filter by.
  const store = await ProjectStore.open(dir)
  const { readFile, writeFile } = await import('node:fs/promises')
  const index = JSON.parse(await readFile(`${dir}/documents.json`, 'utf8'))
  index.documents[0].variables = { version: 'original' }
  index.documents[1].variables = { version: 'variant' }
  await store.close()
  await writeFile(`${dir}/documents.json`, JSON.stringify(index))
  const opened = await openService(dir)
  close = () => opened.service.shutdown()
  return opened
}

describe('segments.retrieve', () => {
  it('returns a code’s live segments with document metadata, context and coder names', async () => {
    const { call } = await setup()
    const { segments, unfiltered } = await call('segments.retrieve', { codeIds: ['actor-trump'] })
    expect(unfiltered).toBe(2) // bob's tombstone is not a segment
    expect(segments.map((s) => [s.coderName, s.annotation.quote, s.document.title, s.document.outlet, s.codePath])).toEqual([
      ['Alice', 'Trump', 'quotes', 'Test Outlet', 'Actors/Trump'],
      ['Bob', 'Trump', 'quotes', 'Test Outlet', 'Actors/Trump'],
    ])
    expect(segments[0].annotation.after).toBe(' said talks would begin “immediately” — ')
    expect(segments[0].document.date).toBe('2025-02-12')
  })

  it('includes children, a whole group, and filters by coder and document variable', async () => {
    const { call } = await setup()
    const withChildren = await call('segments.retrieve', { codeIds: ['frame-security'] })
    expect(withChildren.segments.map((s) => s.annotation.codeId).sort()).toEqual(['frame-military', 'frame-security'])
    const without = await call('segments.retrieve', { codeIds: ['frame-security'], includeChildren: false })
    expect(without.segments).toHaveLength(1)
    const group = await call('segments.retrieve', { groupId: 'actors' })
    expect(group.segments).toHaveLength(3)
    const bob = await call('segments.retrieve', { groupId: 'actors', coderIds: ['bob'] })
    expect(bob.segments.map((s) => s.coderName)).toEqual(['Bob'])
    expect(bob.unfiltered).toBe(3)
    const quotesDoc = (await call('documents.list', {})).documents.find((d) => d.id === 'doc-quotes')!
    const version = String(quotesDoc.variables.version)
    expect((await call('segments.retrieve', { groupId: 'actors', variables: { version: [version] } })).segments).toHaveLength(3)
    expect((await call('segments.retrieve', { groupId: 'actors', variables: { version: ['nothing'] } })).segments).toHaveLength(0)
    expect((await call('segments.retrieve', { groupId: 'actors', variables: { outlet: ['Test Outlet'] } })).segments).toHaveLength(3)
    await expect(call('segments.retrieve', {})).rejects.toThrow('choose a code or a group')
    await expect(call('segments.retrieve', { codeIds: ['zz'] })).rejects.toThrow('no code with id "zz"')
  })
})

import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ServiceEvent } from '../../../shared/contract'
import { MarginService } from '../../../electron/service/marginService'
import { makeProject } from '../../support/projectFixtures'
import { annotationOf, projectFiles, writeAnnotationFile } from '../../support/teamFixtures'
import { tempDir } from '../../support/tempDir'

const BOB = { id: 'bob', name: 'Bob' }

async function setup() {
  const dir = await tempDir()
  const store = await makeProject(dir)
  await store.close()
  const path = await writeAnnotationFile(dir, 'bob.json', BOB, [annotationOf('bob', 'b-1'), annotationOf('bob', 'b-2', { start: 6, end: 12 })])
  const service = new MarginService()
  await service.openProject(join(dir, 'project'))
  const events: ServiceEvent[] = []
  service.onEvent((event) => events.push(event))
  return { service, events, project: join(dir, 'project'), upload: { name: 'bob.json', base64: (await readFile(path)).toString('base64') } }
}

describe('merging files sent by value (the browser host), with progress and cancel', () => {
  it('previews and applies an uploaded file, reporting it under its own name, with progress events', async () => {
    const { service, events, upload } = await setup()
    const preview = await service.handlers['merge.preview']({ paths: [], files: [upload] })
    expect(preview.files.map((f) => f.name)).toEqual(['bob.json'])
    expect(preview.coders.find((c) => c.coderId === 'bob')?.new).toBe(2)
    const applied = await service.handlers['merge.apply']({ paths: [], files: [upload], taskId: 'merge-1' })
    expect(applied.changed).toBe(true)
    const progress = events.filter((e) => e.type === 'progress' && e.taskId === 'merge-1')
    expect(progress.map((e) => (e as { label: string }).label)).toEqual([
      'Reading the annotation files',
      'Comparing with the project',
      'Writing coder files',
      'Recording the merge for undo',
    ])
    const bob = await service.handlers['annotations.list']({ coderIds: ['bob'] })
    expect(bob.map((a) => a.id)).toEqual(['b-1', 'b-2'])
    // The uploads were kept only while their request read them.
    expect(await readdir(join(service.project.dir, '.margin', 'incoming'))).toEqual([])
    await service.shutdown()
  })

  it('is cancelled before it writes, changing nothing', async () => {
    const { service, events, project, upload } = await setup()
    const before = await projectFiles(project)
    service.onEvent((event) => {
      if (event.type === 'progress' && event.taskId === 'merge-2' && event.done === 0) void service.handlers['tasks.cancel']({ taskId: 'merge-2' })
    })
    await expect(service.handlers['merge.apply']({ paths: [], files: [upload], taskId: 'merge-2' })).rejects.toThrow(/merge cancelled; nothing was changed/)
    expect(events.some((e) => e.type === 'changed' && e.what === 'annotations')).toBe(false)
    expect(await projectFiles(project)).toEqual(before)
    expect(await readdir(join(project, '.margin', 'incoming'))).toEqual([])
    await service.shutdown()
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import type { MarginBridge } from '../../renderer/src/api/marginBridge'
import { OffsetMap } from '../../renderer/src/reader/offsets'
import { CodingSession, type SessionChange } from '../../renderer/src/views/coding/codingSession'
import type { Annotation } from '../../shared/model'

const text = 'Trump said talks on ending the war would begin immediately after a long call.'
const at = '2025-03-01T10:00:00.000Z'
const stored = (id: string, start: number, end: number): Annotation => ({
  id, documentId: 'doc', codeId: 'frame-economic', coderId: 'me', start, end, quote: text.slice(start, end), before: '', after: '', attributes: {}, memo: null, createdAt: at, updatedAt: at, deleted: false,
})
const ok = <T,>(result: T) => Promise.resolve({ ok: true as const, result })

/** The service as the preload bridge: records every write in the order it arrives, answering like the service. */
function fakeService() {
  const writes: string[] = []
  let open = 0
  let overlapped = false
  const answer = async <T,>(label: string, result: T) => {
    writes.push(label)
    if (open++) overlapped = true
    await new Promise((r) => setTimeout(r, 5))
    open--
    return ok(result)
  }
  window.margin = {
    'annotations.list': () => ok([]),
    'annotations.create': (r: { id: string; start: number; end: number }) => answer(`create ${r.id}`, { ...stored(r.id, r.start, r.end), updatedAt: '2025-03-01T10:00:01.000Z' }),
    'annotations.delete': (r: { id: string }) => answer(`delete ${r.id}`, { ...stored(r.id, 0, 1), deleted: true }),
    'annotations.put': (r: { annotation: Annotation }) => answer(`put ${r.annotation.id}`, r.annotation),
    onEvent: () => () => {},
  } as unknown as MarginBridge
  return { writes, overlapped: () => overlapped }
}

afterEach(() => {
  delete window.margin
})

describe('CodingSession', () => {
  it('loads a list it is given at once, in reading order', () => {
    fakeService()
    const session = new CodingSession('doc', 'me', new OffsetMap(text), { annotations: [stored('b', 20, 30), stored('a', 0, 5)] })
    const snapshot = session.getSnapshot()
    expect(snapshot.loading).toBe(false)
    expect(snapshot.annotations.map((a) => a.id)).toEqual(['a', 'b'])
  })

  it('tells listeners which annotations each change touched, and keeps its snapshot until something changed', async () => {
    const service = fakeService()
    const session = new CodingSession('doc', 'me', new OffsetMap(text), { annotations: [stored('a', 0, 5)] })
    const changes: SessionChange[] = []
    session.subscribe((change) => changes.push(change))
    const first = session.getSnapshot()
    expect(session.getSnapshot()).toBe(first)

    const created = session.create({ codeId: 'frame-economic', start: 6, end: 10 })
    expect(changes).toEqual([[created.id], []]) // the annotation, then the write it waits for
    const pending = session.getSnapshot()
    expect(pending.pending).toBe(1)
    expect(pending.annotations.map((a) => a.id)).toEqual(['a', created.id])
    expect(service.writes).toEqual([]) // sent after the paint, not in the keystroke's task

    await session.settled()
    expect(service.writes).toEqual([`create ${created.id}`])
    expect(changes.at(-1)).toEqual([created.id]) // the service's copy replaced the local one
    expect(session.get(created.id)!.updatedAt).toBe('2025-03-01T10:00:01.000Z')
    expect(session.getSnapshot().pending).toBe(0)
  })

  it('keeps the list when only the save state changed', async () => {
    fakeService()
    const session = new CodingSession('doc', 'me', new OffsetMap(text), { annotations: [stored('a', 0, 5)] })
    const list = session.getSnapshot().annotations
    session.clearError()
    expect(session.getSnapshot().annotations).toBe(list)
  })

  it('sends every write once, in order, one after the other, undo and redo included', async () => {
    const service = fakeService()
    const session = new CodingSession('doc', 'me', new OffsetMap(text), { annotations: [] })
    const one = session.create({ codeId: 'frame-economic', start: 0, end: 5 })
    const two = session.create({ codeId: 'frame-economic', start: 6, end: 10 })
    session.undo()
    session.redo()
    session.remove(one.id)
    await session.settled()
    expect(service.writes).toEqual([`create ${one.id}`, `create ${two.id}`, `delete ${two.id}`, `put ${two.id}`, `delete ${one.id}`])
    expect(service.overlapped()).toBe(false)
    expect(session.getSnapshot().annotations.map((a) => a.id)).toEqual([two.id])
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, call, onEvent } from '../../renderer/src/api/client'
import type { MarginBridge } from '../../renderer/src/api/marginBridge'

afterEach(() => {
  delete window.margin
  vi.unstubAllGlobals()
})

describe('call over HTTP (the browser host)', () => {
  it('posts JSON to /api/<method> and returns the result', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, result: { documents: [] } }), { headers: { 'Content-Type': 'application/json' } }))
    vi.stubGlobal('fetch', fetch)
    expect(await call('documents.list', {})).toEqual({ documents: [] })
    expect(fetch).toHaveBeenCalledWith('/api/documents.list', expect.objectContaining({ method: 'POST', body: '{}' }))
  })

  it('turns the service’s error into an ApiError with its message', async () => {
    const body = { ok: false, error: { name: 'UserError', message: 'no document with id "x"' } }
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status: 400, headers: { 'Content-Type': 'application/json' } })))
    const error = await call('documents.get', { id: 'x' }).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.message).toBe('no document with id "x"')
    expect(error.errorName).toBe('UserError')
  })

  it('reports the host’s own refusals (401, 403) by their text', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Unauthorized: open the URL that `margin serve` printed', { status: 401 })))
    await expect(call('project.current', {})).rejects.toThrow(/Unauthorized/)
  })

  it('says so when the host cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    await expect(call('project.current', {})).rejects.toThrow(/not reachable/)
  })
})

describe('call over the Electron bridge', () => {
  it('uses window.margin when present, never fetch', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    const listeners: ((event: unknown) => void)[] = []
    window.margin = {
      'codebook.get': vi.fn(async () => ({ ok: true, result: { format: 'margin-codebook', schemaVersion: 1, groups: [], codes: [] } })),
      'documents.get': vi.fn(async () => ({ ok: false, error: { name: 'UserError', message: 'gone' } })),
      onEvent: (listener: (event: unknown) => void) => {
        listeners.push(listener)
        return () => listeners.splice(listeners.indexOf(listener), 1)
      },
    } as unknown as MarginBridge
    expect((await call('codebook.get', {})).groups).toEqual([])
    await expect(call('documents.get', { id: 'x' })).rejects.toThrow('gone')
    const seen: unknown[] = []
    const stop = onEvent((event) => seen.push(event))
    listeners[0]({ type: 'changed', what: 'documents' })
    stop()
    expect(seen).toEqual([{ type: 'changed', what: 'documents' }])
    expect(listeners).toHaveLength(0)
    expect(fetch).not.toHaveBeenCalled()
  })
})

import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { methodNames } from '../../../shared/contract'
import { MarginService } from '../../../electron/service/marginService'
import { makeProject } from '../../support/projectFixtures'
import { tempDir } from '../../support/tempDir'

// Electron never runs on CI machines: a stand-in records what the adapters register.
const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, request: unknown) => Promise<unknown>>(),
  exposed: new Map<string, Record<string, unknown>>(),
  invoked: [] as [string, unknown][],
}))
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, request: unknown) => Promise<unknown>) => electron.handlers.set(channel, handler),
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, request: unknown) => electron.invoked.push([channel, request]),
    on: () => {},
    off: () => {},
  },
}))

const APP = 'file:///app/out/renderer/index.html'
const isAppUrl = (url: string) => url === APP

describe('the Electron IPC bridge', () => {
  beforeEach(() => electron.handlers.clear())

  it('registers exactly one channel per API method and answers only frames showing Margin', async () => {
    const { registerIpcBridge } = await import('../../../electron/main/ipcBridge')
    const store = await makeProject(await tempDir())
    await store.close()
    const service = new MarginService()
    await service.openProject(store.dir)
    const unregister = registerIpcBridge(service, isAppUrl)
    expect([...electron.handlers.keys()].sort()).toEqual(methodNames.map((m) => `margin:${m}`).sort())

    const call = electron.handlers.get('margin:project.current')!
    const ok = (await call({ senderFrame: { url: APP } }, {})) as { ok: boolean; result: { name: string } }
    expect(ok).toEqual({ ok: true, result: expect.objectContaining({ name: 'Test project' }) })

    expect(await call({ senderFrame: { url: 'https://evil.example/' } }, {})).toEqual({
      ok: false,
      error: { name: 'Forbidden', message: 'request from a frame that is not Margin' },
    })
    expect(await call({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { name: 'Forbidden' } })

    const invalid = await electron.handlers.get('margin:documents.get')!({ senderFrame: { url: APP } }, { id: '../../etc/passwd' })
    expect(invalid).toMatchObject({ ok: false, error: { name: 'UserError', message: expect.stringMatching(/invalid request for documents\.get/) } })

    unregister()
    expect(electron.handlers.size).toBe(0)
    await service.shutdown()
  })
})

describe('the preload', () => {
  it('exposes one function per API method plus onEvent, each relaying to its own channel', async () => {
    await import('../../../electron/preload/index')
    const api = electron.exposed.get('margin')!
    expect(Object.keys(api).sort()).toEqual([...methodNames, 'onEvent'].sort())
    await (api['documents.get'] as (r: unknown) => Promise<unknown>)({ id: 'doc-1' })
    expect(electron.invoked).toEqual([['margin:documents.get', { id: 'doc-1' }]])
  })
})

describe('the window options', () => {
  it('isolate and sandbox the page with no Node integration', async () => {
    const { secureWindowOptions } = await import('../../../electron/main/windowOptions')
    const options = secureWindowOptions(join('out', 'preload', 'index.cjs'))
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })
})

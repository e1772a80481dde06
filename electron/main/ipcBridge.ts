import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { methodNames } from '../../shared/contract'
import { dispatch, toDispatchError } from '../service/dispatch'
import type { MarginService } from '../service/marginService'

/**
 * The Electron adapter: one IPC channel per API method (`margin:<method>`), answered only
 * for frames showing the app itself, validated by the same `dispatch` as the HTTP host.
 * Replies mirror the HTTP host: `{ ok: true, result }` or `{ ok: false, error }`.
 */
export function registerIpcBridge(service: MarginService, isAppUrl: (url: string) => boolean): () => void {
  for (const method of methodNames) {
    ipcMain.handle(`margin:${method}`, async (event: IpcMainInvokeEvent, request: unknown) => {
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
        return { ok: false, error: { name: 'Forbidden', message: 'request from a frame that is not Margin' } }
      }
      try {
        return { ok: true, result: await dispatch(service.handlers, method, request) }
      } catch (error) {
        return { ok: false, error: toDispatchError(error) }
      }
    })
  }
  return () => methodNames.forEach((method) => ipcMain.removeHandler(`margin:${method}`))
}

/** Forwards service events (progress, changes) to a window. */
export function forwardEvents(service: MarginService, contents: WebContents): () => void {
  return service.onEvent((event) => {
    if (!contents.isDestroyed()) contents.send('margin:event', event)
  })
}

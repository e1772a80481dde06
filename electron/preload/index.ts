import { contextBridge, ipcRenderer } from 'electron'
import { methodNames } from '../../shared/contract'

// The renderer gets one function per API method and nothing else: no ipcRenderer, no
// generic send. Each relays to the main process, which validates sender and request.
const api: Record<string, unknown> = Object.fromEntries(
  methodNames.map((method) => [method, (request: unknown) => ipcRenderer.invoke(`margin:${method}`, request)]),
)
api.onEvent = (listener: (event: unknown) => void) => {
  const relay = (_event: unknown, payload: unknown) => listener(payload)
  ipcRenderer.on('margin:event', relay)
  return () => ipcRenderer.off('margin:event', relay)
}
contextBridge.exposeInMainWorld('margin', api)

import type { MethodName, RequestOf, ResponseOf, ServiceEvent } from '../../../shared/contract'

/** What every adapter answers: the loopback host's JSON body, or the preload's return value. */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: { name: string; message: string } }

/**
 * The object the Electron preload exposes as `window.margin`: one function per API method
 * name, plus a subscription to service events that returns an unsubscribe function.
 */
export type MarginBridge = { [M in MethodName]: (request: RequestOf<M>) => Promise<Envelope<ResponseOf<M>>> } & {
  onEvent: (listener: (event: ServiceEvent) => void) => () => void
}

declare global {
  interface Window {
    /** Present only inside Electron; the browser host is reached over HTTP instead. */
    margin?: MarginBridge
  }
}

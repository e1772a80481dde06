import type { MethodName, RequestOf, ResponseOf, ServiceEvent } from '../../../shared/contract'
import type { Envelope, MarginBridge } from './marginBridge'

/** An error the service reported, carrying its name (e.g. "UserError") and message. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly errorName: string,
    readonly method: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/**
 * Calls one API method. Inside Electron the preload bridge carries it; in a browser it is
 * a same-origin POST to the loopback host, whose HttpOnly cookie carries the token.
 */
export async function call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  const bridge = window.margin
  const envelope = bridge ? await relay(bridge, method, request) : await post<M>(method, request)
  if (!envelope.ok) throw new ApiError(envelope.error.message, envelope.error.name, method)
  return envelope.result
}

/** Subscribes to service events (progress, changes on disk); returns the unsubscribe. */
export function onEvent(listener: (event: ServiceEvent) => void): () => void {
  const bridge = window.margin
  if (bridge) return bridge.onEvent(listener)
  const source = new EventSource('/api/events')
  source.onmessage = (message) => listener(JSON.parse(message.data) as ServiceEvent)
  return () => source.close()
}

function relay<M extends MethodName>(bridge: MarginBridge, method: M, request: RequestOf<M>): Promise<Envelope<ResponseOf<M>>> {
  // TypeScript cannot correlate a generic key with its member's parameter type; the bridge's type guarantees it.
  const send = bridge[method] as (request: RequestOf<M>) => Promise<Envelope<ResponseOf<M>>>
  return send(request)
}

async function post<M extends MethodName>(method: M, request: RequestOf<M>): Promise<Envelope<ResponseOf<M>>> {
  let response: Response
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      credentials: 'same-origin',
    })
  } catch (error) {
    throw new ApiError(`Margin is not reachable (${(error as Error).message}); is \`margin serve\` still running?`, 'NetworkError', method)
  }
  // The host answers JSON for API results and plain text when it refuses the request itself.
  if ((response.headers.get('content-type') ?? '').startsWith('application/json')) {
    return (await response.json()) as Envelope<ResponseOf<M>>
  }
  const text = (await response.text()).trim()
  return { ok: false, error: { name: `HTTP ${response.status}`, message: text || response.statusText } }
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { MarginService } from '../service/marginService'
import { dispatch, toDispatchError, UserError } from '../service/dispatch'
import { CONTENT_SECURITY_POLICY, isOwnHost, isOwnOrigin, presentedToken, TOKEN_COOKIE, tokenMatches } from './hostSecurity'
import { readStaticFile, resolveStaticFile } from './staticFiles'

/** Largest API request accepted (imports send files by value). */
const MAX_BODY_BYTES = 300 * 1024 * 1024

export interface BrowserHost {
  url: string
  port: number
  token: string
  close: () => Promise<void>
}

/**
 * The loopback HTTP adapter: serves the built renderer and relays `POST /api/<method>` to
 * the service, plus `GET /api/events` (server-sent events). Binds 127.0.0.1 only; every
 * request must carry the random token (the printed URL's `?token=` sets a same-site
 * cookie for the page) and name this host in Host and Origin.
 */
export async function startBrowserHost(options: {
  service: MarginService
  rendererDir: string
  port?: number
  token?: string
}): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  let port = 0
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: toDispatchError(error) })
      else response.destroy()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.setHeader('X-Content-Type-Options', 'nosniff')
    response.setHeader('Referrer-Policy', 'no-referrer')
    response.setHeader('Cache-Control', 'no-store')
    if (!isOwnHost(request, port) || !isOwnOrigin(request, port)) {
      return sendText(response, 403, 'Forbidden: wrong Host or Origin')
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
    if (!tokenMatches(presentedToken(request, url), token)) {
      return sendText(response, 401, 'Unauthorized: open the URL that `margin serve` printed (it carries the token)')
    }
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url)
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed')
    if (url.searchParams.has('token')) {
      response.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`)
    }
    const file = await resolveStaticFile(options.rendererDir, url.pathname)
    if (!file) return sendText(response, 404, 'Not found')
    const body = await readStaticFile(file.path).catch(() => null)
    if (!body) return sendText(response, 404, 'Not found')
    response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    response.writeHead(200, { 'Content-Type': file.type, 'Content-Length': body.length })
    response.end(request.method === 'HEAD' ? undefined : body)
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events' && request.method === 'GET') return streamEvents(request, response)
    if (request.method !== 'POST') return sendText(response, 405, 'Method not allowed')
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, { ok: false, error: { name: 'UserError', message: 'send JSON' } })
    }
    const method = url.pathname.slice('/api/'.length)
    try {
      const payload = JSON.parse((await readBody(request)) || '{}')
      const result = await dispatch(options.service.handlers, method, payload)
      sendJson(response, 200, { ok: true, result })
    } catch (error) {
      const status = error instanceof UserError || error instanceof SyntaxError ? 400 : 500
      sendJson(response, status, { ok: false, error: toDispatchError(error) })
    }
  }

  function streamEvents(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' })
    response.write(': connected\n\n')
    const stop = options.service.onEvent((event) => response.write(`data: ${JSON.stringify(event)}\n\n`))
    request.on('close', stop)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new UserError(`request larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) })
  response.end(text)
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
  response.end(text)
}

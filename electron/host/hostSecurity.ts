import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** The cookie that carries the token after the first, token-bearing page load. */
export const TOKEN_COOKIE = 'margin_token'

/**
 * True when the request is addressed to this host by its loopback name and port.
 * A foreign Host header means DNS rebinding: another site resolving to 127.0.0.1.
 */
export function isOwnHost(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

/** True when there is no Origin header (same-origin GET) or it is this host's own origin. */
export function isOwnOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin
  if (origin === undefined) return true
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}

/** The token presented by a request: query `?token=`, header `X-Margin-Token`, or cookie. */
export function presentedToken(request: IncomingMessage, url: URL): string | null {
  const fromQuery = url.searchParams.get('token')
  if (fromQuery) return fromQuery
  const header = request.headers['x-margin-token']
  if (typeof header === 'string') return header
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === TOKEN_COOKIE) return value.join('=')
  }
  return null
}

/** Constant-time comparison, so response timing does not leak the token. */
export function tokenMatches(presented: string | null, expected: string): boolean {
  if (presented === null) return false
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The Content-Security-Policy of every page Margin serves (also set in index.html). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // ProseMirror writes style attributes; no stylesheet or script comes from elsewhere.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
}

/**
 * Resolves a URL path to a file inside `root`, or null. Paths that escape the root
 * (`..`, encoded or not) resolve to null; unknown paths fall back to index.html so the
 * single-page app can route.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<{ path: string; type: string } | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const candidate = normalize(join(root, decoded))
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return null
  const info = await stat(candidate).catch(() => null)
  const path = info?.isFile() ? candidate : join(root, 'index.html')
  const type = TYPES[extname(path)] ?? 'application/octet-stream'
  return { path, type }
}

export async function readStaticFile(path: string): Promise<Buffer> {
  return readFile(path)
}

// Browsers look for the declaration in the first 1024 bytes; saved pages with long <head>
// preambles put it later, and a wider window costs nothing.
const SNIFF_BYTES = 4096

/**
 * The character encoding an HTML file declares for itself — `<meta charset>`, `<meta
 * http-equiv="Content-Type" content="…; charset=…">` or an XML declaration — or null.
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString('latin1')
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head)
  if (meta) return meta[1]
  return /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head)?.[1] ?? null
}

import chardet from 'chardet'
import iconv from 'iconv-lite'
import { ImportFileError } from './ImportFileError'

/** A text file's characters and the encoding they were read with. */
export interface DecodedText {
  text: string
  encoding: string
}

// A guess is trusted only when chardet is fairly sure and no other encoding comes close:
// short windows-1252 news texts score 50–98 with the runner-up 20+ points behind, while
// binary junk scores under 35.
const MIN_CONFIDENCE = 40
const MIN_LEAD = 15

/**
 * Decodes the bytes of a text-like file without ever returning mojibake silently. In order:
 * a byte-order mark (UTF-8, UTF-16 LE/BE); an encoding the file declares (`declared`, e.g.
 * an HTML <meta charset>); valid UTF-8; a legacy encoding that chardet detects confidently.
 * Throws ImportFileError for NUL bytes without a BOM (binary data or BOM-less UTF-16), and
 * for bytes whose encoding cannot be told, naming the likely candidates.
 */
export function decodeText(fileName: string, bytes: Uint8Array, declared?: string | null): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strictDecode(fileName, bytes.subarray(3), 'utf-8')
  if (startsWith(bytes, [0xff, 0xfe])) return strictDecode(fileName, bytes.subarray(2), 'utf-16le')
  if (startsWith(bytes, [0xfe, 0xff])) return strictDecode(fileName, bytes.subarray(2), 'utf-16be')

  if (bytes.includes(0)) {
    throw new ImportFileError(
      fileName,
      'contains NUL bytes: this is binary data, not text (if it is UTF-16 without a byte-order mark, re-save it as UTF-8)',
    )
  }

  const declaredEncoding = declared ? whatwgEncoding(declared) : null
  if (declaredEncoding === 'utf-8') return strictDecode(fileName, bytes, 'utf-8', `declares ${declared} but`)
  if (declaredEncoding) return legacyDecode(fileName, bytes, declaredEncoding, `declared as ${declared}`)

  const utf8 = tryDecodeUtf8(bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }
  // UTF-8 with a few bad bytes (scraped pages often have one) is not a legacy encoding:
  // decoded as windows-1252 every "ü" of it would become "Ã¼", in an immutable text.
  // (Random bytes and legacy text have few well-formed sequences and many bad bytes.)
  const damage = utf8Damage(bytes)
  if (damage.multiByte > 0 && damage.multiByte >= damage.invalid) {
    throw new ImportFileError(
      fileName,
      `is UTF-8 text with ${damage.invalid === 1 ? 'a byte' : `${damage.invalid} bytes`} that UTF-8 does not allow (the first at byte ${damage.firstInvalid}): repair the file or save it as UTF-8 again`,
    )
  }

  return legacyDecode(fileName, bytes, guessLegacyEncoding(fileName, bytes), 'detected')
}

/** Well-formed multi-byte UTF-8 sequences in `bytes`, and the bytes that fit no sequence. */
function utf8Damage(bytes: Uint8Array): { multiByte: number; invalid: number; firstInvalid: number } {
  let multiByte = 0
  let invalid = 0
  let firstInvalid = -1
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    let ok = length > 0
    for (let k = 1; ok && k < length; k++) ok = i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80
    // Overlong and surrogate forms are not UTF-8 either.
    if (ok && length === 3) ok = !(b === 0xe0 && bytes[i + 1] < 0xa0) && !(b === 0xed && bytes[i + 1] >= 0xa0)
    if (ok && length === 4) ok = !(b === 0xf0 && bytes[i + 1] < 0x90) && !(b === 0xf4 && bytes[i + 1] >= 0x90)
    if (!ok) {
      if (firstInvalid < 0) firstInvalid = i
      invalid++
      i++
    } else {
      if (length > 1) multiByte++
      i += length
    }
  }
  return { multiByte, invalid, firstInvalid }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}

function tryDecodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

function strictDecode(fileName: string, bytes: Uint8Array, encoding: string, context = 'starts with a byte-order mark but'): DecodedText {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding }
  } catch (cause) {
    const likely = encoding === 'utf-8' ? describeCandidates(bytes) : ''
    throw new ImportFileError(fileName, `${context} is not valid ${encoding.toUpperCase()}${likely}`, { cause })
  }
}

function legacyDecode(fileName: string, bytes: Uint8Array, encoding: string, how: string): DecodedText {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
  // Bytes the encoding leaves undefined come out as U+FFFD or C1 controls: a sign of a wrong
  // guess or label, and text no reader would recognise.
  if (/[\uFFFD\u0080-\u009F]/.test(text)) {
    throw new ImportFileError(
      fileName,
      `is not valid UTF-8 and has bytes that ${encoding} (${how}) does not define${describeCandidates(bytes)} — re-save it as UTF-8`,
    )
  }
  return { text, encoding }
}

function guessLegacyEncoding(fileName: string, bytes: Uint8Array): string {
  const [best, runnerUp] = candidates(bytes)
  if (best && best.confidence >= MIN_CONFIDENCE && best.confidence - (runnerUp?.confidence ?? 0) >= MIN_LEAD) {
    return best.name
  }
  throw new ImportFileError(
    fileName,
    `is not valid UTF-8 and its encoding cannot be determined reliably${describeCandidates(bytes)} — re-save it as UTF-8`,
  )
}

// chardet reads a sample; a megabyte is plenty to tell encodings apart and keeps large files fast.
const SAMPLE_BYTES = 1 << 20

function candidates(bytes: Uint8Array): { name: string; confidence: number }[] {
  return chardet
    .analyse(bytes.subarray(0, SAMPLE_BYTES))
    .map((match) => ({ name: whatwgEncoding(match.name), confidence: match.confidence }))
    .filter((match): match is { name: string; confidence: number } => match.name !== null && match.name !== 'utf-8')
    .filter((match, i, all) => all.findIndex((other) => other.name === match.name) === i)
}

function describeCandidates(bytes: Uint8Array): string {
  const likely = candidates(bytes).slice(0, 3)
  if (likely.length === 0) return ''
  return ` (likely: ${likely.map((match) => `${match.name} ${match.confidence}%`).join(', ')})`
}

/**
 * The encoding iconv-lite should use for a label, following the WHATWG Encoding Standard
 * where it matters: ISO-8859-1 and ASCII labels mean windows-1252 (which only adds printable
 * characters in 0x80–0x9F), and a UTF-16 label on a file without a BOM means UTF-8.
 */
function whatwgEncoding(label: string): string | null {
  const name = label.trim().toLowerCase()
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(name)) return 'utf-8'
  if (/^(utf-?16|utf-?32|ucs-2)/.test(name)) return 'utf-8'
  if (/^(ascii|us-ascii|iso-?8859-1|latin-?1|l1|iso_8859-1.*|cp819)$/.test(name)) return 'windows-1252'
  return iconv.encodingExists(name) ? name : null
}

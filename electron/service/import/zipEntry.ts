import { inflateRawSync } from 'node:zlib'

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50
const LOCAL_FILE_HEADER = 0x04034b50

/**
 * The uncompressed bytes of one file in a ZIP archive (stored or deflated), or null when
 * the archive has no such entry or is not a ZIP this reader understands (ZIP64, encrypted,
 * damaged). Reads only the central directory and that entry, so it is cheap for one small
 * part of a large .docx.
 */
export function readZipEntry(archive: Uint8Array, entryName: string): Uint8Array | null {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength)
  // The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i
      break
    }
  }
  if (end < 0) return null
  const entries = bytes.readUInt16LE(end + 10)
  let offset = bytes.readUInt32LE(end + 16)
  for (let n = 0; n < entries && offset + 46 <= bytes.length; n++) {
    if (bytes.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) return null
    const flags = bytes.readUInt16LE(offset + 8)
    const method = bytes.readUInt16LE(offset + 10)
    const compressedSize = bytes.readUInt32LE(offset + 20)
    const nameLength = bytes.readUInt16LE(offset + 28)
    const extraLength = bytes.readUInt16LE(offset + 30)
    const commentLength = bytes.readUInt16LE(offset + 32)
    const localHeader = bytes.readUInt32LE(offset + 42)
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength)
    if (name === entryName) {
      if (flags & 1 || localHeader + 30 > bytes.length || bytes.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) return null
      const start = localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28)
      const data = bytes.subarray(start, start + compressedSize)
      try {
        if (method === 0) return new Uint8Array(data)
        if (method === 8) return new Uint8Array(inflateRawSync(data))
      } catch {
        return null
      }
      return null
    }
    offset += 46 + nameLength + extraLength + commentLength
  }
  return null
}

import type { ImportReport } from '../../../../shared/contract'
import { call } from '../../api/client'

/** Sends files the user picked to the service by value (a browser cannot share paths). */
export async function importArticles(files: FileList | File[]): Promise<ImportReport> {
  const uploads = await Promise.all([...files].map(async (file) => ({ name: file.name, base64: toBase64(await file.arrayBuffer()) })))
  return call('import.files', { taskId: `import-${crypto.randomUUID()}`, files: uploads })
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer)
  let binary = ''
  // Chunks keep String.fromCharCode's argument list within engine limits.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

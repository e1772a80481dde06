/** A picked file's bytes as base64, the form the API takes files in (a browser cannot share paths). */
export async function readFileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  // Chunks keep String.fromCharCode's argument list within engine limits.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** True for the tabular formats that hold one article per row. */
export function isTable(name: string): boolean {
  return /\.(csv|tsv)$/i.test(name)
}

/**
 * The path shown for a picked file: its folder-relative path when a folder was chosen
 * (webkitRelativePath), its name otherwise.
 */
export function displayName(file: File): string {
  return (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name
}

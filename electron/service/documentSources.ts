import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'

/** A file to import, by name and content, wherever it came from. */
export interface SourceFile {
  name: string
  read: () => Promise<Uint8Array>
}

/**
 * Expands paths into files: a folder contributes every file below it (hidden files and
 * folders skipped), in a stable, sorted order so imports are reproducible. A folder
 * reached again through a link (a link to its parent loops forever) is visited once.
 */
export async function collectSourceFiles(paths: string[]): Promise<{ files: SourceFile[]; failed: { sourceName: string; reason: string }[] }> {
  const files: SourceFile[] = []
  const failed: { sourceName: string; reason: string }[] = []
  const folders = new Set<string>()
  async function visit(path: string, display: string): Promise<void> {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error)
    if (info instanceof Error) {
      failed.push({ sourceName: display, reason: info.code === 'ENOENT' ? 'no such file or folder' : info.message })
      return
    }
    if (info.isDirectory()) {
      const real = await realpath(path)
      if (folders.has(real)) return
      folders.add(real)
      const entries = (await readdir(path)).filter((name) => !name.startsWith('.')).sort()
      for (const name of entries) await visit(join(path, name), join(display, name))
    } else if (info.isFile()) {
      files.push({ name: display, read: () => readFile(path) })
    }
  }
  for (const path of paths) await visit(path, basename(path))
  return { files, failed }
}

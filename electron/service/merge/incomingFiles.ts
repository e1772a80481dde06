import { createHash } from 'node:crypto'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { writeFileAtomic } from '../../store/atomicWrite'

/** Uploads older than this are leftovers of a request that never finished (a crash). */
const STALE_MS = 24 * 60 * 60 * 1000
/** Requests reading each upload folder now: two requests sending the same bytes (under any name) share one. */
const readers = new Map<string, number>()

/**
 * Keeps annotation files sent by value (a browser cannot share paths) in
 * `.margin/incoming/<content hash>/<file name>` for the one request that reads them, so the
 * merge can read them by path and its report shows the coder's file name. Returns their
 * paths, in the order given; `removeIncomingFiles` takes them away again.
 */
export async function storeIncomingFiles(projectDir: string, files: readonly { name: string; base64: string }[]): Promise<string[]> {
  await pruneStaleIncoming(projectDir)
  const paths: string[] = []
  for (const file of files) {
    const bytes = Buffer.from(file.base64, 'base64')
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16)
    const name = basename(file.name).replace(/[^\p{L}\p{N}._ -]/gu, '_') || 'annotations.json'
    const dir = join(incomingDir(projectDir), hash)
    const path = join(dir, name)
    readers.set(dir, (readers.get(dir) ?? 0) + 1)
    await mkdir(dir, { recursive: true })
    await writeFileAtomic(path, bytes)
    paths.push(path)
  }
  return paths
}

/** Removes uploads once no request reads them (a preview's files are sent again with the apply). */
export async function removeIncomingFiles(paths: readonly string[]): Promise<void> {
  for (const dir of paths.map((path) => dirname(path))) {
    const left = (readers.get(dir) ?? 1) - 1
    if (left > 0) readers.set(dir, left)
    else {
      readers.delete(dir)
      await rm(dir, { recursive: true, force: true })
    }
  }
}

function incomingDir(projectDir: string): string {
  return join(projectDir, '.margin', 'incoming')
}

async function pruneStaleIncoming(projectDir: string, now = Date.now()): Promise<void> {
  const root = incomingDir(projectDir)
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const info = await stat(join(root, name)).catch(() => null)
    if (info && !readers.has(join(root, name)) && now - info.mtimeMs > STALE_MS) await rm(join(root, name), { recursive: true, force: true })
  }
}

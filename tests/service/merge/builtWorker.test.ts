import { execFile } from 'node:child_process'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { MergeWorkerThread } from '../../../electron/service/merge/mergeWorkerThread'
import { MergeWorkspace, type MergeContext } from '../../../electron/service/merge/mergeWorkspace'
import { leadView } from '../../../electron/service/merge/placement'
import { emptyQuarantine } from '../../../electron/service/merge/quarantineFile'
import { makeProject } from '../../support/projectFixtures'
import { annotationOf, writeAnnotationFile } from '../../support/teamFixtures'
import { tempDir } from '../../support/tempDir'

const ROOT = join(import.meta.dirname, '../../..')
const BUILT = join(ROOT, 'out', 'main', 'mergeWorker.js')

/**
 * The desktop app's worker as electron-vite builds it: `npm run build`'s (CI builds before
 * testing), or when that is missing or older than the sources, a build of this test's own
 * inside node_modules (so the worker's packages resolve, and out/ that the e2e tests serve is
 * left alone).
 */
async function builtWorker(): Promise<string> {
  const built = await stat(BUILT).catch(() => null)
  if (built && (await newestSource()) <= built.mtimeMs) return BUILT
  const outDir = join(ROOT, 'node_modules', '.cache', 'margin-built-worker-test')
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'error'], { cwd: ROOT })
  return join(outDir, 'main', 'mergeWorker.js')
}

async function newestSource(): Promise<number> {
  let newest = 0
  for (const dir of ['electron', 'shared']) {
    for (const entry of await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs)
    }
  }
  return newest
}

describe('the merge worker the desktop app ships', () => {
  it('starts from the build and plans a coder as the main thread does', { timeout: 120_000 }, async () => {
    const entry = await builtWorker()
    const dir = await tempDir()
    const store = await makeProject(dir)
    const file = await writeAnnotationFile(dir, 'bob.json', { id: 'bob', name: 'Bob' }, [annotationOf('bob', 'b1'), annotationOf('bob', 'b2', { deleted: true })], {
      documentStatus: { 'doc-quotes': 'done' },
    })
    const context: MergeContext = { view: leadView(store.documents, store.codebook), options: {}, coderFiles: { alice: 'alice.json' }, quarantine: emptyQuarantine(), stage: false }
    const here = new MergeWorkspace(context, { state: async () => undefined, stage: async () => Promise.reject(new Error('nothing to stage')) })
    const thread = new MergeWorkerThread({ projectDir: store.dir, documents: [...store.documents], codebook: store.codebook, options: {}, coderFiles: context.coderFiles, quarantine: context.quarantine, stage: false }, entry)
    try {
      const there = await thread.readAndPlan(0, file)
      expect(there).toEqual(await here.readAndPlan(0, file))
      expect(there.planned.plan.counts).toEqual(expect.objectContaining({ coderId: 'bob', created: true, new: 2, statusesChanged: 1 }))
      expect(thread.failed).toBe(false)
    } finally {
      await thread.close()
      await store.close()
    }
  })
})

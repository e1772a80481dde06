import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import type { CoderFile, DocumentIndex } from '../shared/model'
import type { AnnotationFile } from '../shared/team'
import { projectAgreement } from '../electron/service/agreement/projectAgreement'
import { mergeAnnotationFiles } from '../electron/service/merge/applyMerge'
import { ProjectStore } from '../electron/store/projectStore'
import { canonicalJson, compactCanonicalJson } from '../electron/store/canonicalJson'
import { generateProject } from './generateProject'

export interface MergeFigures {
  files: number
  annotations: number
  /** Five new coders' files into a project without them, as the desktop app runs it (built worker): median of runs. */
  firstMergeSeconds: number
  runs: number[]
  /** CPU time of all threads during the median run. */
  cpuSeconds: number
  /** After the merge, until the open store holds every merged coder again (read back from disk). */
  reloadSeconds: number
  /** The same merge as `margin merge` runs it: the worker from source through tsx. */
  fromSourceSeconds: number
  /** The same files again: nothing changes (idempotence), everything is still compared. */
  remergeSeconds: number
  /**
   * The JSON work no merge can skip, on one thread: read and parse each file, then write
   * its annotations as the project's coder file (stringify, encode, hash). A merge on n
   * cores cannot take much less than this divided by n.
   */
  jsonFloorSeconds: number
}

export interface AgreementFigures {
  documents: number
  annotations: number
  codes: number
  /** First run: every text read and split into sentences, then cached. */
  coldSeconds: number
  /** Next runs (a fresh open each, boundaries from the cache): their median is the figure the target is about. */
  warmSeconds: number
  warmRuns: number[]
  units: number
}

/**
 * Issue target: merging 5 files of 50,000 annotations each takes under 2 s. The files are
 * the five coders of a generated 10,000-article project, exported as `margin annotations`
 * writes them, merged into a lead project with the same documents and no coders. Timed as
 * the desktop app runs it (the merge worker built by electron-vite), from the call until
 * every file is durable and the report is ready; the reload of the open store that follows
 * is timed on its own. Single runs on a shared two-vCPU machine wander by a quarter either
 * way: the figure is the median of five, each run printed.
 */
export async function benchMerge(runs = 5): Promise<MergeFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'margin-bench-merge-'))
  try {
    const workerEntry = await buildMergeWorker()
    const coded = await generateProject(join(dir, 'coded'), { documents: 10_000, coders: 5, perCoder: 50_000 })
    await generateProject(join(dir, 'lead'), { documents: 10_000, coders: 0, perCoder: 0 })
    const index = JSON.parse(await readFile(join(coded.dir, 'documents.json'), 'utf8')) as DocumentIndex
    const documentHashes = Object.fromEntries(index.documents.map((d) => [d.id, d.contentHash]))
    const codeNames = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`code-${i}`, `Code ${i}`]))
    await mkdir(join(dir, 'files'))
    const paths: string[] = []
    for (const coder of coded.coders) {
      const file = JSON.parse(await readFile(join(coded.dir, 'annotations', `${coder}.json`), 'utf8')) as CoderFile
      const sent: AnnotationFile = { ...file, documentHashes, codeNames }
      const path = join(dir, 'files', `${coder}.json`)
      // As `margin annotations` writes them: compact canonical JSON.
      await writeFile(path, compactCanonicalJson(sent))
      paths.push(path)
    }
    const time = async (project: string, entry: string | undefined) => {
      const store = await ProjectStore.open(project)
      const cpu0 = process.cpuUsage()
      const t0 = performance.now()
      const report = await mergeAnnotationFiles(store, { paths, workerEntry: entry })
      const seconds = (performance.now() - t0) / 1000
      const cpu = process.cpuUsage(cpu0)
      const t1 = performance.now()
      const loaded = [...(await store.coders()).values()].reduce((n, c) => n + c.annotationCount, 0)
      const reloadSeconds = (performance.now() - t1) / 1000
      await store.close()
      if (report.changed && loaded !== coded.annotations) throw new Error(`the store holds ${loaded} of ${coded.annotations} annotations after the merge`)
      return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, reloadSeconds, report }
    }
    const firsts: Awaited<ReturnType<typeof time>>[] = []
    for (let i = 0; i <= runs; i++) {
      const project = join(dir, `lead-${i}`)
      await cp(join(dir, 'lead'), project, { recursive: true })
      const run = await time(project, i < runs ? workerEntry : undefined)
      const added = run.report.coders.reduce((n, c) => n + c.new, 0)
      if (added !== coded.annotations) throw new Error(`merged ${added} of ${coded.annotations} annotations`)
      firsts.push(run)
    }
    const fromSource = firsts.pop()!
    const median = [...firsts].sort((a, b) => a.seconds - b.seconds)[Math.floor(firsts.length / 2)]
    const again = await time(join(dir, 'lead-0'), workerEntry)
    if (again.report.changed) throw new Error('merging the same files twice changed the project')
    const f0 = performance.now()
    for (const path of paths) {
      const sent = JSON.parse((await readFile(path)).toString('utf8')) as AnnotationFile
      const bytes = Buffer.from(canonicalJson({ annotations: sent.annotations, coder: sent.coder, demo: false, documentMemos: {}, documentStatus: {}, format: 'margin-annotations', schemaVersion: 1 }))
      createHash('sha256').update(bytes).digest('hex')
    }
    const jsonFloorSeconds = (performance.now() - f0) / 1000
    return {
      files: paths.length,
      annotations: coded.annotations,
      firstMergeSeconds: median.seconds,
      runs: firsts.map((r) => r.seconds),
      cpuSeconds: median.cpuSeconds,
      reloadSeconds: median.reloadSeconds,
      fromSourceSeconds: fromSource.seconds,
      remergeSeconds: again.seconds,
      jsonFloorSeconds,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Builds the desktop app (electron-vite, in a child process so the bundler's threads and heap stay out of the timing) and returns its merge worker. */
async function buildMergeWorker(): Promise<string> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  await promisify(execFile)(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: root })
  return join(root, 'out', 'main', 'mergeWorker.js')
}

/**
 * Issue target: agreement for every code at sentence level over 10,000 articles under
 * 2 s, through the service (annotations indexed, sentence boundaries, 30 codes with
 * bootstrapped intervals, groups, overall, disagreements counted).
 */
export async function benchAgreement(): Promise<AgreementFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'margin-bench-agreement-'))
  try {
    const project = await generateProject(join(dir, 'large'), { documents: 10_000, coders: 5, perCoder: 50_000 })
    const run = async () => {
      const store = await ProjectStore.open(project.dir, { readOnly: false })
      await store.coders() // loading coder files is the store's figure, not agreement's
      const t0 = performance.now()
      const result = await projectAgreement(store, { unit: 'sentence' })
      const seconds = (performance.now() - t0) / 1000
      await store.close()
      return { seconds, result }
    }
    const cold = await run()
    // This machine's timings wander by a third from run to run: the median of three warm runs.
    const warms = [await run(), await run(), await run()]
    const warm = [...warms].sort((a, b) => a.seconds - b.seconds)[1]
    return {
      documents: project.documents,
      annotations: project.annotations,
      codes: warm.result.codes.length,
      coldSeconds: cold.seconds,
      warmSeconds: warm.seconds,
      warmRuns: warms.map((w) => w.seconds),
      units: warm.result.codes[0]?.report?.units ?? 0,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

import { performance } from 'node:perf_hooks'
import { MarginService } from '../electron/service/marginService'
import { ProjectStore } from '../electron/store/projectStore'
import type { GeneratedProject } from './generateProject'

export interface StoreFigures {
  openToDocumentListMs: number
  loadAllAnnotationsMs: number
  persistP50Ms: number
  persistP95Ms: number
  persistSamples: number
  rssAfterLoadMb: number
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * Issue 2's scale targets on a generated project: open to a usable document list
 * (< 1 s), persist one new annotation (p95 < 50 ms, durable: fsynced journal), memory.
 */
export async function benchStore(project: GeneratedProject, samples = 300): Promise<StoreFigures> {
  // Median of three cold-ish opens: metadata only, as the document list needs.
  const opens: number[] = []
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    const store = await ProjectStore.open(project.dir)
    if (store.documents.length !== project.documents) throw new Error('document list incomplete')
    opens.push(performance.now() - t0)
    await store.close()
  }
  const service = new MarginService()
  await service.openProject(project.dir)
  const t1 = performance.now()
  const coders = await service.project.coders()
  const loadAllAnnotationsMs = performance.now() - t1
  const total = [...coders.values()].reduce((n, c) => n + c.annotationCount, 0)
  if (total !== project.annotations) throw new Error(`loaded ${total} of ${project.annotations} annotations`)
  const rssAfterLoadMb = process.memoryUsage().rss / 1024 / 1024

  const documents = service.project.documents
  const times: number[] = []
  for (let i = 0; i < samples; i++) {
    const document = documents[(i * 7919) % documents.length]
    const t0 = performance.now()
    await service.handlers['annotations.create']({ coderId: project.coders[0], documentId: document.id, codeId: 'code-1', start: 10, end: 30 })
    times.push(performance.now() - t0)
  }
  await service.shutdown()
  times.sort((a, b) => a - b)
  return {
    openToDocumentListMs: opens.sort((a, b) => a - b)[1],
    loadAllAnnotationsMs,
    persistP50Ms: percentile(times, 50),
    persistP95Ms: percentile(times, 95),
    persistSamples: samples,
    rssAfterLoadMb,
  }
}

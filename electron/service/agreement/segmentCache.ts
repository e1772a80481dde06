import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { splitSentences, type TextSpan } from '../../../shared/agreement'
import { splitParagraphs } from '../../../shared/text/normalize'
import type { DocumentMeta } from '../../../shared/model'
import { writeFileAtomic } from '../../store/atomicWrite'
import type { ProjectStore } from '../../store/projectStore'

export type SegmentKind = 'paragraph' | 'sentence'

/** `.margin/cache/segments.json`: derived data, safe to delete. */
export const SEGMENT_CACHE_FILE = '.margin/cache/segments.json'

interface CacheFile {
  format: 'margin-segment-cache'
  /** The ICU version that split the sentences; another version may split differently. */
  icu: string
  /** "<kind>|<language>|<content hash>" → flat [start, end, start, end, …] in code points. */
  entries: Record<string, number[]>
}

const caches = new WeakMap<ProjectStore, SegmentCache>()

/**
 * Paragraph and sentence boundaries of a project's documents, computed once per text:
 * texts never change, so boundaries are keyed by content hash (and language, which the
 * sentence splitter uses) and kept in memory and in `.margin/cache/segments.json`, so the
 * next run reads 10,000 documents' boundaries instead of splitting 10,000 texts again.
 */
export class SegmentCache {
  private entries = new Map<string, TextSpan[]>()
  private loaded = false

  private constructor(private readonly store: ProjectStore) {}

  static of(store: ProjectStore): SegmentCache {
    let cache = caches.get(store)
    if (!cache) caches.set(store, (cache = new SegmentCache(store)))
    return cache
  }

  /** The segments of every document in `documents`, as a lookup by document id. */
  async segments(kind: SegmentKind, documents: readonly DocumentMeta[]): Promise<(documentId: string) => readonly TextSpan[]> {
    await this.loadFile()
    const byDocument = new Map<string, TextSpan[]>()
    let computed = 0
    for (const meta of documents) {
      const key = cacheKey(kind, meta)
      let spans = this.entries.get(key)
      if (!spans) {
        const text = await this.store.readText(meta.id)
        spans = kind === 'sentence' ? splitSentences(text, meta.language || undefined) : splitParagraphs(text)
        this.entries.set(key, spans)
        computed++
      }
      byDocument.set(meta.id, spans)
    }
    if (computed > 0 && !this.store.readOnlyReason) await this.saveFile()
    return (id) => byDocument.get(id) ?? []
  }

  private async loadFile(): Promise<void> {
    if (this.loaded) return
    this.loaded = true
    try {
      const file = JSON.parse(await readFile(join(this.store.dir, SEGMENT_CACHE_FILE), 'utf8')) as CacheFile
      if (file.format !== 'margin-segment-cache' || file.icu !== icuVersion()) return
      for (const [key, flat] of Object.entries(file.entries)) {
        const spans: TextSpan[] = []
        for (let i = 0; i + 1 < flat.length; i += 2) spans.push({ start: flat[i], end: flat[i + 1] })
        this.entries.set(key, spans)
      }
    } catch {
      // No cache yet, or a damaged one: it is derived data, recomputed below.
    }
  }

  private async saveFile(): Promise<void> {
    const entries: Record<string, number[]> = {}
    for (const key of [...this.entries.keys()].sort()) entries[key] = this.entries.get(key)!.flatMap((s) => [s.start, s.end])
    const file: CacheFile = { format: 'margin-segment-cache', icu: icuVersion(), entries }
    await mkdir(join(this.store.dir, '.margin', 'cache'), { recursive: true })
    await writeFileAtomic(join(this.store.dir, SEGMENT_CACHE_FILE), JSON.stringify(file))
  }
}

function cacheKey(kind: SegmentKind, meta: DocumentMeta): string {
  return `${kind}|${kind === 'sentence' ? meta.language : ''}|${meta.contentHash}`
}

function icuVersion(): string {
  return `${process.versions.icu ?? 'none'}/${process.versions.unicode ?? ''}`
}

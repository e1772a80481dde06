import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Annotation, Codebook, DocumentMeta } from '../shared/model'
import { CodePointIndex, codePointLength } from '../shared/text/codePoints'
import { countWords, splitParagraphs } from '../shared/text/normalize'
import { exportTable } from '../electron/service/export'
import { contentHash, ProjectStore } from '../electron/store/projectStore'

export interface ExportBenchResult {
  rows: number
  seconds: number
  jsonStringifySeconds: number
  /** seconds / jsonStringifySeconds: how much slower than dumping the same annotations as JSON. */
  ratio: number
  /** Largest resident set size seen while the export ran (after each chunk), in MB. */
  peakRssMb: number
  bytes: number
}

const CODERS = 5
const PER_CODER = 50_000
const DOCUMENTS = 500
const T0 = Date.parse('2025-01-01T00:00:00.000Z')

/**
 * Exports the segments table of a generated project (500 documents with emoji, curly
 * quotes and line breaks; 5 coders × 50,000 live annotations = 250,000 rows, a fifth of them
 * stances with attributes, plus ~1% tombstones that are skipped) and times it against JSON.stringify of the same annotations.
 * Opening the project is not timed; reading texts, building rows and writing are.
 */
export async function benchExport(): Promise<ExportBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'margin-export-bench-'))
  try {
    await generateProject(dir)
    const store = await ProjectStore.open(join(dir, 'project'), { readOnly: true })
    const coders = await store.coders()
    const annotations = [...coders.values()].flatMap((c) => c.annotations())

    const out = join(dir, 'segments.csv')
    const started = process.hrtime.bigint()
    // RSS sampled after every written chunk: the export's own footprint, not the generator's.
    let peakRss = process.memoryUsage().rss
    const summary = await exportTable(store, { table: 'segments' }, { path: out }, { onProgress: () => (peakRss = Math.max(peakRss, process.memoryUsage().rss)) })
    const seconds = Number(process.hrtime.bigint() - started) / 1e9

    const jsonStarted = process.hrtime.bigint()
    const json = JSON.stringify(annotations)
    const jsonStringifySeconds = Number(process.hrtime.bigint() - jsonStarted) / 1e9
    if (!json.length) throw new Error('empty JSON')

    const bytes = (await stat(out)).size
    await store.close()
    return {
      rows: summary.rows,
      seconds,
      jsonStringifySeconds,
      ratio: seconds / jsonStringifySeconds,
      peakRssMb: Math.round(peakRss / 1024 / 1024),
      bytes,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function generateProject(dir: string): Promise<void> {
  const store = await ProjectStore.create(join(dir, 'project'), 'Export bench', { id: 'export-bench', createdAt: new Date(T0).toISOString() })
  const texts: string[] = []
  const batch: { meta: DocumentMeta; text: string }[] = []
  for (let d = 0; d < DOCUMENTS; d++) {
    const paragraphs = Array.from({ length: 12 }, (_, p) => `Paragraph ${p} of article ${d}: leaders 🤝 met in “Riyadh”, talks — café e\u0301 — began; troops, prices and aid were discussed at length.`)
    const text = paragraphs.join('\n\n')
    texts.push(text)
    batch.push({
      text,
      meta: {
        id: `doc-${String(d).padStart(4, '0')}`, contentHash: contentHash(text), title: `Article ${d}`, outlet: d % 2 ? 'Wire' : 'Daily',
        date: '2025-02-12', author: '', url: '', language: 'en', variables: { outlet_type: d % 2 ? 'wire' : 'newspaper' },
        characters: codePointLength(text), words: countWords(text), paragraphs: splitParagraphs(text).length,
        source: { fileName: `a${d}.txt`, format: 'txt', importedAt: new Date(T0).toISOString() },
      },
    })
  }
  await store.addDocuments(batch, [{ name: 'outlet_type', type: 'text', description: '' }])
  await store.saveCodebook(benchCodebook())
  const indexes = texts.map((t) => new CodePointIndex(t))
  for (let c = 0; c < CODERS; c++) {
    const coder = await store.addCoder({ id: `coder${c + 1}`, name: `Coder ${c + 1}` })
    const annotations: Annotation[] = []
    for (let i = 0; i < PER_CODER; i++) {
      const d = (i * 7 + c) % DOCUMENTS
      const index = indexes[d]
      const start = (i * 37) % (index.length - 200)
      const end = start + 20 + (i % 150)
      const stance = i % 5 === 0
      const time = new Date(T0 + i * 1000).toISOString()
      annotations.push({
        id: `c${c}-${String(i).padStart(6, '0')}`, documentId: batch[d].meta.id, codeId: stance ? 'stance' : `frame-${i % 15}`, coderId: `coder${c + 1}`,
        start, end, quote: index.slice(start, end), before: null, after: null,
        attributes: stance ? { actor: `actor-${i % 4}`, target: 'talks', polarity: (i % 3) - 1 } : {},
        memo: i % 50 === 0 ? { doc: {}, text: `Memo ${i}: “why” this is coded` } : null,
        createdAt: time, updatedAt: time, deleted: false,
      })
      // Tombstones on top, which the export must skip.
      if (i % 97 === 0) annotations.push({ ...annotations[annotations.length - 1], id: `c${c}-${String(i).padStart(6, '0')}-deleted`, deleted: true })
    }
    await coder.commit(annotations.map((annotation) => ({ op: 'put' as const, annotation })))
  }
  await store.close()
}

function benchCodebook(): Codebook {
  const code = (id: string, name: string, groupId: string, order: number, attributes: Codebook['codes'][number]['attributes'] = []) => ({
    id, name, groupId, parentId: null, color: '#336699', definition: '', inclusion: '', exclusion: '', examples: [], shortcut: null,
    level: 'span' as const, attributes, memo: null, order,
  })
  return {
    format: 'margin-codebook',
    schemaVersion: 1,
    groups: [
      { id: 'frames', name: 'Frames', kind: 'frames', description: '', order: 0 },
      { id: 'actors', name: 'Actors', kind: 'actors', description: '', order: 1 },
      { id: 'stances', name: 'Stances', kind: 'stances', description: '', order: 2 },
    ],
    codes: [
      ...Array.from({ length: 15 }, (_, i) => code(`frame-${i}`, `Frame ${i}`, 'frames', i)),
      ...Array.from({ length: 4 }, (_, i) => code(`actor-${i}`, `Actor ${i}`, 'actors', i)),
      code('stance', 'Stance', 'stances', 0, [
        { id: 'actor', name: 'Actor', type: 'code', options: [], fromGroup: 'actors', default: null, required: true },
        { id: 'target', name: 'Target', type: 'list', options: [{ value: 'talks', label: 'Talks' }], fromGroup: null, default: null, required: true },
        { id: 'polarity', name: 'Polarity', type: 'scale', options: [{ value: -1, label: 'Opposes' }, { value: 0, label: 'Neutral' }, { value: 1, label: 'Supports' }], fromGroup: null, default: null, required: true },
      ]),
    ],
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchExport()
  process.stdout.write(
    `export segments: ${r.rows} rows in ${r.seconds.toFixed(2)} s (${(r.bytes / 1e6).toFixed(1)} MB); JSON.stringify ${r.jsonStringifySeconds.toFixed(2)} s; ratio ${r.ratio.toFixed(1)}×; peak RSS ${r.peakRssMb} MB\n`,
  )
}

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Annotation, Codebook, CoderFile, DocumentIndex, DocumentMeta, ProjectFile } from '../shared/model'
import { canonicalJson } from '../electron/store/canonicalJson'
import { contentHash } from '../electron/store/projectStore'
import { CONTEXT_CODE_POINTS } from '../shared/model'
import { CodePointIndex } from '../shared/text/codePoints'
import { countWords, splitParagraphs } from '../shared/text/normalize'

export interface GeneratedProject {
  dir: string
  documents: number
  annotations: number
  coders: string[]
}

const WORDS = 'the president said talks on ending the war would begin immediately after a long call with his counterpart about security guarantees territory and sanctions while european allies warned that ukraine must sit at the table'.split(' ')
/** Names as news text spells them: accents and other letters outside ASCII are common. */
const NAMES = ['Zelenskyy', 'Macron', 'Merz', 'Müller', 'Šefčovič', 'Łukaszewicz', 'Núñez', 'Erdoğan', 'Kyiv', 'Brussels', 'Genève', 'Kraków']

/** A deterministic pseudo-random generator (mulberry32) so generated projects repeat. */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Writes a large project straight to disk in Margin's format (no fsync: this is a
 * fixture, not user data): `documents` articles of ~500 words, `coders` coders with
 * `perCoder` annotations each, 30 codes in 3 groups.
 */
export async function generateProject(dir: string, options: { documents: number; coders: number; perCoder: number; wordsPerDocument?: number }): Promise<GeneratedProject> {
  const random = seeded(42)
  const words = options.wordsPerDocument ?? 500
  await mkdir(join(dir, 'documents'), { recursive: true })
  await mkdir(join(dir, 'annotations'), { recursive: true })
  const at = '2025-03-01T10:00:00.000Z'
  const project: ProjectFile = {
    format: 'margin-project', schemaVersion: 1, id: 'bench-project', name: 'Benchmark project', description: '',
    createdAt: at, demo: false, variables: [{ name: 'outlet_type', type: 'text', description: '' }], memo: null,
  }
  const groups = ['frames', 'actors', 'stances'] as const
  const codebook: Codebook = {
    format: 'margin-codebook', schemaVersion: 1,
    groups: groups.map((kind, order) => ({ id: kind, name: kind[0].toUpperCase() + kind.slice(1), kind, description: '', order })),
    codes: Array.from({ length: 30 }, (_, i) => ({
      id: `code-${i}`, name: `Code ${i}`, groupId: groups[i % 3], parentId: null, color: '#336699', definition: '', inclusion: '',
      exclusion: '', examples: [], shortcut: null, level: 'span' as const, attributes: [], memo: null, order: i,
    })),
  }
  const metas: DocumentMeta[] = []
  const texts: CodePointIndex[] = []
  for (let d = 0; d < options.documents; d++) {
    const paragraphs: string[] = []
    for (let p = 0; p < 8; p++) paragraphs.push(`${newsParagraph(random, Math.round(words / 8))} (${d}.${p})`)
    const text = paragraphs.join('\n')
    const hash = contentHash(text)
    const id = `doc-${hash.slice(7, 23)}`
    await writeFile(join(dir, 'documents', `${id}.txt`), text)
    texts.push(new CodePointIndex(text))
    metas.push({
      id, contentHash: hash, title: `Generated article ${d}`, outlet: `Outlet ${d % 12}`, date: '2025-02-12', author: '', url: '',
      language: 'en', variables: { outlet_type: d % 3 ? 'newspaper' : 'wire' }, characters: texts[d].length, words: countWords(text),
      paragraphs: splitParagraphs(text).length, source: { fileName: `generated-${d}.txt`, format: 'txt', importedAt: at },
    })
  }
  const index: DocumentIndex = { format: 'margin-documents', schemaVersion: 1, documents: metas }
  await writeFile(join(dir, 'margin.json'), canonicalJson(project))
  await writeFile(join(dir, 'codebook.json'), canonicalJson(codebook))
  await writeFile(join(dir, 'documents.json'), canonicalJson(index))
  const coders: string[] = []
  for (let c = 0; c < options.coders; c++) {
    const coderId = `coder-${c + 1}`
    coders.push(coderId)
    const annotations: Annotation[] = []
    for (let i = 0; i < options.perCoder; i++) {
      const d = Math.floor(random() * metas.length)
      const text = texts[d]
      const start = Math.floor(random() * (text.length - 120))
      const end = start + 20 + Math.floor(random() * 100)
      // Coders work for weeks: every annotation has its own time, a fifth edited later.
      const created = Date.parse(at) + (c * options.perCoder + i) * 37_000
      const updated = random() < 0.2 ? created + Math.floor(random() * 86_400_000) : created
      annotations.push({
        id: `${coderId}-${String(i).padStart(7, '0')}`, documentId: metas[d].id, codeId: `code-${Math.floor(random() * 30)}`, coderId,
        start, end, quote: text.slice(start, end), before: text.slice(Math.max(0, start - CONTEXT_CODE_POINTS), start),
        after: text.slice(end, Math.min(text.length, end + CONTEXT_CODE_POINTS)), attributes: {}, memo: null,
        createdAt: new Date(created).toISOString(), updatedAt: new Date(updated).toISOString(), deleted: false,
      })
    }
    const file: CoderFile = {
      format: 'margin-annotations', schemaVersion: 1, coder: { id: coderId, name: `Coder ${c + 1}` }, demo: false,
      annotations, documentStatus: {}, documentMemos: {},
    }
    await writeFile(join(dir, 'annotations', `${coderId}.json`), JSON.stringify(file))
  }
  return { dir, documents: options.documents, annotations: options.coders * options.perCoder, coders }
}

/**
 * A paragraph of about `words` words that reads like wire copy where it matters for speed:
 * sentences with typographic quotation marks, apostrophes and dashes, and names with
 * letters outside ASCII. (One such character makes a whole file's text two bytes a
 * character in V8, which slows reading and writing it by a third: ASCII filler flatters.)
 */
function newsParagraph(random: () => number, words: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const sentences: string[] = []
  let count = 0
  while (count < words) {
    const length = 12 + Math.floor(random() * 14)
    const parts = Array.from({ length }, () => (random() < 0.08 ? pick(NAMES) : pick(WORDS)))
    if (random() < 0.3) parts[Math.floor(random() * length)] = `${pick(NAMES)}’s`
    if (random() < 0.35) {
      const from = Math.floor(random() * (length - 4))
      parts[from] = `“${parts[from]}`
      parts[from + 3] = `${parts[from + 3]}”`
    }
    if (random() < 0.15) parts.splice(1 + Math.floor(random() * (length - 2)), 0, '—')
    parts[0] = parts[0].replace(/^(“?)(.)/, (_, quote: string, first: string) => quote + first.toUpperCase())
    sentences.push(`${parts.join(' ')}.`)
    count += length
  }
  return sentences.join(' ')
}

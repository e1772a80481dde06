import { readFile, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Annotation } from '../../shared/model'
import { plainMemo } from '../../shared/model'
import { CodePointIndex, codePointLength } from '../../shared/text/codePoints'
import { countWords, normalizeText, splitParagraphs } from '../../shared/text/normalize'
import { anchorSpan, checkAttributes, requireCode } from '../service/annotationRules'
import { contentHash, ProjectStore } from '../store/projectStore'
import { demoCodebook } from './demoCodebook'
import { demoCoders, type DemoCoding } from './demoCodings'
import { seedArticles, seedVariables } from './seedArticles'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
/** Fixed identity and times, so that building the demo twice gives identical files. */
const PROJECT_ID = 'margin-demo-trump-putin-call-2025'
const CREATED_AT = '2025-02-20T09:00:00.000Z'

/**
 * Builds the bundled demo project from the seed articles (../shared/seeds), the starter
 * codebook and the two illustrative coders, deterministically: same inputs, same bytes.
 */
export async function buildDemoProject(outDir: string, seedsDir = join(repoRoot, '..', 'shared', 'seeds')): Promise<void> {
  await rm(outDir, { recursive: true, force: true })
  const store = await ProjectStore.create(outDir, 'Demo: the Trump–Putin call of 12 February 2025', {
    demo: true,
    id: PROJECT_ID,
    createdAt: CREATED_AT,
  })
  await store.saveProjectFile({
    ...store.info,
    description:
      'Five news reports on the phone call between Donald Trump and Vladimir Putin and the start of talks on ending the war in Ukraine, with a starter codebook (Policy Frames Codebook frames, actors, stances) and two coders’ illustrative demo codings. Try coding, exporting, merging and agreement here; the codings are examples, not research data.',
    variables: seedVariables,
  })
  const texts = new Map<string, { id: string; text: string }>()
  const batch = []
  for (const article of seedArticles) {
    const text = normalizeText(await readFile(join(seedsDir, article.file), 'utf8'))
    const hash = contentHash(text)
    const id = `doc-${hash.slice(7, 23)}`
    texts.set(article.prefix, { id, text })
    batch.push({
      text,
      meta: {
        id,
        contentHash: hash,
        title: article.title,
        outlet: article.outlet,
        date: article.date,
        author: '',
        url: '',
        language: 'en',
        variables: { ...article.variables },
        characters: codePointLength(text),
        words: countWords(text),
        paragraphs: splitParagraphs(text).length,
        source: { fileName: article.file, format: 'seed' as const, importedAt: CREATED_AT },
      },
    })
  }
  await store.addDocuments(batch, seedVariables)
  await store.saveCodebook(demoCodebook)

  for (const [coderIndex, demo] of demoCoders.entries()) {
    const coder = await store.addCoder({ id: demo.id, name: demo.name }, true)
    const annotations = demo.codings.map((coding, i) => demoAnnotation(coding, i, coderIndex, demo.id, texts))
    await coder.commit(annotations.map((annotation) => ({ op: 'put' as const, annotation })))
    for (const { id } of texts.values()) await coder.commit([{ op: 'status', documentId: id, status: 'done' }])
  }
  await store.close()
  await rm(join(outDir, '.margin'), { recursive: true, force: true })
}

function demoAnnotation(
  coding: DemoCoding,
  index: number,
  coderIndex: number,
  coderId: string,
  texts: Map<string, { id: string; text: string }>,
): Annotation {
  const document = texts.get(coding.document)
  if (!document) throw new Error(`demo coding ${index} of ${coderId}: no seed article ${coding.document}`)
  const code = requireCode(demoCodebook, coding.code)
  let span = anchorSpan('', null, null)
  if (coding.quote !== undefined) {
    const start = findOccurrence(document.text, coding.quote, coding.occurrence ?? 0)
    if (start < 0) throw new Error(`demo coding ${index} of ${coderId}: quote not found in ${coding.document}: ${coding.quote}`)
    const index16 = new CodePointIndex(document.text)
    const cpStart = index16.fromUtf16(start)
    span = anchorSpan(index16, cpStart, cpStart + codePointLength(coding.quote))
  }
  // Timestamps a minute apart per coding, the second coder a day later: fixed, plausible.
  const at = new Date(Date.parse(CREATED_AT) + coderIndex * 86_400_000 + index * 60_000).toISOString()
  return {
    id: `demo-${coderId}-${String(index + 1).padStart(3, '0')}`,
    documentId: document.id,
    codeId: code.id,
    coderId,
    ...span,
    attributes: checkAttributes(demoCodebook, code, coding.attributes ?? {}),
    memo: coding.memo ? plainMemo(coding.memo) : null,
    createdAt: at,
    updatedAt: at,
    deleted: false,
  }
}

function findOccurrence(text: string, quote: string, occurrence: number): number {
  let at = -1
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1)
    if (at < 0) return -1
  }
  return at
}

// `npm run seeds` rebuilds the bundled demo project in seeds/.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? join(repoRoot, 'seeds'))
  await buildDemoProject(out)
  process.stdout.write(`Built the demo project in ${out}\n`)
}

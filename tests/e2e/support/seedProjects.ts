import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { collectSourceFiles } from '../../../electron/service/documentSources'
import { importDocuments } from '../../../electron/service/importDocuments'
import { contentHash, ProjectStore } from '../../../electron/store/projectStore'
import type { DocumentMeta } from '../../../shared/model'
import { codePointLength } from '../../../shared/text/codePoints'
import { countWords, normalizeText, splitParagraphs } from '../../../shared/text/normalize'
import { SAMPLE_CODEBOOK } from './sampleCodebook'

import { SEED_FILES, SEEDS_DIR } from '../../support/seedCorpus'

export { SEED_FILES, SEEDS_DIR }

/**
 * A project in `dir` with the seed articles imported the way a user imports them (plain
 * text: the title is the file name, no outlet or date) and the sample codebook.
 */
export async function importedSeedProject(dir: string): Promise<string> {
  const store = await ProjectStore.create(dir, 'Trump–Putin call (seed corpus)')
  try {
    const { files, failed } = await collectSourceFiles(SEED_FILES.map((name) => join(SEEDS_DIR, name)))
    const report = await importDocuments(store, files)
    if (failed.length || report.failed.length || report.imported.length !== SEED_FILES.length) {
      throw new Error(`seed import went wrong: ${JSON.stringify({ failed, report })}`)
    }
    await store.saveCodebook(SAMPLE_CODEBOOK)
  } finally {
    await store.close() // releases the lock for the service that opens it next
  }
  return dir
}

/** What the seeds' README says about each article, as an importer with metadata would store it. */
const DESCRIPTIONS: Record<string, Pick<DocumentMeta, 'title' | 'outlet' | 'date'> & { version: string }> = {
  '000_c4cab82b21ae8475.txt': { title: 'Trump says US and Russia will begin Ukraine talks “immediately”', outlet: 'Financial Times', date: '2025-02-12', version: 'original' },
  '001_a97c79d32ffacd94.txt': { title: 'Trump says US and Russia to start negotiations on ending the war', outlet: 'Financial Times (round-tripped)', date: '2025-02-12', version: 'variant' },
  '002_7234993d599bcdfc.txt': { title: 'Trump and Putin agree to start talks on the war in Ukraine', outlet: 'Wire service', date: '2025-02-12', version: 'original' },
  '003_159b3ad281caed05.txt': { title: 'Putin and Trump speak by phone, agree to meet', outlet: 'Wire service (rewritten)', date: '2025-02-13', version: 'variant' },
  '004_866eacb20cd65b5a.txt': { title: 'Trump and Putin agree to begin negotiations on Ukraine war', outlet: 'The Washington Post', date: '2025-02-12', version: 'original' },
}

/**
 * The seed articles with titles, outlets, dates and a "version" variable (original or
 * derived), as a CSV or front-matter import would give them: for screenshots and filters.
 */
export async function describedSeedProject(dir: string): Promise<string> {
  const store = await ProjectStore.create(dir, 'Trump–Putin call, 12 February 2025')
  try {
    const documents = await Promise.all(
      SEED_FILES.map(async (name) => {
        const text = normalizeText(await readFile(join(SEEDS_DIR, name), 'utf8'))
        const { version, ...described } = DESCRIPTIONS[name]
        const hash = contentHash(text)
        const meta: DocumentMeta = {
          id: `doc-${hash.slice(7, 23)}`,
          contentHash: hash,
          ...described,
          author: '',
          url: '',
          language: 'en',
          variables: { version },
          characters: codePointLength(text),
          words: countWords(text),
          paragraphs: splitParagraphs(text).length,
          source: { fileName: name, format: 'txt', importedAt: '2025-02-14T09:00:00.000Z' },
        }
        return { meta, text }
      }),
    )
    await store.addDocuments(documents, [{ name: 'version', type: 'text', description: 'original report or a derived variant' }])
    await store.saveCodebook(SAMPLE_CODEBOOK)
  } finally {
    await store.close()
  }
  return dir
}

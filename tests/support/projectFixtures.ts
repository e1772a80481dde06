import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { Annotation, Codebook } from '../../shared/model'
import { codePointLength } from '../../shared/text/codePoints'
import { testCode } from './codebookFixtures'
import { countWords, splitParagraphs } from '../../shared/text/normalize'
import { contentHash, ProjectStore } from '../../electron/store/projectStore'

export const TEXTS = {
  quotes: 'Trump said talks would begin “immediately” — a ½-step.\nPutin agreed.',
  emoji: 'Leaders 🤝 met. Café e\u0301 combined.\nSecond paragraph 🇺🇦 here.',
}

export const CODEBOOK: Codebook = {
  format: 'margin-codebook',
  schemaVersion: 1,
  groups: [{ id: 'frames', name: 'Frames', kind: 'frames', description: '', order: 0 }],
  codes: [testCode('frame-security', 'Security and defense', 'frames', 0, { shortcut: '1' })],
}

/** A project in `dir` with the TEXTS as documents, a one-code codebook and coder "alice". */
export async function makeProject(dir: string, name = 'Test project'): Promise<ProjectStore> {
  const store = await ProjectStore.create(join(dir, 'project'), name)
  await store.addDocuments(
    Object.entries(TEXTS).map(([key, text]) => ({
      meta: {
        id: `doc-${key}`,
        contentHash: contentHash(text),
        title: key,
        outlet: 'Test Outlet',
        date: '2025-02-12',
        author: '',
        url: '',
        language: 'en',
        variables: {},
        characters: codePointLength(text),
        words: countWords(text),
        paragraphs: splitParagraphs(text).length,
        source: { fileName: `${key}.txt`, format: 'txt', importedAt: '2025-02-13T10:00:00.000Z' },
      },
      text,
    })),
  )
  await store.saveCodebook(CODEBOOK)
  await store.addCoder({ id: 'alice', name: 'Alice' })
  return store
}

/** A span annotation on doc-quotes by alice (offsets in code points). */
export function spanAnnotation(start: number, end: number, id: string = randomUUID()): Annotation {
  const now = new Date().toISOString()
  return {
    id, documentId: 'doc-quotes', codeId: 'frame-security', coderId: 'alice',
    start, end, quote: [...TEXTS.quotes].slice(start, end).join(''), before: null, after: null,
    attributes: {}, memo: null, createdAt: now, updatedAt: now, deleted: false,
  }
}

import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { Annotation, Coder } from '../../shared/model'
import type { AnnotationFile } from '../../shared/team'
import { compactCanonicalJson } from '../../electron/store/canonicalJson'
import { contentHash } from '../../electron/store/projectStore'
import { TEXTS } from './projectFixtures'

/** A span annotation of `coder` on doc-quotes (code frame-security), changed by `over`. */
export function annotationOf(coder: string, id: string, over: Partial<Annotation> = {}): Annotation {
  const start = over.start ?? 0
  const end = over.end ?? 5
  return {
    id, documentId: 'doc-quotes', codeId: 'frame-security', coderId: coder,
    start, end, quote: [...TEXTS.quotes].slice(start ?? 0, end ?? 0).join(''), before: '', after: '',
    attributes: {}, memo: null, createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-01T10:00:00.000Z', deleted: false,
    ...over,
  }
}

/** Writes a coder's annotation file as `margin annotations` would; returns its path. */
export async function writeAnnotationFile(
  dir: string,
  name: string,
  coder: Coder,
  annotations: Annotation[],
  extra: Partial<AnnotationFile> = {},
): Promise<string> {
  const file: AnnotationFile = {
    format: 'margin-annotations', schemaVersion: 1, coder, demo: false,
    annotations: [...annotations].sort((a, b) => (a.id < b.id ? -1 : 1)),
    documentStatus: {}, documentMemos: {},
    documentHashes: { 'doc-quotes': contentHash(TEXTS.quotes), 'doc-emoji': contentHash(TEXTS.emoji) },
    codeNames: { 'frame-security': 'Security and defense' },
    ...extra,
  }
  const path = join(dir, name)
  await writeFile(path, compactCanonicalJson(file))
  return path
}

/** Every file of a project outside `.margin/` (the project's content), path → text. */
export async function projectFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== '.margin') await walk(path)
      } else if (!entry.name.endsWith('.journal')) {
        out[relative(dir, path)] = await readFile(path, 'utf8')
      }
    }
  }
  await walk(dir)
  return out
}

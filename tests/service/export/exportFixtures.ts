import { join } from 'node:path'
import type { Annotation, Codebook, DocumentMeta } from '../../../shared/model'
import { plainMemo } from '../../../shared/model'
import { codePointLength } from '../../../shared/text/codePoints'
import { countWords, splitParagraphs } from '../../../shared/text/normalize'
import { anchorSpan } from '../../../electron/service/annotationRules'
import { contentHash, ProjectStore } from '../../../electron/store/projectStore'
import { TEXTS } from '../../support/projectFixtures'

/** Texts where UTF-16 and code points differ, with curly quotes, line breaks and a formula. */
export const EXPORT_TEXTS: Record<string, string> = {
  quotes: TEXTS.quotes,
  emoji: TEXTS.emoji,
  lines: 'First line “quoted”,\nsecond line; with a semicolon\n\nThird 🇺🇦 paragraph, tab\there.',
  formula: '=SUM(1) is not a formula here.\n-2 degrees and @handle, +plus.',
}

const code = (id: string, name: string, groupId: string, order: number, extra: Partial<Codebook['codes'][number]> = {}): Codebook['codes'][number] => ({
  id, name, groupId, parentId: null, color: '#336699', definition: `${name} definition`, inclusion: '', exclusion: '',
  examples: [], shortcut: null, level: 'span', attributes: [], memo: null, order, ...extra,
})

export const EXPORT_CODEBOOK: Codebook = {
  format: 'margin-codebook',
  schemaVersion: 1,
  groups: [
    { id: 'frames', name: 'Frames', kind: 'frames', description: '', order: 0 },
    { id: 'actors', name: 'Actors', kind: 'actors', description: '', order: 1 },
    { id: 'stances', name: 'Stances', kind: 'stances', description: '', order: 2 },
    { id: 'document', name: 'Document', kind: 'custom', description: '', order: 3 },
  ],
  codes: [
    code('frame-security', 'Security and defense', 'frames', 1, { inclusion: 'Troops, weapons.', exclusion: '=cmd|calc', examples: ['One', 'Two'] }),
    code('frame-economic', 'Economic', 'frames', 0),
    code('actor-us', 'US administration', 'actors', 0),
    code('actor-trump', 'Donald Trump', 'actors', 0, { parentId: 'actor-us' }),
    code('actor-putin', 'Vladimir Putin', 'actors', 1),
    code('stance', 'Stance', 'stances', 0, {
      attributes: [
        { id: 'actor', name: 'Actor', type: 'code', options: [], fromGroup: 'actors', default: null, required: true },
        { id: 'target', name: 'Target', type: 'list', options: [{ value: 'talks', label: 'Talks' }, { value: 'nato', label: 'NATO membership' }], fromGroup: null, default: null, required: true },
        { id: 'polarity', name: 'Polarity', type: 'scale', options: [{ value: -1, label: 'Opposes' }, { value: 0, label: 'Neutral' }, { value: 1, label: 'Supports' }], fromGroup: null, default: null, required: true },
      ],
    }),
    code('doc-tone', 'Negative tone', 'document', 0, { level: 'document' }),
  ],
}

export const T0 = '2025-03-01T10:00:00.000Z'

/** Span [start, end) in code points of `needle`'s first occurrence in `text`. */
export function spanOf(text: string, needle: string): [number, number] {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`"${needle}" not in text`)
  const start = codePointLength(text.slice(0, at))
  return [start, start + codePointLength(needle)]
}

interface Spec {
  id: string
  doc: keyof typeof EXPORT_TEXTS
  code: string
  needle?: string
  attributes?: Annotation['attributes']
  memo?: string
  deleted?: boolean
}

const SPECS: Record<string, Spec[]> = {
  alice: [
    { id: 'a1', doc: 'quotes', code: 'frame-security', needle: '“immediately” — a ½-step.\nPutin' },
    { id: 'a2', doc: 'quotes', code: 'stance', needle: 'Putin agreed.', attributes: { actor: 'actor-putin', target: 'talks', polarity: 1 }, memo: '=HYPERLINK("x")\nsecond line' },
    { id: 'a3', doc: 'emoji', code: 'frame-economic', needle: 'Leaders 🤝 met.' },
    { id: 'a4', doc: 'emoji', code: 'frame-economic', needle: '🤝 met. Café' },
    { id: 'a5', doc: 'emoji', code: 'actor-trump', needle: 'Second paragraph 🇺🇦 here.' },
    { id: 'a6', doc: 'lines', code: 'stance', needle: '“quoted”,\nsecond line; with a semicolon\n\nThird 🇺🇦', attributes: { actor: 'actor-trump', target: 'nato', polarity: -1 } },
    { id: 'a7', doc: 'formula', code: 'frame-security', needle: '=SUM(1) is' },
    { id: 'a8', doc: 'formula', code: 'frame-economic', needle: '-2 degrees' },
    { id: 'a9', doc: 'lines', code: 'doc-tone' },
    { id: 'a10', doc: 'quotes', code: 'actor-putin', needle: 'Trump', deleted: true },
    { id: 'a11', doc: 'lines', code: 'frame-security', needle: 'tab\there' },
  ],
  bob: [
    { id: 'b1', doc: 'quotes', code: 'frame-security', needle: 'Trump said' },
    { id: 'b2', doc: 'emoji', code: 'stance', needle: 'met', attributes: { actor: 'actor-us', target: 'talks', polarity: 0 } },
  ],
  consensus: [{ id: 'c1', doc: 'quotes', code: 'frame-security', needle: 'talks would begin' }],
}

/**
 * A project with four documents (curly quotes, emoji, line breaks inside coded spans, a
 * formula), a frames/actors/stances/document codebook, declared variables, and coders
 * alice, bob and consensus, with fixed times so exports are reproducible.
 */
export async function makeExportProject(dir: string): Promise<ProjectStore> {
  const store = await ProjectStore.create(join(dir, 'project'), 'Export test', { id: 'export-test', createdAt: T0 })
  const keys = Object.keys(EXPORT_TEXTS)
  await store.addDocuments(
    keys.map((key, i) => {
      const text = EXPORT_TEXTS[key]
      const meta: DocumentMeta = {
        id: `doc-${key}`, contentHash: contentHash(text), title: key === 'formula' ? '=1+1' : `Title ${key}`,
        outlet: i % 2 ? 'Wire' : 'Daily “Paper”', date: `2025-02-1${i}`, author: '', url: '', language: 'en',
        variables: { outlet_type: i % 2 ? 'wire' : 'newspaper', wordy: i * 10, derived: i === 1, if: 'x' },
        characters: codePointLength(text), words: countWords(text), paragraphs: splitParagraphs(text).length,
        source: { fileName: `${key}.txt`, format: 'txt', importedAt: T0 },
      }
      return { meta, text }
    }),
    [
      { name: 'outlet_type', type: 'text', description: 'newspaper or wire' },
      { name: 'wordy', type: 'number', description: '' },
      { name: 'derived', type: 'boolean', description: '' },
    ],
  )
  await store.saveCodebook(EXPORT_CODEBOOK)
  for (const [coderId, specs] of Object.entries(SPECS)) {
    const coder = await store.addCoder({ id: coderId, name: coderId[0].toUpperCase() + coderId.slice(1) })
    const annotations: Annotation[] = specs.map((s) => {
      const text = EXPORT_TEXTS[s.doc]
      const [start, end] = s.needle ? spanOf(text, s.needle) : [null, null]
      return {
        id: s.id, documentId: `doc-${s.doc}`, codeId: s.code, coderId, ...anchorSpan(text, start, end),
        attributes: s.attributes ?? {}, memo: s.memo ? plainMemo(s.memo) : null, createdAt: T0, updatedAt: T0, deleted: s.deleted ?? false,
      }
    })
    await coder.commit(annotations.map((annotation) => ({ op: 'put' as const, annotation })))
    await coder.commit([{ op: 'status', documentId: 'doc-quotes', status: 'done' }])
    if (coderId === 'alice') await coder.commit(['doc-emoji', 'doc-lines', 'doc-formula'].map((documentId) => ({ op: 'status' as const, documentId, status: 'in-progress' as const })))
  }
  await store.close()
  return ProjectStore.open(store.dir, { readOnly: true })
}

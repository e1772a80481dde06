import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import {
  codedShare,
  csvHeader,
  csvRows,
  exportOptionsSchema,
  ExportOptionError,
  planExport,
  spssSyntax,
  StringWidths,
  type ExportOptionsInput,
  type ExportProject,
} from '../../../shared/export'
import type { Annotation, Codebook, DocumentMeta } from '../../../shared/model'
import { testCode } from '../../support/codebookFixtures'

const T = '2025-01-01T00:00:00.000Z'
const codebook: Codebook = {
  format: 'margin-codebook',
  schemaVersion: 1,
  groups: [{ id: 'g', name: 'Frames', kind: 'frames', description: '', order: 0 }],
  codes: ['Economic', 'Security'].map((name, order) => testCode(name.toLowerCase(), name, 'g', order, { color: '#000000', level: 'both' })),
}
const doc = (id: string, characters: number, variables: DocumentMeta['variables'] = {}): DocumentMeta => ({
  id, contentHash: `sha256:${'0'.repeat(64)}`, title: id, outlet: '', date: null, author: '', url: '', language: '', variables,
  characters, words: 0, paragraphs: 0, source: { fileName: 'x', format: 'txt', importedAt: T },
})
const ann = (id: string, documentId: string, codeId: string, start: number | null, end: number | null, deleted = false): Annotation => ({
  id, documentId, codeId, coderId: 'c1', start, end, quote: null, before: null, after: null, attributes: {}, memo: null,
  createdAt: T, updatedAt: T, deleted,
})
const project: ExportProject = {
  codebook,
  documents: [doc('d1', 10, { kind: 'a' }), doc('d2', 20, { kind: 'b' })],
  variables: [{ name: 'kind', type: 'text', description: '' }],
  coders: [
    {
      coder: { id: 'c1', name: 'One' },
      annotations: [ann('x1', 'd1', 'economic', 0, 4), ann('x2', 'd1', 'economic', 2, 6), ann('x3', 'd1', 'security', null, null), ann('x4', 'd2', 'economic', 0, 5, true)],
      statuses: { d1: 'done' },
    },
  ],
}
const plan = (input: ExportOptionsInput) => planExport(project, exportOptionsSchema.parse(input))
const allRows = (input: ExportOptionsInput) => {
  const p = plan(input)
  return p.units.flatMap((u) => p.rows(u, p.textFor(u) === null ? null : 'abcdefghij'))
}

describe('planExport', () => {
  it('computes presence, count and share (overlaps once, document-level = 1), missing when not coded', () => {
    expect(allRows({ table: 'matrix', value: 'presence' }).map((r) => r.slice(-2))).toEqual([[1, 1], [null, null]])
    expect(allRows({ table: 'matrix', value: 'count' }).map((r) => r.slice(-2))).toEqual([[2, 1], [null, null]])
    expect(allRows({ table: 'matrix', value: 'share' })[0].slice(-2)).toEqual([0.6, 1])
    expect(codedShare([{ start: 0, end: 5 }, { start: 1, end: 2 }, { start: 8, end: 10 }], 10)).toBe(0.7)
    expect(codedShare([], 0)).toBeNull()
  })

  it('never exports tombstones and counts rows up front', () => {
    const p = plan({ table: 'segments' })
    expect(p.rowCount).toBe(3)
    expect(allRows({ table: 'segments' }).map((r) => r[p.columns.findIndex((c) => c.name === 'annotation_id')])).toEqual(['x3', 'x1', 'x2'])
  })

  it('filters documents by variable and refuses unknown coders, groups, codes and variables in one line', () => {
    expect(plan({ table: 'documents', where: [{ variable: 'kind', value: 'b' }] }).rowCount).toBe(1)
    expect(plan({ table: 'codebook', codes: ['Frames/Security'] }).rowCount).toBe(1)
    for (const input of [
      { table: 'segments', coders: ['nobody'] },
      { table: 'segments', groups: ['Actors'] },
      { table: 'segments', codes: ['nothing'] },
      { table: 'segments', where: [{ variable: 'colour', value: 'x' }] },
      { table: 'segments', consensus: true },
    ] as ExportOptionsInput[]) {
      expect(() => plan(input)).toThrow(ExportOptionError)
      try {
        plan(input)
      } catch (error) {
        expect((error as Error).message).not.toContain('\n')
      }
    }
  })

  it('treats a variable named like an object property ("constructor") as any other: missing where a document lacks it', () => {
    const odd: ExportProject = {
      ...project,
      documents: [doc('d1', 10, { constructor: 'x' }), doc('d2', 20)],
      variables: [{ name: 'constructor', type: 'text', description: '' }],
    }
    const documentsPlan = planExport(odd, exportOptionsSchema.parse({ table: 'documents' }))
    const column = documentsPlan.columns.findIndex((c) => c.label === 'constructor')
    const cells = documentsPlan.units.flatMap((u) => documentsPlan.rows(u, null)).map((row) => row[column])
    expect(cells).toEqual(['x', null])
    const lacking = planExport(odd, exportOptionsSchema.parse({ table: 'documents', where: [{ variable: 'constructor', value: '' }] }))
    expect(lacking.units.flatMap((u) => lacking.rows(u, null)).map((row) => row[0])).toEqual(['d2'])
  })

  it('writes CSV that papaparse reads back cell by cell, with the chosen delimiter and BOM', () => {
    const rows = [['a;b', 'line\nbreak', '"q"', -1, null, '=1+1', ' pad ']]
    for (const delimiter of [',', ';', '\t'] as const) {
      const p = plan({ table: 'codebook' })
      const columns = p.columns.slice(0, 7)
      const format = { delimiter, bom: delimiter === ';', missing: '' }
      const csv = csvHeader(columns, format) + csvRows(rows, format)
      expect(csv.startsWith('\uFEFF')).toBe(delimiter === ';')
      const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, newline: '\r\n', skipEmptyLines: true })
      expect(parsed.errors).toEqual([])
      expect(parsed.data).toEqual([columns.map((c) => c.name), ['a;b', 'line\nbreak', '"q"', '-1', '', "'=1+1", ' pad ']])
    }
  })

  it('writes SPSS syntax sized by the longest cell in bytes', () => {
    const p = plan({ table: 'matrix' })
    const widths = new StringWidths(p.columns.length)
    csvRows(p.units.flatMap((u) => p.rows(u, null)), { delimiter: ',', bom: false, missing: '' }, widths)
    const sps = spssSyntax(p.columns, widths.bytes, '/data/it’s.csv', { delimiter: '\t', bom: false, missing: '' })
    expect(sps).toContain("FILE HANDLE margin_data /NAME='/data/it’s.csv'.")
    expect(sps).toContain('/DELIMITERS="\\t"')
    expect(sps).toContain('    document_id A2\r\n')
    expect(sps).toContain('    frames_economic F11.0\r\n')
    expect(sps).toContain("frames_economic 0 'absent' 1 'present'")
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { demoCodebook } from '../../../electron/seeds/demoCodebook'
import { demoCoders, type DemoCoding, type DemoDocument } from '../../../electron/seeds/demoCodings'
import { codebookSchema, type Code } from '../../../shared/model'
import { normalizeText } from '../../../shared/text/normalize'

// The seed articles live beside the repository, not inside it: /work/shared/seeds next to /work/main.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const seedsDir = path.resolve(repoRoot, '../shared/seeds')
const DOCUMENTS: DemoDocument[] = ['000', '001', '002', '003', '004']
/** Keys the reader keeps for itself (next/previous annotation, next document, picker, help). */
const RESERVED_KEYS = ['j', 'k', 'n', ' ', '?']

function seedText(doc: DemoDocument): string {
  const file = readdirSync(seedsDir).find((name) => name.startsWith(`${doc}_`) && name.endsWith('.txt'))
  if (!file) throw new Error(`no seed file for ${doc} in ${seedsDir}`)
  return normalizeText(readFileSync(path.join(seedsDir, file), 'utf8'))
}

function countOccurrences(text: string, quote: string): number {
  let n = 0
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) n++
  return n
}

const texts = Object.fromEntries(DOCUMENTS.map((d) => [d, seedText(d)])) as Record<DemoDocument, string>
const codes = new Map<string, Code>(demoCodebook.codes.map((c) => [c.id, c]))
const groupKind = new Map(demoCodebook.groups.map((g) => [g.id, g.kind]))
const allCodings = demoCoders.flatMap((coder) => coder.codings.map((coding) => ({ coder: coder.id, coding })))
const label = (coder: string, c: DemoCoding) => `${coder} ${c.document} ${c.code} ${c.quote?.slice(0, 40) ?? '(document)'}`

describe('demo codebook', () => {
  it('is already in the schema’s output shape, so parsing changes nothing', () => {
    expect(codebookSchema.parse(demoCodebook)).toStrictEqual(demoCodebook)
  })

  it('has the four groups, the 15 policy frames and one stance code', () => {
    expect(demoCodebook.groups.map((g) => g.kind)).toEqual(['frames', 'actors', 'stances', 'custom'])
    const frames = demoCodebook.codes.filter((c) => groupKind.get(c.groupId) === 'frames')
    expect(frames).toHaveLength(15)
    expect(frames.map((c) => c.name)).toContain('External regulation and reputation')
    expect(frames.slice(0, 9).map((c) => c.shortcut)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'])
    expect(demoCodebook.codes.filter((c) => groupKind.get(c.groupId) === 'stances').map((c) => c.id)).toEqual(['stance'])
  })

  it('has unique ids, known groups and parents, and unique colors within a group', () => {
    const ids = demoCodebook.codes.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(demoCodebook.groups.map((g) => g.id)).size).toBe(demoCodebook.groups.length)
    for (const code of demoCodebook.codes) {
      expect(groupKind.has(code.groupId), code.id).toBe(true)
      if (code.parentId !== null) expect(codes.get(code.parentId)?.groupId, code.id).toBe(code.groupId)
      for (const attr of code.attributes) {
        if (attr.type === 'code') expect(groupKind.has(attr.fromGroup ?? ''), `${code.id}.${attr.id}`).toBe(true)
        if (attr.type === 'scale' || attr.type === 'list') expect(attr.options.length, `${code.id}.${attr.id}`).toBeGreaterThan(1)
      }
    }
    for (const group of demoCodebook.groups) {
      const colors = demoCodebook.codes.filter((c) => c.groupId === group.id).map((c) => c.color.toLowerCase())
      expect(new Set(colors).size, group.id).toBe(colors.length)
    }
  })

  it('has unique shortcuts that stay clear of the reader’s own keys', () => {
    const keys = demoCodebook.codes.map((c) => c.shortcut).filter((k): k is string => k !== null)
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) expect(RESERVED_KEYS, key).not.toContain(key)
  })
})

describe('demo codings', () => {
  it('reference existing codes, at the level the code allows', () => {
    for (const { coder, coding } of allCodings) {
      const code = codes.get(coding.code)
      expect(code, label(coder, coding)).toBeDefined()
      if (code!.level === 'document') expect(coding.quote, label(coder, coding)).toBeUndefined()
      if (code!.level === 'span') expect(coding.quote, label(coder, coding)).toBeTruthy()
    }
  })

  it('fill attributes the code declares, with values it allows', () => {
    for (const { coder, coding } of allCodings) {
      const code = codes.get(coding.code)!
      const values = coding.attributes ?? {}
      for (const [key, value] of Object.entries(values)) {
        const def = code.attributes.find((a) => a.id === key)
        expect(def, `${label(coder, coding)}: attribute ${key}`).toBeDefined()
        if (value === null) continue
        if (def!.type === 'scale' || def!.type === 'list') {
          expect(def!.options.map((o) => o.value), `${label(coder, coding)}: ${key}`).toContain(value)
        }
        if (def!.type === 'code') {
          expect(codes.get(String(value))?.groupId, `${label(coder, coding)}: ${key}`).toBe(def!.fromGroup)
        }
      }
      for (const def of code.attributes.filter((a) => a.required)) {
        expect(values[def.id] ?? null, `${label(coder, coding)}: required ${def.id}`).not.toBeNull()
      }
    }
  })

  it('quote the article text exactly, often enough for the occurrence asked for', () => {
    for (const { coder, coding } of allCodings) {
      if (coding.quote === undefined) continue
      expect(coding.quote.trim(), label(coder, coding)).toBe(coding.quote)
      const found = countOccurrences(texts[coding.document], coding.quote)
      expect(found, label(coder, coding)).toBeGreaterThanOrEqual((coding.occurrence ?? 0) + 1)
    }
  })

  it('come from two coders who each code every document for frames, actors, stances and the document', () => {
    expect(demoCoders.map((c) => c.id)).toEqual(['coder-a', 'coder-b'])
    for (const coder of demoCoders) {
      for (const doc of DOCUMENTS) {
        const kinds = new Set(
          coder.codings.filter((c) => c.document === doc).map((c) => groupKind.get(codes.get(c.code)!.groupId)),
        )
        expect([...kinds].sort(), `${coder.id} ${doc}`).toEqual(['actors', 'custom', 'frames', 'stances'])
        const stances = coder.codings.filter((c) => c.document === doc && c.code === 'stance')
        expect(stances.length, `${coder.id} ${doc} stances`).toBeGreaterThanOrEqual(3)
      }
    }
  })

  it('agree substantially but not completely, so the agreement view has something to show', () => {
    const key = (c: DemoCoding) => JSON.stringify([c.document, c.code, c.quote ?? null, c.occurrence ?? 0, c.attributes ?? {}])
    const [a, b] = demoCoders.map((coder) => new Set(coder.codings.map(key)))
    const shared = [...a].filter((k) => b.has(k)).length
    const union = new Set([...a, ...b]).size
    expect(a).not.toEqual(b)
    expect(shared / union).toBeGreaterThan(0.4)
    expect(shared / union).toBeLessThan(0.9)
  })
})

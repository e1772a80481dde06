import { ownValue } from '../../../../shared/model/ownValue'
import type { Annotation, AttributeDef, Code, Codebook } from '../../../../shared/model'

/** The codebook as the coding views look it up: by id, by shortcut key, in tree order. */
export interface CodeIndex {
  codebook: Codebook
  byId: ReadonlyMap<string, Code>
  /** Shortcut key (lower case) → span-level code. */
  byShortcut: ReadonlyMap<string, Code>
  /** Codes that can be applied to a passage, in the codebook's order (groups, then tree). */
  spanCodes: readonly Code[]
  /** Codes applied to the whole document. */
  documentCodes: readonly Code[]
  /** Tree order of every code, for sorting lanes and legends. */
  rank: ReadonlyMap<string, number>
}

/** Builds the lookups once per codebook. */
export function indexCodebook(codebook: Codebook): CodeIndex {
  const groups = [...codebook.groups].sort((a, b) => a.order - b.order)
  const ordered: Code[] = []
  const children = new Map<string | null, Code[]>()
  for (const code of codebook.codes) {
    const parent = code.parentId && codebook.codes.some((c) => c.id === code.parentId) ? code.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), code])
  }
  const visit = (code: Code, seen: Set<string>) => {
    if (seen.has(code.id)) return
    seen.add(code.id)
    ordered.push(code)
    for (const child of (children.get(code.id) ?? []).sort((a, b) => a.order - b.order)) visit(child, seen)
  }
  const seen = new Set<string>()
  for (const group of groups) {
    for (const root of (children.get(null) ?? []).filter((c) => c.groupId === group.id).sort((a, b) => a.order - b.order)) visit(root, seen)
  }
  for (const code of codebook.codes) visit(code, seen)
  const byShortcut = new Map<string, Code>()
  for (const code of ordered) {
    if (code.shortcut && code.level !== 'document' && !byShortcut.has(code.shortcut.toLowerCase())) byShortcut.set(code.shortcut.toLowerCase(), code)
  }
  return {
    codebook,
    byId: new Map(codebook.codes.map((c) => [c.id, c])),
    byShortcut,
    spanCodes: ordered.filter((c) => c.level !== 'document'),
    documentCodes: ordered.filter((c) => c.level !== 'span'),
    rank: new Map(ordered.map((c, i) => [c.id, i])),
  }
}

/** The starting values of a code's attributes: each definition's default. */
export function defaultAttributes(code: Code): Annotation['attributes'] {
  return Object.fromEntries(code.attributes.map((def) => [def.id, def.default ?? null]))
}

/** Required attributes still empty on an annotation (names), so the views can flag them. */
export function missingAttributes(code: Code | undefined, annotation: Annotation): string[] {
  if (!code) return []
  return code.attributes.filter((def) => def.required && (ownValue(annotation.attributes, def.id) ?? null) === null).map((def) => def.name)
}

/** An attribute value as a person reads it: option labels and code names, not ids. */
export function attributeLabel(def: AttributeDef, value: Annotation['attributes'][string], index: CodeIndex): string {
  if (value === null || value === undefined || value === '') return '—'
  if (def.type === 'code') return index.byId.get(String(value))?.name ?? String(value)
  const option = def.options.find((o) => o.value === value)
  if (option) return def.type === 'scale' ? `${signed(option.value)} ${option.label}` : option.label
  return String(value)
}

/** A scale value with its sign, as coders write polarity: −1, 0, +1. */
export function signed(value: string | number): string {
  if (typeof value !== 'number') return value
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0'
}

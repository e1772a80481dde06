import type { UnplaceableReason } from '../../../shared/contract'
import type { Annotation, Code, Codebook, DocumentMeta } from '../../../shared/model'

/** What placing needs of a lead's document (small enough to send to a worker thread). */
export type DocumentRef = Pick<DocumentMeta, 'id' | 'contentHash' | 'characters'>

/** The lead's documents and codes, indexed for placing incoming annotations. */
export interface LeadView {
  readonly documentsByHash: ReadonlyMap<string, DocumentRef>
  readonly documentsById: ReadonlyMap<string, DocumentRef>
  readonly codesById: ReadonlyMap<string, Code>
  /** Alias id → the code that lists it. */
  readonly codesByAlias: ReadonlyMap<string, Code>
  /** Normalised name → codes of that name. */
  readonly codesByName: ReadonlyMap<string, readonly Code[]>
}

export interface PlacementOptions {
  /** Place an annotation of an unknown code id on the one code with the same name. */
  readonly matchCodeNames?: boolean
}

export type DocumentMatch = { meta: DocumentRef; by: 'hash' | 'id' } | null

export type CodeMatch =
  | { code: Code; by: 'id' | 'alias' | 'name' }
  | { code: null; reason: 'code-missing' | 'code-name-only'; nameMatch: Code | null }

export type Placement =
  | { ok: true; annotation: Annotation; document: 'hash' | 'id'; code: CodeMatch }
  | { ok: false; reason: UnplaceableReason; message: string; code: CodeMatch | null }

export function leadView(documents: readonly DocumentRef[], codebook: Codebook): LeadView {
  const codesByName = new Map<string, Code[]>()
  const codesByAlias = new Map<string, Code>()
  for (const code of codebook.codes) {
    const key = normaliseName(code.name)
    codesByName.set(key, [...(codesByName.get(key) ?? []), code])
    for (const alias of code.aliases ?? []) codesByAlias.set(alias, code)
  }
  return {
    documentsByHash: new Map(documents.map((d) => [d.contentHash, d])),
    documentsById: new Map(documents.map((d) => [d.id, d])),
    codesById: new Map(codebook.codes.map((c) => [c.id, c])),
    codesByAlias,
    codesByName,
  }
}

/**
 * The lead's copy of a coder's document: by content hash when the file gives one (a
 * document with the same id but another text is not the same document), else by id.
 */
export function matchDocument(view: LeadView, documentId: string, documentHash: string | null): DocumentMatch {
  if (documentHash) {
    const meta = view.documentsByHash.get(documentHash)
    return meta ? { meta, by: 'hash' } : null
  }
  const meta = view.documentsById.get(documentId)
  return meta ? { meta, by: 'id' } : null
}

/** The lead's code for a coder's code id: by id, then an alias, then (if allowed) by name. */
export function matchCode(view: LeadView, codeId: string, codeName: string | null, options: PlacementOptions): CodeMatch {
  const byId = view.codesById.get(codeId)
  if (byId) return { code: byId, by: 'id' }
  const byAlias = view.codesByAlias.get(codeId)
  if (byAlias) return { code: byAlias, by: 'alias' }
  const named = codeName ? view.codesByName.get(normaliseName(codeName)) ?? [] : []
  const nameMatch = named.length === 1 ? named[0] : null
  if (nameMatch && options.matchCodeNames) return { code: nameMatch, by: 'name' }
  return { code: null, reason: nameMatch ? 'code-name-only' : 'code-missing', nameMatch }
}

/**
 * Places one incoming annotation: maps its document and code to the lead's and checks the
 * span fits the text. A tombstone needs only its document (its code may be gone).
 */
export function placeAnnotation(
  view: LeadView,
  raw: Annotation,
  documentHash: string | null,
  codeName: string | null,
  options: PlacementOptions,
): Placement {
  const document = matchDocument(view, raw.documentId, documentHash)
  const code = matchCode(view, raw.codeId, codeName, options)
  if (!document) {
    const hash = documentHash ? ` (${documentHash.slice(0, 19)}…)` : ''
    return { ok: false, reason: 'document-missing', message: `document ${raw.documentId}${hash} is not in this project; import it and merge again`, code }
  }
  if (code.code === null && !raw.deleted) {
    const name = codeName ? ` "${codeName}"` : ''
    const message =
      code.reason === 'code-name-only'
        ? `code ${raw.codeId}${name} is not in the codebook, but code ${code.nameMatch!.id} has the same name: add ${raw.codeId} to its aliases or merge with the option to match code names`
        : `code ${raw.codeId}${name} is not in the codebook`
    return { ok: false, reason: code.reason, message, code }
  }
  if (raw.end !== null && raw.end > document.meta.characters) {
    return { ok: false, reason: 'span-outside-text', message: `span ${raw.start}–${raw.end} runs past the end of document ${document.meta.id} (${document.meta.characters} characters)`, code }
  }
  const codeId = code.code ? code.code.id : raw.codeId
  const annotation = raw.documentId === document.meta.id && raw.codeId === codeId ? raw : { ...raw, documentId: document.meta.id, codeId }
  return { ok: true, annotation, document: document.by, code }
}

function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
}

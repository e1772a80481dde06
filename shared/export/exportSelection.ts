import { ownValue } from '../model/ownValue'
import type { Code, DocumentMeta } from '../model'
import { CodebookOrder, compare } from './codebookOrder'
import { CONSENSUS_CODER_ID, ExportOptionError, type ExportOptions } from './exportOptions'
import type { ExportCoder, ExportProject } from './exportTable'

/** What an export covers once the filters are applied. */
export interface ExportSelection {
  order: CodebookOrder
  /** Sorted by coder id. */
  coders: ExportCoder[]
  /** In codebook export order. */
  codes: Code[]
  /** In project order. */
  documents: DocumentMeta[]
}

/** Document fields `where` may filter on besides the project's variables. */
const META_FIELDS = ['title', 'outlet', 'date', 'author', 'url', 'language'] as const

/**
 * Applies the filters of `options` to a project. Throws ExportOptionError (one line, for
 * the user) for an unknown coder, group, code, document or variable, for `consensus`
 * combined with `coders`, and when there is no consensus coder to export.
 * Names of groups and codes match case-insensitively by id, name or (codes) full path.
 */
export function selectForExport(project: ExportProject, options: ExportOptions): ExportSelection {
  const order = new CodebookOrder(project.codebook)
  return { order, coders: selectCoders(project, options), codes: selectCodes(order, options), documents: selectDocuments(project, options) }
}

function selectCoders(project: ExportProject, options: ExportOptions): ExportCoder[] {
  const all = [...project.coders].sort((a, b) => compare(a.coder.id, b.coder.id))
  const known = all.map((c) => c.coder.id).join(', ') || 'none'
  if (options.consensus) {
    if (options.coders.length) throw new ExportOptionError('use either --consensus or --coder, not both')
    const consensus = all.find((c) => c.coder.id === CONSENSUS_CODER_ID)
    if (!consensus) throw new ExportOptionError('this project has no consensus coding yet (no coder "consensus")')
    return [consensus]
  }
  if (!options.coders.length) return all.filter((c) => c.coder.id !== CONSENSUS_CODER_ID)
  for (const id of options.coders) {
    if (!all.some((c) => c.coder.id === id)) throw new ExportOptionError(`unknown coder "${id}" (coders: ${known})`)
  }
  return all.filter((c) => options.coders.includes(c.coder.id))
}

function selectCodes(order: CodebookOrder, options: ExportOptions): Code[] {
  let codes = order.codes
  if (options.groups.length) {
    const groups = order.codebook.groups
    const ids = options.groups.map((wanted) => {
      const w = wanted.toLowerCase()
      const group = groups.find((g) => g.id.toLowerCase() === w) ?? groups.find((g) => g.name.toLowerCase() === w)
      if (!group) throw new ExportOptionError(`unknown code group "${wanted}" (groups: ${groups.map((g) => g.name).join(', ') || 'none'})`)
      return group.id
    })
    codes = codes.filter((c) => ids.includes(c.groupId))
  }
  if (options.codes.length) {
    const ids = options.codes.map((wanted) => {
      const w = wanted.toLowerCase()
      const code =
        order.codes.find((c) => c.id.toLowerCase() === w) ??
        order.codes.find((c) => order.path(c.id).toLowerCase() === w) ??
        order.codes.find((c) => c.name.toLowerCase() === w)
      if (!code) throw new ExportOptionError(`unknown code "${wanted}" (give a code id, name or path such as "Frames/Economic")`)
      return code.id
    })
    codes = codes.filter((c) => ids.includes(c.id))
  }
  return codes
}

function selectDocuments(project: ExportProject, options: ExportOptions): DocumentMeta[] {
  let documents = [...project.documents]
  if (options.documents.length) {
    for (const id of options.documents) {
      if (!documents.some((d) => d.id === id)) throw new ExportOptionError(`unknown document "${id}"`)
    }
    documents = documents.filter((d) => options.documents.includes(d.id))
  }
  const byVariable = new Map<string, string[]>()
  for (const { variable, value } of options.where) byVariable.set(variable, [...(byVariable.get(variable) ?? []), value])
  for (const [variable, values] of byVariable) {
    const isMeta = (META_FIELDS as readonly string[]).includes(variable)
    const declared = project.variables.some((v) => v.name === variable) || project.documents.some((d) => Object.hasOwn(d.variables, variable))
    if (!isMeta && !declared) {
      const names = [...META_FIELDS, ...project.variables.map((v) => v.name)].join(', ')
      throw new ExportOptionError(`unknown document variable "${variable}" (variables: ${names})`)
    }
    documents = documents.filter((d) => {
      const raw = isMeta ? d[variable as (typeof META_FIELDS)[number]] : ownValue(d.variables, variable)
      return values.some((v) => matches(raw, v))
    })
  }
  return documents
}

function matches(raw: unknown, wanted: string): boolean {
  if (raw === null || raw === undefined) return wanted === ''
  if (typeof raw === 'boolean') return wanted === String(raw) || wanted === (raw ? '1' : '0')
  return String(raw) === wanted
}

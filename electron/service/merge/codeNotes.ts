import type { MergeReport } from '../../../shared/contract'
import type { Annotation } from '../../../shared/model'
import type { LeadView, Placement } from './placement'

export type CodeNotesSummary = MergeReport['codes']

/** CodeNotes as plain entries, to cross a thread boundary and be combined in coder order. */
export interface CodeNoteEntries {
  renamed: [string, CodesOf<'renamed'>][]
  aliased: [string, CodesOf<'aliased'>][]
  nameOnly: [string, CodesOf<'nameOnly'>][]
  missing: [string, CodesOf<'missing'>][]
}
type CodesOf<K extends keyof CodeNotesSummary> = CodeNotesSummary[K][number]

/**
 * Collects codebook drift: renamed, aliased, name-only and missing codes, each once. A
 * later note of the same code replaces an earlier one, so notes taken per coder and
 * combined in coder order equal notes taken over all coders in that order.
 */
export class CodeNotes {
  private readonly renamedCodes = new Map<string, CodesOf<'renamed'>>()
  private readonly aliased = new Map<string, CodesOf<'aliased'>>()
  private readonly nameOnly = new Map<string, CodesOf<'nameOnly'>>()
  private readonly missing = new Map<string, CodesOf<'missing'>>()

  /** Notes how an incoming annotation's code was (or was not) found. */
  note(raw: Annotation, codeName: string | null, placement: Placement): void {
    const code = placement.code
    if (!code) return
    const id = raw.codeId
    if (code.code && code.by === 'alias') this.aliased.set(id, { from: id, to: code.code.id, name: code.code.name })
    else if (code.code && code.by === 'name') this.nameOnly.set(id, { codeId: id, name: codeName ?? '', matches: code.code.id, applied: true })
    else if (!code.code && code.reason === 'code-name-only') {
      this.nameOnly.set(id, { codeId: id, name: codeName ?? '', matches: code.nameMatch!.id, applied: false })
    } else if (!code.code) this.missing.set(id, { codeId: id, name: codeName })
  }

  /** Notes the codes a coder's file names differently from the lead's codebook. */
  renamed(view: LeadView, codeNames: Readonly<Record<string, string>>): void {
    for (const [codeId, theirName] of Object.entries(codeNames)) {
      const ours = view.codesById.get(codeId)
      if (ours && ours.name !== theirName) this.renamedCodes.set(`${codeId}\u0000${theirName}`, { codeId, theirName, ourName: ours.name })
    }
  }

  entries(): CodeNoteEntries {
    return { renamed: [...this.renamedCodes], aliased: [...this.aliased], nameOnly: [...this.nameOnly], missing: [...this.missing] }
  }

  /** Adds another coder's notes; theirs replace ours for the same code. */
  add(entries: CodeNoteEntries): void {
    for (const [key, value] of entries.renamed) this.renamedCodes.set(key, value)
    for (const [key, value] of entries.aliased) this.aliased.set(key, value)
    for (const [key, value] of entries.nameOnly) this.nameOnly.set(key, value)
    for (const [key, value] of entries.missing) this.missing.set(key, value)
  }

  summary(): CodeNotesSummary {
    const sorted = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v)
    return { renamed: sorted(this.renamedCodes), aliased: sorted(this.aliased), nameOnly: sorted(this.nameOnly), missing: sorted(this.missing) }
  }
}

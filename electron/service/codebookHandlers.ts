import type { CodebookChangeReport, CoderTouch, Handlers, ServiceEvent } from '../../shared/contract'
import type { Annotation, Codebook } from '../../shared/model'
import { codebookProblems, parseCodebook } from '../../shared/codebook/codebookProblems'
import { codebookFromCsv, codebookToCsv } from '../../shared/codebook/codebookCsv'
import { printableCodebook } from '../../shared/codebook/printableCodebook'
import { diffCodebooks } from '../../shared/codebook/codebookDiff'
import type { ProjectStore } from '../store/projectStore'
import { UserError } from './dispatch'
import { stableJson, type CodebookChange } from './codebook/codebookChange'
import { CodebookUndoLog } from './codebook/codebookUndoLog'
import { codeUsage } from './codebook/codeUsage'
import { planDelete } from './codebook/deleteCode'
import { planMerge } from './codebook/mergeCodes'
import { planSplit } from './codebook/splitCode'
import { retrieveSegments } from './codebook/retrieveSegments'

type CodebookMethods =
  | 'codebook.usage'
  | 'codebook.update'
  | 'codebook.mergeCodes'
  | 'codebook.deleteCode'
  | 'codebook.splitCode'
  | 'codebook.undo'
  | 'codebook.importJson'
  | 'codebook.importCsv'
  | 'codebook.previewImport'
  | 'codebook.exportCsv'
  | 'codebook.printable'
  | 'segments.retrieve'

export interface CodebookHandlerContext {
  project: () => ProjectStore
  emit: (event: ServiceEvent) => void
}

/**
 * The codebook editor's and the retrieved-segments view's methods. Every change that
 * touches annotations re-saves each one through its coder's journal and is recorded so
 * `codebook.undo` can put back exactly what was there.
 */
export function codebookHandlers({ project, emit }: CodebookHandlerContext): Pick<Handlers, CodebookMethods> {
  const undoLog = new CodebookUndoLog()
  let undoFor: ProjectStore | null = null

  /** The undo log belongs to one open project; opening another forgets it. */
  const log = () => {
    if (undoFor !== project()) {
      undoLog.clear()
      undoFor = project()
    }
    return undoLog
  }

  /** Every coder's annotations; refuses when a coder file could not be read (its annotations would be missed). */
  const allAnnotations = async (): Promise<Annotation[]> => {
    const store = project()
    const coders = await store.coders()
    const damaged = store.problems.find((p) => p.file.startsWith('annotations/'))
    if (damaged) throw new UserError(`${damaged.file} could not be read (${damaged.message}); repair or remove it before changing codes`)
    return [...coders.values()].flatMap((c) => c.annotations())
  }

  const apply = async (change: CodebookChange): Promise<CodebookChangeReport> => {
    const store = project()
    store.assertWritable()
    const coders = await store.coders()
    // Annotations first: until the codebook is saved, the old code still exists for them.
    for (const [coderId, changes] of byCoder(change.annotations.map((c) => c.after))) {
      await coders.get(coderId)!.commit(changes.map((annotation) => ({ op: 'put' as const, annotation })))
    }
    if (stableJson(change.after) !== stableJson(store.codebook)) await store.saveCodebook(change.after)
    const applied: CodebookChange = { ...change, after: store.codebook }
    emit({ type: 'changed', what: 'codebook' })
    if (change.annotations.length) emit({ type: 'changed', what: 'annotations' })
    return { codebook: store.codebook, undoId: log().record(applied), touched: touched(change, coders) }
  }

  /** Why `next` may not replace the codebook (it breaks its rules or drops codes in use), or null. */
  const refusal = async (next: Codebook): Promise<string | null> => {
    const problems = codebookProblems(next)
    if (problems.length) return problems.join('; ')
    const usage = codeUsage(await allAnnotations())
    const kept = new Set(next.codes.map((c) => c.id))
    const dropped = project().codebook.codes.filter((c) => !kept.has(c.id) && usage.codes[c.id])
    if (dropped.length) {
      const list = dropped.map((c) => `"${c.name}" (${Object.values(usage.codes[c.id]).reduce((a, b) => a + b, 0)})`).join(', ')
      return `this would remove codes that annotations use: ${list}; delete or merge them first`
    }
    const groupsKept = new Set(next.groups.map((g) => g.id))
    const orphaned = next.codes.find((c) => !groupsKept.has(c.groupId))
    if (orphaned) return `"${orphaned.name}" is in group "${orphaned.groupId}", which does not exist`
    return null
  }

  /** A new codebook from the editor or an import: checked, and refused if it would drop codes in use. */
  const replace = async (next: Codebook): Promise<CodebookChangeReport> => {
    const why = await refusal(next)
    if (why) throw new UserError(why)
    return apply({ before: project().codebook, after: next, annotations: [] })
  }

  /** A codebook file's content as a codebook, or why it is not one (the problems, and a sentence saying so). */
  const parseImport = (file: { json: string } | { csv: string }): { codebook: Codebook; problems: [] } | { codebook: null; problems: string[]; message: string } => {
    const invalid = (problems: string[], message: string) => ({ codebook: null, problems, message })
    if ('csv' in file) {
      const parsed = codebookFromCsv(file.csv, project().codebook)
      return parsed.codebook ? { codebook: parsed.codebook, problems: [] } : invalid(parsed.problems, `the codebook CSV is not valid: ${parsed.problems.join('; ')}`)
    }
    let raw: unknown
    try {
      raw = JSON.parse(file.json)
    } catch (error) {
      const problem = `the file is not JSON: ${(error as Error).message}`
      return invalid([problem], problem)
    }
    const parsed = parseCodebook(raw)
    return parsed.codebook ? { codebook: parsed.codebook, problems: [] } : invalid(parsed.problems, `the codebook is not valid: ${parsed.problems.join('; ')}`)
  }

  return {
    'codebook.usage': async () => codeUsage(await allAnnotations()),
    'codebook.update': async ({ codebook }) => replace(codebook),
    'codebook.mergeCodes': async ({ sourceId, targetId }) =>
      apply(planMerge(project().codebook, await allAnnotations(), sourceId, targetId)),
    'codebook.deleteCode': async ({ codeId }) => apply(planDelete(project().codebook, await allAnnotations(), codeId)),
    'codebook.splitCode': async (request) => apply(planSplit(project().codebook, await allAnnotations(), request)),
    'codebook.undo': async ({ undoId }) => {
      const store = project()
      store.assertWritable()
      const change = log().get(undoId)
      if (!change) throw new UserError('this change can no longer be undone (Margin was restarted or it was undone already)')
      if (stableJson(store.codebook) !== stableJson(change.after)) {
        throw new UserError('the codebook changed since; undo the later changes first')
      }
      const coders = await store.coders()
      for (const { after } of change.annotations) {
        const current = coders.get(after.coderId)?.get(after.id)
        if (!current || stableJson(current) !== stableJson(after)) {
          throw new UserError(`annotation "${after.id}" of ${after.coderId} changed since; undo that change first`)
        }
      }
      // The codebook first, so the restored annotations' codes exist again.
      await store.saveCodebook(change.before)
      for (const [coderId, annotations] of byCoder(change.annotations.map((c) => c.before))) {
        await coders.get(coderId)!.commit(annotations.map((annotation) => ({ op: 'put' as const, annotation })))
      }
      log().forget(undoId)
      emit({ type: 'changed', what: 'codebook' })
      if (change.annotations.length) emit({ type: 'changed', what: 'annotations' })
      return store.codebook
    },
    'codebook.importJson': async (file) => {
      const parsed = parseImport(file)
      if (!parsed.codebook) throw new UserError(parsed.message)
      return replace(parsed.codebook)
    },
    'codebook.importCsv': async (file) => {
      const parsed = parseImport(file)
      if (!parsed.codebook) throw new UserError(parsed.message)
      return replace(parsed.codebook)
    },
    'codebook.previewImport': async (file) => {
      const parsed = parseImport(file)
      if (!parsed.codebook) return { diff: null, codes: 0, groups: 0, problems: parsed.problems, refusal: null }
      const { codebook } = parsed
      return { diff: diffCodebooks(project().codebook, codebook), codes: codebook.codes.length, groups: codebook.groups.length, problems: [], refusal: await refusal(codebook) }
    },
    'codebook.exportCsv': async () => ({ csv: codebookToCsv(project().codebook), fileName: `${fileStem(project().info.name)}-codebook.csv` }),
    'codebook.printable': async () => ({
      html: printableCodebook(project().codebook, { projectName: project().info.name, date: new Date().toISOString().slice(0, 10) }),
      fileName: `${fileStem(project().info.name)}-codebook.html`,
    }),
    'segments.retrieve': async ({ coderIds, codeIds, groupId, includeChildren, variables }) => {
      const store = project()
      const coders = await store.coders()
      const names = new Map([...coders].map(([id, c]) => [id, c.coder.name]))
      const annotations = [...coders.values()].flatMap((c) => c.annotations())
      return retrieveSegments(store.codebook, store.documents, names, annotations, { coderIds, codeIds, groupId, includeChildren, variables })
    },
  }
}

function byCoder(annotations: Annotation[]): Map<string, Annotation[]> {
  const out = new Map<string, Annotation[]>()
  for (const a of annotations) out.set(a.coderId, [...(out.get(a.coderId) ?? []), a])
  return out
}

function touched(change: CodebookChange, coders: Map<string, { coder: { name: string } }>): CoderTouch[] {
  const out = new Map<string, CoderTouch>()
  for (const { before, after } of change.annotations) {
    const touch = out.get(before.coderId) ?? {
      coderId: before.coderId,
      coderName: coders.get(before.coderId)?.coder.name ?? before.coderId,
      moved: 0,
      deleted: 0,
      attributeChanges: 0,
    }
    if (after.deleted && !before.deleted) touch.deleted++
    else if (after.codeId !== before.codeId) touch.moved++
    else touch.attributeChanges++
    out.set(before.coderId, touch)
  }
  return [...out.values()].sort((a, b) => (a.coderName < b.coderName ? -1 : 1))
}

/** A file name from the project's name: letters, digits and dashes. */
function fileStem(name: string): string {
  return name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60) || 'margin'
}

import type { Coder } from '../../../shared/model'
import { planAssignment, type AssignmentRequest, type CoderPackage } from '../../../shared/team'
import type { ProjectStore } from '../../store/projectStore'
import { UserError } from '../dispatch'

export type PackageRequest = Omit<AssignmentRequest, 'coder'> & { readonly coder: Coder }

/**
 * Builds a coder package from the lead's project: identity and settings, codebook, the
 * assigned documents with their (hash-verified) texts, the coder and the assignment. Other
 * coders' annotations never go in; the coder's own, on the assigned documents, do.
 */
export async function createPackage(store: ProjectStore, request: PackageRequest, now = new Date()): Promise<CoderPackage> {
  let assignment
  try {
    assignment = planAssignment(store.documents, { ...request, coder: request.coder.id }, store.info.variables.map((v) => v.name))
  } catch (error) {
    if (error instanceof RangeError) throw new UserError(error.message)
    throw error
  }
  if (assignment.documents.length === 0) throw new UserError('the assignment has no documents; import documents or choose some')
  const documents = []
  for (const id of assignment.documents) documents.push({ meta: store.document(id)!, text: await store.readText(id) })
  const own = await store.coder(request.coder.id)
  const assigned = new Set(assignment.documents)
  const annotations = own ? onDocuments(own.snapshot(), assigned) : null
  return {
    format: 'margin-package',
    schemaVersion: 1,
    createdAt: now.toISOString(),
    project: { ...store.info, demo: false },
    codebook: store.codebook,
    documents,
    coder: request.coder,
    assignment,
    annotations,
  }
}

function onDocuments(file: NonNullable<CoderPackage['annotations']>, documents: ReadonlySet<string>): CoderPackage['annotations'] {
  const keep = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => documents.has(id)))
  return {
    ...file,
    annotations: file.annotations.filter((a) => documents.has(a.documentId)),
    documentStatus: keep(file.documentStatus),
    documentMemos: keep(file.documentMemos),
  }
}

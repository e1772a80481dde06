import type { ExportProject } from '../../../shared/export'
import type { ProjectStore } from '../../store/projectStore'

/** The project as the export engine reads it: metadata and every coder's annotations. */
export async function loadExportProject(store: ProjectStore): Promise<ExportProject> {
  const coders = [...(await store.coders()).values()].map((c) => ({ coder: c.coder, annotations: c.annotations(), statuses: c.statuses }))
  return { codebook: store.codebook, documents: store.documents, variables: store.info.variables, coders }
}

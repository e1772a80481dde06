import type { ProjectSummary } from '../../../shared/contract'
import type { Codebook, DocumentMeta } from '../../../shared/model'
import { AgreementView } from '../views/agreement/AgreementView'
import { ExportDialog } from '../views/export/ExportDialog'
import { AnnotationsExportDialog } from '../views/team/AnnotationsExportDialog'
import { MergeDialog } from '../views/team/MergeDialog'
import { PackDialog } from '../views/team/PackDialog'
import { openTool, useOpenTool } from './toolStore'

interface Props {
  project: ProjectSummary
  codebook: Codebook
  documents: DocumentMeta[]
  /** The project changed under the window (a merge, its undo): reload what it shows. */
  onChanged: () => void
}

/** Whichever tool the Tools menu opened: a dialog or a full-window view over the project window. */
export function ToolViews({ project, codebook, documents, onChanged }: Props) {
  const tool = useOpenTool()
  const close = () => openTool(null)
  return (
    <>
      <ExportDialog isOpen={tool === 'export'} onClose={close} project={project} codebook={codebook} />
      {tool === 'pack' && <PackDialog onClose={close} project={project} documents={documents} />}
      {tool === 'annotations' && <AnnotationsExportDialog onClose={close} project={project} />}
      {tool === 'merge' && <MergeDialog onClose={close} project={project} onChanged={onChanged} />}
      {tool === 'agreement' && <AgreementView onClose={close} project={project} codebook={codebook} documents={documents} />}
    </>
  )
}

import { useEffect, useState } from 'react'
import { CodebookPane } from '../views/codebook/CodebookPane'
import { DocumentsPane } from '../views/documents/DocumentsPane'
import { ReaderPane } from '../views/reader/ReaderPane'
import { ErrorState } from './ErrorState'
import { PaneResizer } from './PaneResizer'
import { ProblemsNotice } from './ProblemsNotice'
import { ProjectToolbar } from './ProjectToolbar'
import { usePaneLayout } from './usePaneLayout'
import { useProjectData } from './useProjectData'

const SIDE_PANE = { min: 200, max: 560 }

/** The project window: toolbar, then documents | reader | codebook. */
export function App() {
  const { state, reload } = useProjectData()
  const [layout, setLayout] = usePaneLayout()
  const [selectedId, setSelectedId] = useState<string | null>(null)

  // Forget a selection whose document is gone (another project opened, say).
  const documents = state.status === 'ready' ? state.data.documents : null
  useEffect(() => {
    if (documents && selectedId && !documents.some((d) => d.id === selectedId)) setSelectedId(null)
  }, [documents, selectedId])

  const projectName = state.status === 'ready' ? state.data.project.name : null
  useEffect(() => {
    document.title = projectName ? `${projectName} — Margin` : 'Margin'
  }, [projectName])

  if (state.status === 'loading') {
    return (
      <div className="app-state" aria-busy="true">
        <p>Opening the project…</p>
      </div>
    )
  }
  if (state.status === 'error') {
    return (
      <div className="app-state">
        <ErrorState title="Margin could not open the project" error={state.error} onRetry={reload} />
      </div>
    )
  }

  const { project, codebook } = state.data
  const columns = [
    layout.documentsOpen ? `${layout.documentsWidth}px auto` : '',
    'minmax(360px, 1fr)',
    layout.codebookOpen ? `auto ${layout.codebookWidth}px` : '',
  ].join(' ')

  return (
    <div className="app">
      <ProjectToolbar project={project} layout={layout} onLayoutChange={setLayout} />
      <ProblemsNotice problems={project.problems} />
      <div className="panes" style={{ gridTemplateColumns: columns }}>
        {layout.documentsOpen && (
          <>
            <DocumentsPane
              documents={state.data.documents}
              variables={project.variables}
              selectedId={selectedId}
              onOpen={setSelectedId}
              readOnly={project.readOnlyReason !== null}
              onImported={reload}
            />
            <PaneResizer
              label="Resize documents pane"
              width={layout.documentsWidth}
              {...SIDE_PANE}
              direction={1}
              onResize={(documentsWidth) => setLayout({ documentsWidth })}
            />
          </>
        )}
        <ReaderPane documentId={selectedId} hasDocuments={state.data.documents.length > 0} />
        {layout.codebookOpen && (
          <>
            <PaneResizer
              label="Resize codebook pane"
              width={layout.codebookWidth}
              {...SIDE_PANE}
              direction={-1}
              onResize={(codebookWidth) => setLayout({ codebookWidth })}
            />
            <CodebookPane codebook={codebook} />
          </>
        )}
      </div>
    </div>
  )
}

import { useEffect } from 'react'
import { ErrorState } from './ErrorState'
import { useProjectData } from './useProjectData'
import { Workspace } from './Workspace'
import { CodebookViews } from '../views/codebook/CodebookViews'
import { ToolViews } from './ToolViews'

/** The project window: loading and error states, then the workspace. */
export function App() {
  const { state, reload } = useProjectData()

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

  return (
    <>
      <Workspace key={state.data.project.path} data={state.data} reload={reload} />
      <CodebookViews data={state.data} />
      <ToolViews project={state.data.project} codebook={state.data.codebook} documents={state.data.documents} onChanged={reload} />
    </>
  )
}

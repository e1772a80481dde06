import type { ReactNode } from 'react'
import { ToggleButton, Toolbar } from 'react-aria-components'
import type { ProjectSummary } from '../../../shared/contract'
import { CodebookViewSwitch } from '../views/codebook/CodebookViews'
import { SidebarIcon } from './SidebarIcon'
import { ToolsMenu } from './ToolsMenu'
import type { PaneLayout } from './usePaneLayout'

interface Props {
  project: ProjectSummary
  layout: PaneLayout
  onLayoutChange: (change: Partial<PaneLayout>) => void
  /** The coder picker and the mine | all | consensus view. */
  children?: ReactNode
}

/** The window's top bar: which project is open, whether it can be changed, which panes show. */
export function ProjectToolbar({ project, layout, onLayoutChange, children }: Props) {
  return (
    <header className="project-toolbar">
      <h1 className="project-name" title={project.path}>
        {project.name}
      </h1>
      {project.demo && (
        <span className="badge" title="A sample project to try Margin with; your own projects are separate">
          Demo
        </span>
      )}
      {project.readOnlyReason && (
        <span className="read-only-notice" role="status" title={project.readOnlyReason}>
          <strong>Read-only</strong>: {project.readOnlyReason}
        </span>
      )}
      <CodebookViewSwitch />
      <div className="toolbar-spacer" />
      {children}
      <ToolsMenu />
      <Toolbar aria-label="Panes" className="pane-toggles">
        <ToggleButton
          className="icon-button"
          aria-label="Documents pane"
          isSelected={layout.documentsOpen}
          onChange={(documentsOpen) => onLayoutChange({ documentsOpen })}
        >
          <SidebarIcon side="left" />
        </ToggleButton>
        <ToggleButton
          className="icon-button"
          aria-label="Codebook pane"
          isSelected={layout.codebookOpen}
          onChange={(codebookOpen) => onLayoutChange({ codebookOpen })}
        >
          <SidebarIcon side="right" />
        </ToggleButton>
      </Toolbar>
    </header>
  )
}

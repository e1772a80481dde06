import { ToggleButton, ToggleButtonGroup } from 'react-aria-components'
import type { ProjectData } from '../../app/useProjectData'
import { SegmentsView } from '../segments/SegmentsView'
import { CodebookEditor } from './CodebookEditor'
import { showView, useCodebookView, type CodebookView } from './codebookViewStore'
import './editor.css'
import '../segments/segments.css'

/** The toolbar's switch between coding, the codebook editor and retrieved segments. */
export function CodebookViewSwitch() {
  const { view } = useCodebookView()
  return (
    <ToggleButtonGroup
      aria-label="View"
      className="view-switch"
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[view]}
      onSelectionChange={(keys) => {
        const next = [...keys][0]
        if (next) showView(next as CodebookView)
      }}
    >
      <ToggleButton id="coding" className="view-switch-button">
        Coding
      </ToggleButton>
      <ToggleButton id="codebook" className="view-switch-button">
        Codebook
      </ToggleButton>
      <ToggleButton id="segments" className="view-switch-button">
        Segments
      </ToggleButton>
    </ToggleButtonGroup>
  )
}

/** The codebook editor or the segments view, over the coding panes (below the toolbar). */
export function CodebookViews({ data }: { data: ProjectData }) {
  const { view, segmentsTarget } = useCodebookView()
  if (view === 'coding') return null
  return (
    <div className="codebook-view cb">
      {view === 'codebook' && (
        <CodebookEditor codebook={data.codebook} readOnly={data.project.readOnlyReason !== null} onRetrieve={(target) => showView('segments', target)} />
      )}
      {view === 'segments' && <SegmentsView data={data} initialTarget={segmentsTarget} />}
    </div>
  )
}

import { Button } from 'react-aria-components'

/** The expand/collapse control of a tree row (the row's own arrow keys do the same). */
export function TreeChevron({ shown }: { shown: boolean }) {
  if (!shown) return <span className="chevron-space" aria-hidden="true" />
  return (
    <Button slot="chevron" className="tree-chevron">
      <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
        <path d="M4 2.5 7.5 6 4 9.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
    </Button>
  )
}

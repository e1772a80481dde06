/** A window with its left or right side pane drawn in; marks the pane toggles. */
export function SidebarIcon({ side }: { side: 'left' | 'right' }) {
  const x = side === 'left' ? 2.5 : 10.5
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="11" rx="2" fill="none" stroke="currentColor" />
      <rect x={x} y="3.5" width="3" height="9" rx="0.5" fill="currentColor" opacity="0.55" />
    </svg>
  )
}

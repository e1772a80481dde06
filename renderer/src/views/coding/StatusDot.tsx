import type { DocumentStatus } from '../../../../shared/model'

export const STATUS_LABEL: Record<DocumentStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
}

/** A document's status for one coder as a shape, not a color alone: ○ empty, ◐ half, ● full with a tick. */
export function StatusDot({ status }: { status: DocumentStatus }) {
  return (
    <svg className={`status-dot status-${status}`} viewBox="0 0 12 12" width="12" height="12" role="img" aria-label={STATUS_LABEL[status]}>
      <circle cx="6" cy="6" r="5" fill={status === 'done' ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.5" />
      {status === 'in-progress' && <path d="M6 1a5 5 0 0 1 0 10z" fill="currentColor" />}
      {status === 'done' && <path d="M3.6 6.2 5.3 7.8 8.5 4.4" fill="none" stroke="var(--bg-pane)" strokeWidth="1.6" strokeLinecap="round" />}
    </svg>
  )
}

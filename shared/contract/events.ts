/** Progress of a long task (import, merge, export), keyed by the id the caller chose. */
export interface ProgressEvent {
  type: 'progress'
  taskId: string
  done: number
  total: number
  label: string
}

/** Something changed on disk that open windows should reload (another window, a merge). */
export interface ChangedEvent {
  type: 'changed'
  what: 'documents' | 'codebook' | 'annotations' | 'project'
}

export type ServiceEvent = ProgressEvent | ChangedEvent

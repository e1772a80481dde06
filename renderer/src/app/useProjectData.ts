import { useCallback, useEffect, useState } from 'react'
import type { ProjectSummary } from '../../../shared/contract'
import type { Codebook, DocumentMeta } from '../../../shared/model'
import { call, onEvent } from '../api/client'

export interface ProjectData {
  project: ProjectSummary
  documents: DocumentMeta[]
  codebook: Codebook
}

export type ProjectState =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; data: ProjectData }

/** Loads the open project, its document list and codebook; reloads when the service says they changed. */
export function useProjectData(): { state: ProjectState; reload: () => void } {
  const [state, setState] = useState<ProjectState>({ status: 'loading' })
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((g) => g + 1), [])

  useEffect(() => {
    let current = true
    Promise.all([call('project.current', {}), call('documents.list', {}), call('codebook.get', {})]).then(
      ([project, { documents }, codebook]) => current && setState({ status: 'ready', data: { project, documents, codebook } }),
      (error: Error) => current && setState({ status: 'error', error }),
    )
    return () => {
      current = false
    }
  }, [generation])

  useEffect(
    () =>
      onEvent((event) => {
        if (event.type === 'changed' && event.what !== 'annotations') reload()
      }),
    [reload],
  )

  return { state, reload }
}

import { useCallback, useEffect, useState } from 'react'

export interface PaneLayout {
  documentsWidth: number
  codebookWidth: number
  documentsOpen: boolean
  codebookOpen: boolean
}

const STORAGE_KEY = 'margin.paneLayout'
const DEFAULT_LAYOUT: PaneLayout = { documentsWidth: 300, codebookWidth: 300, documentsOpen: true, codebookOpen: true }

/** Pane widths and which side panes are open, remembered across sessions in this browser. */
export function usePaneLayout(): [PaneLayout, (change: Partial<PaneLayout>) => void] {
  const [layout, setLayout] = useState<PaneLayout>(() => {
    try {
      return { ...DEFAULT_LAYOUT, ...JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') }
    } catch {
      return DEFAULT_LAYOUT
    }
  })
  useEffect(() => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(layout))
    } catch {
      // Private windows may refuse storage; the layout then lasts for this session only.
    }
  }, [layout])
  // One setter for the component's life, so panes given it can skip re-rendering.
  const change = useCallback((change: Partial<PaneLayout>) => setLayout((previous) => ({ ...previous, ...change })), [])
  return [layout, change]
}

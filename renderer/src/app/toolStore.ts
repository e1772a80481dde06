import { useSyncExternalStore } from 'react'

/** The views and dialogs the Tools menu opens over the main window. */
export type Tool = 'export' | 'pack' | 'annotations' | 'merge' | 'agreement'

let current: Tool | null = null
const listeners = new Set<() => void>()

/**
 * Which tool is open, shared by the toolbar's menu (which opens it) and the window (which
 * shows it), so neither has to thread state through the other.
 */
export function openTool(tool: Tool | null): void {
  current = tool
  for (const listener of listeners) listener()
}

export function useOpenTool(): Tool | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
  )
}

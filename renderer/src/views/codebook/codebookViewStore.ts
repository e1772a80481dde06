import { useSyncExternalStore } from 'react'
import type { SegmentsTarget } from './CodebookEditor'

/** The full-window views this module adds beside coding: the codebook editor and retrieved segments. */
export type CodebookView = 'coding' | 'codebook' | 'segments'

/** A passage to show in the reader: its document, and the annotation (with its start, in code points) to select. */
export interface PassageRequest {
  documentId: string
  annotationId: string
  start: number | null
}

interface State {
  view: CodebookView
  segmentsTarget: SegmentsTarget | null
  passage: PassageRequest | null
}

let state: State = { view: 'coding', segmentsTarget: null, passage: null }
const listeners = new Set<() => void>()
const set = (change: Partial<State>) => {
  state = { ...state, ...change }
  for (const listener of listeners) listener()
}
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Switches the window between coding, the codebook editor and the segments view. */
export function showView(view: CodebookView, segmentsTarget?: SegmentsTarget): void {
  set({ view, ...(segmentsTarget ? { segmentsTarget } : {}) })
}

/** Back to coding with a document open at a passage; the workspace reads it with usePassageRequest. */
export function openPassage(passage: PassageRequest): void {
  set({ view: 'coding', passage })
}

export function useCodebookView(): State {
  return useSyncExternalStore(subscribe, () => state)
}

/** The latest passage the segments view asked to open (a new object each time), or null. */
export function usePassageRequest(): PassageRequest | null {
  return useSyncExternalStore(subscribe, () => state.passage)
}

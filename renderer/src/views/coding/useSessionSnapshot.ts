import { useEffect, useState } from 'react'
import { afterNextPaint } from '../../app/afterNextPaint'
import type { CodingSession, CodingSnapshot } from './codingSession'

const EMPTY: CodingSnapshot = { annotations: [], loading: false, pending: 0, error: null, canUndo: false, canRedo: false }

/**
 * The session's state for the views that show all of it (legend, status line, side panes).
 * It follows each change after the next paint, every change of a frame in one render, never
 * in the task that made it: the reader draws a change itself, at once, and neither a
 * keystroke's highlight waits for a re-render of the workspace.
 */
export function useSessionSnapshot(session: CodingSession | null): CodingSnapshot {
  const [state, setState] = useState<{ session: CodingSession | null; snapshot: CodingSnapshot }>({ session: null, snapshot: EMPTY })
  useEffect(() => {
    if (!session) return
    let live = true
    let due = false
    const show = () => {
      due = false
      if (live) setState((s) => (s.session === session && s.snapshot === session.getSnapshot() ? s : { session, snapshot: session.getSnapshot() }))
    }
    const later = () => {
      if (due) return
      due = true
      afterNextPaint(show)
    }
    const unsubscribe = session.subscribe(later)
    show() // a change between the render and this subscription
    return () => {
      live = false
      unsubscribe()
    }
  }, [session])
  if (!session) return EMPTY
  return state.session === session ? state.snapshot : session.getSnapshot()
}

import { startTransition, useEffect, useState } from 'react'
import { afterNextPaint } from '../../app/afterNextPaint'
import type { CodingSession, CodingSnapshot } from './codingSession'

const EMPTY: CodingSnapshot = { annotations: [], loading: false, pending: 0, error: null, canUndo: false, canRedo: false }
/** What a session just opened shows until its first paint: its text and highlights come first. */
const OPENING: CodingSnapshot = { ...EMPTY, loading: true }

/**
 * The session's state for the views that show all of it (legend, status line, side panes).
 * It follows each change after the next paint, every change of a frame in one render, never
 * in the task that made it: the reader draws a change itself, at once, and neither a
 * keystroke's highlight nor a document's opening waits for a re-render of the workspace.
 * Until its first paint a session shows as opening (no list).
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
    // The first showing mounts the side panes with the whole list: a transition, so that it
    // yields to frames and keys, while a change's update (small) renders in one go.
    due = true
    afterNextPaint(() => startTransition(show))
    return () => {
      live = false
      unsubscribe()
    }
  }, [session])
  if (!session) return EMPTY
  return state.session === session ? state.snapshot : OPENING
}

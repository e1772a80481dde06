import { useCallback, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'

let queue: (() => void)[] = []
let scheduled = false

/**
 * Resolves once the browser has painted its next frame (or after a short timeout when the
 * page is hidden and paints none): for work that must not delay that paint.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => afterNextPaint(resolve))
}

/**
 * Runs `task` once the browser has painted its next frame, together with every other task
 * queued for that frame; their state changes render and commit right there, in one go. For
 * what follows a keystroke without being its answer — side panes, the status line, margin
 * bars — so the keystroke's own change is painted first. Rendered at once rather than left
 * pending: React would fold pending updates into the next keystroke's own render, back on
 * its critical path; and not a transition, which typing elsewhere (a popover's field) would
 * interrupt again and again. A hidden page paints no frames: the tasks then run after a
 * short timeout instead.
 */
export function afterNextPaint(task: () => void): void {
  queue.push(task)
  if (scheduled) return
  scheduled = true
  let done = false
  const channel = new MessageChannel()
  const run = () => {
    if (done) return
    done = true
    clearTimeout(fallback)
    cancelAnimationFrame(frame)
    channel.port1.close()
    const tasks = queue
    queue = []
    scheduled = false
    flushSync(() => {
      for (const t of tasks) {
        try {
          t()
        } catch (error) {
          // One failing task must not swallow the others' updates; the error still surfaces.
          queueMicrotask(() => {
            throw error
          })
        }
      }
    })
  }
  channel.port1.onmessage = run
  // A frame's callbacks run before its paint; a message posted from there arrives after it.
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null))
  const fallback = setTimeout(run, 250)
}

/**
 * State that actions read and write at once (`now.current`) while React shows it either at
 * once or, with `set(value, true)`, after the next paint: a keystroke's own answer is drawn
 * first and the views that show this state follow. A later `set` always wins over an earlier
 * one still waiting for its paint.
 */
export function useStateAfterPaint<T>(initial: T): [shown: T, now: RefObject<T>, set: (value: T, afterPaint?: boolean) => void] {
  const now = useRef(initial)
  const [shown, setShown] = useState(initial)
  const set = useCallback((value: T, afterPaint = false) => {
    if (afterPaint && Object.is(value, now.current)) return
    now.current = value
    if (afterPaint) afterNextPaint(() => setShown(now.current))
    else setShown(value)
  }, [])
  return [shown, now, set]
}

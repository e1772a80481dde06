import { useRef, type KeyboardEvent, type PointerEvent } from 'react'

interface Props {
  /** Accessible name, e.g. "Resize documents pane". */
  label: string
  width: number
  min: number
  max: number
  /** +1 when dragging right widens the pane (pane on the left), -1 otherwise. */
  direction: 1 | -1
  onResize: (width: number) => void
}

const KEY_STEP = 16

/**
 * A focusable vertical splitter (WAI-ARIA "window splitter"): drag it, or focus it and use
 * the arrow keys, Home and End. react-aria-components has no splitter, so this is ours.
 */
export function PaneResizer({ label, width, min, max, direction, onResize }: Props) {
  const drag = useRef<{ x: number; width: number } | null>(null)
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)))

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { x: event.clientX, width }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onResize(clamp(drag.current.width + direction * (event.clientX - drag.current.x)))
  }
  const onPointerUp = () => {
    drag.current = null
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? KEY_STEP * 4 : KEY_STEP
    const next =
      event.key === 'ArrowLeft' ? width - direction * step
      : event.key === 'ArrowRight' ? width + direction * step
      : event.key === 'Home' ? min
      : event.key === 'End' ? max
      : null
    if (next === null) return
    event.preventDefault()
    onResize(clamp(next))
  }

  return (
    <div
      className="pane-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  )
}

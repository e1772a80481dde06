import { memo } from 'react'
import type { CodeIndex } from './codeIndex'

/** One annotation's bar in the margin: its code's lane and where its text runs. */
export interface LaneBar {
  id: string
  codeId: string
  lane: number
  /** Pixels from the top of the text. */
  top: number
  height: number
  mine: boolean
  selected: boolean
}

/** Width of one lane in the margin, in pixels. */
export const LANE_WIDTH = 6

/**
 * The margin left of the text: one lane per code present, numbered as in the legend, with a
 * bar beside every passage coded with it. Overlaps stay readable however many there are;
 * other coders' bars are hatched, so the pattern and the lane tell them apart, not the color.
 */
export const MarginLanes = memo(function MarginLanes({ bars, codes, onSelect }: { bars: readonly LaneBar[]; codes: CodeIndex; onSelect: (id: string) => void }) {
  const laneCount = bars.reduce((n, b) => Math.max(n, b.lane + 1), 0)
  return (
    <div className="margin-lanes" aria-hidden="true" style={{ width: Math.max(laneCount, 1) * LANE_WIDTH + 10 }}>
      {bars.map((bar) => (
        <Bar key={bar.id} {...bar} codes={codes} onSelect={onSelect} />
      ))}
    </div>
  )
})

/** One bar; re-rendered only when it changes, so a new annotation does not touch the other 2,000. */
const Bar = memo(function Bar({ id, codeId, lane, top, height, mine, selected, codes, onSelect }: LaneBar & { codes: CodeIndex; onSelect: (id: string) => void }) {
  const code = codes.byId.get(codeId)
  return (
    <div
      className={`lane-bar${mine ? '' : ' lane-bar-other'}${selected ? ' lane-bar-selected' : ''}`}
      style={{ left: lane * LANE_WIDTH, top, height, ['--c' as string]: code?.color ?? '#888' }}
      title={code?.name}
      onClick={() => onSelect(id)}
    />
  )
})

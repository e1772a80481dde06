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
export function MarginLanes({ bars, codes, onSelect }: { bars: readonly LaneBar[]; codes: CodeIndex; onSelect: (id: string) => void }) {
  const laneCount = bars.reduce((n, b) => Math.max(n, b.lane + 1), 0)
  return (
    <div className="margin-lanes" aria-hidden="true" style={{ width: Math.max(laneCount, 1) * LANE_WIDTH + 10 }}>
      {bars.map((bar) => (
        <div
          key={bar.id}
          className={`lane-bar${bar.mine ? '' : ' lane-bar-other'}${bar.selected ? ' lane-bar-selected' : ''}`}
          style={{ left: bar.lane * LANE_WIDTH, top: bar.top, height: bar.height, ['--c' as string]: codes.byId.get(bar.codeId)?.color ?? '#888' }}
          title={codes.byId.get(bar.codeId)?.name}
          onClick={() => onSelect(bar.id)}
        />
      ))}
    </div>
  )
}

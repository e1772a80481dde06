import { memo } from 'react'
import type { CodeIndex } from './codeIndex'

/** One annotation's bar in the margin: its code's lane and where its text runs. */
export interface LaneBar {
  id: string
  codeId: string
  lane: number
  /** Pixels from the top of its group (the paragraph it starts in). */
  top: number
  height: number
  mine: boolean
}

/** The bars of the annotations that start in one paragraph, placed at that paragraph's top. */
export interface LaneGroup {
  paragraph: number
  /** Pixels from the top of the text. */
  top: number
  bars: readonly LaneBar[]
}

/** What the margin shows: how many lanes (codes present) and the bars, by paragraph. */
export interface MarginLayout {
  lanes: number
  groups: readonly LaneGroup[]
}

/** Width of one lane in the margin, in pixels. */
export const LANE_WIDTH = 6

/**
 * The margin left of the text: one lane per code present, numbered as in the legend, with a
 * bar beside every passage coded with it. Overlaps stay readable however many there are;
 * other coders' bars are hatched, so the pattern and the lane tell them apart, not the color.
 * Bars sit in one group per paragraph, so a paragraph that moves moves one element.
 */
export const MarginLanes = memo(function MarginLanes({
  layout,
  codes,
  selectedId,
  onSelect,
}: {
  layout: MarginLayout
  codes: CodeIndex
  selectedId: string | null
  onSelect: (id: string) => void
}) {
  return (
    <div className="margin-lanes" aria-hidden="true" style={{ width: Math.max(layout.lanes, 1) * LANE_WIDTH + 10 }}>
      {layout.groups.map((group) => (
        <Group
          key={group.paragraph}
          group={group}
          codes={codes}
          // Only the group holding the selected bar hears of the selection, so selecting re-renders one or two groups.
          selectedId={selectedId !== null && group.bars.some((b) => b.id === selectedId) ? selectedId : null}
          onSelect={onSelect}
        />
      ))}
    </div>
  )
})

/** One paragraph's bars; re-rendered only when that group changes. */
const Group = memo(function Group({ group, codes, selectedId, onSelect }: { group: LaneGroup; codes: CodeIndex; selectedId: string | null; onSelect: (id: string) => void }) {
  return (
    <div className="lane-group" style={{ top: group.top }}>
      {group.bars.map((bar) => (
        <Bar key={bar.id} {...bar} selected={bar.id === selectedId} codes={codes} onSelect={onSelect} />
      ))}
    </div>
  )
})

/** One bar; re-rendered only when it changes, so a new annotation does not touch the other 2,000. */
const Bar = memo(function Bar({
  id,
  codeId,
  lane,
  top,
  height,
  mine,
  selected,
  codes,
  onSelect,
}: LaneBar & { selected: boolean; codes: CodeIndex; onSelect: (id: string) => void }) {
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

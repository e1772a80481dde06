/** A span by id with code point offsets, as far as lanes care. */
export interface LaneSpan {
  id: string
  start: number
  end: number
}

/**
 * Stacks overlapping spans' underlines: each span gets the lowest lane (0, 1, 2…) no span
 * overlapping it uses. Lanes already given (`previous`) are kept, so adding or removing one
 * annotation never moves the others' underlines; only new spans are placed. Returns a new
 * map holding a lane for every span in `spans` and nothing else.
 */
export function assignLanes(spans: readonly LaneSpan[], previous: ReadonlyMap<string, number>): Map<string, number> {
  const lanes = new Map<string, number>()
  const fresh: LaneSpan[] = []
  for (const s of spans) {
    const lane = previous.get(s.id)
    if (lane === undefined) fresh.push(s)
    else lanes.set(s.id, lane)
  }
  if (!fresh.length) return lanes
  if (lanes.size === 0) return sweep(spans)
  const placed = spans.filter((s) => lanes.has(s.id))
  for (const s of fresh) {
    lanes.set(s.id, placeLane(s, placed, lanes))
    placed.push(s)
  }
  return lanes
}

/**
 * The lane for one new span among spans already placed (`lanes` holds theirs): the lowest
 * lane no overlapping one uses, the rule `assignLanes` follows for new spans.
 */
export function placeLane(span: LaneSpan, placed: Iterable<LaneSpan>, lanes: ReadonlyMap<string, number>): number {
  const used = new Set<number>()
  for (const other of placed) {
    if (other.id !== span.id && other.start < span.end && span.start < other.end) {
      const lane = lanes.get(other.id)
      if (lane !== undefined) used.add(lane)
    }
  }
  let lane = 0
  while (used.has(lane)) lane++
  return lane
}

/** Places every span at once in reading order (longer spans first at a tie), O(n · depth). */
function sweep(spans: readonly LaneSpan[]): Map<string, number> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1))
  const lanes = new Map<string, number>()
  let active: LaneSpan[] = []
  for (const s of sorted) {
    active = active.filter((a) => a.end > s.start)
    const used = new Set(active.map((a) => lanes.get(a.id)!))
    let lane = 0
    while (used.has(lane)) lane++
    lanes.set(s.id, lane)
    active.push(s)
  }
  return lanes
}

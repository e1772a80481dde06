/**
 * Krippendorff's alpha for unitizing, ᵤα, in the formulation of Krippendorff (2004),
 * Content Analysis: An Introduction to Its Methodology, 2nd ed., pp. 251–256
 * (worked example p. 254), the coefficient also presented in Krippendorff (2004) "Measuring the
 * reliability of qualitative text analysis data", Quality & Quantity 38: 787–800, and
 * going back to Krippendorff (1995), Sociological Methodology 25: 47–76.
 *
 * Each coder divides a continuum (here: the documents laid end to end, positions in code
 * points) into sections: units, the stretches the coder assigned category c, and gaps, the
 * stretches between them. For two sections g and h of different coders,
 *   δ²(g, h) = (b_g − b_h)² + (e_g − e_h)²   if both are units of c and they overlap,
 *            = l_g²                           if g is a unit, h a gap and h contains g,
 *            = 0                              otherwise (both gaps, or no overlap);
 * and ᵤα_c = 1 − ᵤD_o,c / ᵤD_e,c with
 *   ᵤD_o,c = Σ_{i≠j} Σ_g Σ_h δ²(s_icg, s_jch) / (m(m − 1) L²),
 *   ᵤD_e,c = (2/L) Σ_i Σ_{units g} [ (N_c − 1)/3 · (2l_g³ − 3l_g² + l_g)
 *                                     + l_g² Σ_j Σ_{gaps h, l_h ≥ l_g} (l_h − l_g + 1) ]
 *            / ( mL(mL − 1) − Σ_i Σ_{units g} l_g(l_g − 1) ),
 * m coders, L the continuum's length, N_c the number of units of c over all coders.
 * Over several categories ᵤα = 1 − Σ_c ᵤD_o,c / Σ_c ᵤD_e,c.
 *
 * Gaps are pooled over all coders (j runs over every coder, i included), as in DKPro
 * Statistics' implementation. For more than two coders this 2004 formulation is known to
 * misbehave; Krippendorff, Mathet, Bouvry & Widlöcher (2016, Quality & Quantity 50) revised
 * it. The published worked examples checked here all have two coders.
 */

/** One coded stretch of a continuum: code point offsets, `end` exclusive. */
export interface UnitizedSpan {
  readonly coder: string
  readonly category: string
  readonly start: number
  readonly end: number
}

/** One continuum, e.g. one document: [start, end) in code points and every coder's spans on it. */
export interface Continuum {
  readonly start?: number
  readonly end: number
  readonly spans: readonly UnitizedSpan[]
}

export interface UnitizingData {
  /** Every coder who unitized the continua; a coder with no span there simply coded nothing. */
  readonly coders: readonly string[]
  readonly continua: readonly Continuum[]
}

export interface UnitizingCategoryResult {
  readonly category: string
  readonly value: number | null
  readonly reason: string | null
  readonly observedDisagreement: number
  readonly expectedDisagreement: number
  /** N_c: units of this category over all coders (after merging a coder's overlapping spans). */
  readonly units: number
}

export interface UnitizingResult {
  /** ᵤα over all categories, or null (see `reason`). */
  readonly value: number | null
  readonly reason: string | null
  readonly byCategory: UnitizingCategoryResult[]
  /** L: total length of the continua, in code points. */
  readonly length: number
}

interface Section {
  readonly start: number
  readonly end: number
  readonly unit: boolean
}

/**
 * ᵤα for `data`, per category and overall (formulas above). A coder's overlapping spans of
 * one category are merged into one unit (the formulation needs a partition into units and
 * gaps); touching spans stay separate units. Spans outside their continuum throw a
 * RangeError. A category is undefined (value null) when ᵤD_e = 0, i.e. nobody used it;
 * everything is undefined with fewer than two coders or a continuum of length zero.
 * `categories` limits and orders the categories reported (default: all used, sorted).
 */
export function unitizingAlpha(data: UnitizingData, categories?: readonly string[]): UnitizingResult {
  const m = data.coders.length
  let L = 0
  for (const c of data.continua) {
    const start = c.start ?? 0
    if (c.end < start) throw new RangeError('a continuum ends before it starts')
    L += c.end - start
    for (const s of c.spans) {
      if (!(s.start >= start && s.end <= c.end && s.start < s.end)) {
        throw new RangeError(`span ${s.start}–${s.end} of ${s.coder} is not inside its continuum ${start}–${c.end}`)
      }
    }
  }
  const used = new Set<string>()
  for (const c of data.continua) for (const s of c.spans) used.add(s.category)
  const list = categories ? [...categories] : [...used].sort()
  const fail = (reason: string): UnitizingResult => ({
    value: null,
    reason,
    byCategory: list.map((category) => ({ category, value: null, reason, observedDisagreement: 0, expectedDisagreement: 0, units: 0 })),
    length: L,
  })
  if (m < 2) return fail('unitizing alpha needs at least 2 coders')
  if (L === 0) return fail('the continuum is empty')

  const byCategory = list.map((category) => categoryAlpha(data, category, m, L))
  let Do = 0
  let De = 0
  for (const r of byCategory) {
    Do += r.observedDisagreement
    De += r.expectedDisagreement
  }
  if (De === 0) return { value: null, reason: 'no coder coded any unit', byCategory, length: L }
  return { value: 1 - Do / De, reason: null, byCategory, length: L }
}

function categoryAlpha(data: UnitizingData, category: string, m: number, L: number): UnitizingCategoryResult {
  const coderIndex = new Map(data.coders.map((c, i) => [c, i]))
  let observed = 0
  const unitLengths: number[] = []
  const gapLengths: number[] = []
  for (const continuum of data.continua) {
    const perCoder: Section[][] = data.coders.map(() => [])
    const spans = data.coders.map((): { start: number; end: number }[] => [])
    for (const s of continuum.spans) {
      if (s.category !== category) continue
      const i = coderIndex.get(s.coder)
      if (i === undefined) throw new RangeError(`span by unknown coder ${s.coder}`)
      spans[i].push(s)
    }
    spans.forEach((list, i) => {
      perCoder[i] = sections(list, continuum.start ?? 0, continuum.end)
      for (const s of perCoder[i]) (s.unit ? unitLengths : gapLengths).push(s.end - s.start)
    })
    for (let i = 0; i < m; i++) {
      for (let j = i + 1; j < m; j++) observed += 2 * pairDifference(perCoder[i], perCoder[j])
    }
  }
  const Do = observed / (m * (m - 1) * L * L)

  const N = unitLengths.length
  gapLengths.sort((a, b) => a - b)
  const suffix = new Array<number>(gapLengths.length + 1).fill(0)
  for (let g = gapLengths.length - 1; g >= 0; g--) suffix[g] = suffix[g + 1] + gapLengths[g]
  let numerator = 0
  let withinUnits = 0
  for (const l of unitLengths) {
    // Gaps at least as long as the unit, and the number of positions the unit fits in them.
    const first = lowerBound(gapLengths, l)
    const fits = suffix[first] - (gapLengths.length - first) * (l - 1)
    numerator += ((N - 1) / 3) * (2 * l ** 3 - 3 * l ** 2 + l) + l * l * fits
    withinUnits += l * (l - 1)
  }
  // 2/L, not the 2/(mL) one might read into the book's notation: only 2/L reproduces its
  // worked example (ᵤD_e,c = .0532) and the values of Krippendorff (1995), and it is what
  // DKPro Statistics uses. The two coincide for two coders.
  const De = ((2 / L) * numerator) / (m * L * (m * L - 1) - withinUnits)
  if (De === 0) {
    return { category, value: null, reason: 'no coder coded this category', observedDisagreement: Do, expectedDisagreement: De, units: N }
  }
  return { category, value: 1 - Do / De, reason: null, observedDisagreement: Do, expectedDisagreement: De, units: N }
}

/** A coder's units (overlapping spans merged) and the gaps around them, covering [start, end). */
function sections(spans: { start: number; end: number }[], start: number, end: number): Section[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
  const units: { start: number; end: number }[] = []
  for (const s of sorted) {
    const last = units[units.length - 1]
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end)
    else units.push({ start: s.start, end: s.end })
  }
  const out: Section[] = []
  let at = start
  for (const u of units) {
    if (u.start > at) out.push({ start: at, end: u.start, unit: false })
    out.push({ start: u.start, end: u.end, unit: true })
    at = u.end
  }
  if (at < end) out.push({ start: at, end, unit: false })
  return out
}

/** Σ_g Σ_h δ²(g, h) over the sections of two coders on one continuum. */
function pairDifference(a: readonly Section[], b: readonly Section[]): number {
  let sum = 0
  let from = 0
  for (const g of a) {
    while (from < b.length && b[from].end <= g.start) from++
    for (let k = from; k < b.length && b[k].start < g.end; k++) sum += difference(g, b[k])
  }
  return sum
}

function difference(g: Section, h: Section): number {
  if (g.unit && h.unit) return (g.start - h.start) ** 2 + (g.end - h.end) ** 2
  if (g.unit && !h.unit && h.start <= g.start && g.end <= h.end) return (g.end - g.start) ** 2
  if (!g.unit && h.unit && g.start <= h.start && h.end <= g.end) return (h.end - h.start) ** 2
  return 0
}

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

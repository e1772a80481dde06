import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'

/** A document as the sampler sees it: its id and the value of the stratifying variable. */
export interface SampledDocument {
  readonly id: string
  /** The stratum (e.g. the outlet); '' when not stratifying. */
  readonly stratum: string
}

export interface OverlapSample {
  /** The sampled document ids, in the order of the input. */
  readonly documents: string[]
  /** Per stratum (sorted by name): documents available and drawn. */
  readonly strata: { readonly stratum: string; readonly available: number; readonly drawn: number }[]
}

/**
 * Draws the reliability overlap sample: `size` documents that every coder codes. With
 * strata, each stratum gets its proportional share (largest remainder, ties to the
 * alphabetically first stratum) so the sample mirrors the corpus, e.g. by outlet. Inside a
 * stratum, documents are taken in id order and shuffled with xoroshiro128+ seeded by
 * `seed` (Fisher–Yates), so the same documents and seed always give the same sample,
 * whatever order the documents were imported in. `size` larger than the corpus takes all.
 */
export function drawOverlapSample(documents: readonly SampledDocument[], size: number, seed: number): OverlapSample {
  if (!Number.isInteger(size) || size < 0) throw new RangeError('the overlap sample size must be a whole number ≥ 0')
  if (!Number.isInteger(seed)) throw new RangeError('the seed must be a whole number')
  const byStratum = new Map<string, string[]>()
  for (const d of documents) {
    let ids = byStratum.get(d.stratum)
    if (!ids) byStratum.set(d.stratum, (ids = []))
    ids.push(d.id)
  }
  const strata = [...byStratum.keys()].sort(compare)
  const total = documents.length
  const wanted = Math.min(size, total)
  const exact = strata.map((s) => (total === 0 ? 0 : (wanted * byStratum.get(s)!.length) / total))
  const quota = exact.map(Math.floor)
  let left = wanted - quota.reduce((a, b) => a + b, 0)
  const byRemainder = strata.map((_, i) => i).sort((a, b) => exact[b] - quota[b] - (exact[a] - quota[a]) || a - b)
  for (const i of byRemainder) {
    if (left === 0) break
    quota[i]++
    left--
  }
  const rng = xoroshiro128plus(seed)
  const chosen = new Set<string>()
  strata.forEach((stratum, i) => {
    const ids = [...byStratum.get(stratum)!].sort(compare)
    for (let k = ids.length - 1; k > 0; k--) {
      const j = uniformInt(rng, 0, k)
      ;[ids[k], ids[j]] = [ids[j], ids[k]]
    }
    for (const id of ids.slice(0, quota[i])) chosen.add(id)
  })
  return {
    documents: documents.filter((d) => chosen.has(d.id)).map((d) => d.id),
    strata: strata.map((stratum, i) => ({ stratum, available: byStratum.get(stratum)!.length, drawn: quota[i] })),
  }
}

/**
 * Splits the documents outside the overlap among `team` (coder ids), so each document is
 * coded once (overlap documents: by everyone). Shuffled with `seed` like the sample, then
 * dealt round-robin in team order: shares differ by at most one document.
 */
export function splitAmongCoders(documents: readonly string[], team: readonly string[], seed: number): Record<string, string[]> {
  if (team.length === 0) throw new RangeError('name at least one coder to split the documents among')
  if (new Set(team).size !== team.length) throw new RangeError('a coder is named twice in the team')
  const ids = [...documents].sort(compare)
  // A different stream from the sample's, so changing the sample size does not reshuffle this.
  const rng = xoroshiro128plus(seed ^ 0x5bd1e995)
  for (let k = ids.length - 1; k > 0; k--) {
    const j = uniformInt(rng, 0, k)
    ;[ids[k], ids[j]] = [ids[j], ids[k]]
  }
  const out: Record<string, string[]> = Object.fromEntries(team.map((c) => [c, [] as string[]]))
  ids.forEach((id, i) => out[team[i % team.length]].push(id))
  const position = new Map(documents.map((d, i) => [d, i]))
  for (const c of team) out[c].sort((a, b) => position.get(a)! - position.get(b)!)
  return out
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

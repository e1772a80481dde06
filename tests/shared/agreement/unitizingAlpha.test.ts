import { describe, expect, it } from 'vitest'
import { unitizingAlpha, type UnitizedSpan } from '../../../shared/agreement'

const unit = (coder: string, category: string, begin: number, length: number): UnitizedSpan => ({
  coder,
  category,
  start: begin,
  end: begin + length,
})

// Krippendorff (2004), Content Analysis 2nd ed., worked example of ᵤα (p. 254, as also
// reproduced by DKPro Statistics' tests): two coders, a continuum from 150 to 450, categories
// c and k. Published: ᵤD_o,c = .0144, ᵤD_e,c = .0532, ᵤα_c = .7286; ᵤα_k = 1; ᵤα = .8591.
describe('Krippendorff (2004) unitizing example', () => {
  const result = unitizingAlpha({
    coders: ['i', 'j'],
    continua: [
      {
        start: 150,
        end: 450,
        spans: [
          unit('i', 'c', 225, 70), unit('i', 'c', 370, 30),
          unit('j', 'c', 220, 80), unit('j', 'c', 355, 20), unit('j', 'c', 400, 20),
          unit('i', 'k', 180, 60), unit('i', 'k', 300, 50),
          unit('j', 'k', 180, 60), unit('j', 'k', 300, 50),
        ],
      },
    ],
  })
  it('category c: D_o = .0144, D_e = .0532, α = .7286', () => {
    const c = result.byCategory.find((r) => r.category === 'c')!
    expect(c.observedDisagreement).toBeCloseTo(0.0144, 4)
    expect(c.expectedDisagreement).toBeCloseTo(0.0532, 4)
    expect(c.value).toBeCloseTo(0.7286, 4)
  })
  it('category k, coded identically: α = 1 (D_e = .0490)', () => {
    const k = result.byCategory.find((r) => r.category === 'k')!
    expect(k.value).toBe(1)
    expect(k.expectedDisagreement).toBeCloseTo(0.049, 4)
  })
  it('both categories: α = .8591 (the book rounds D_e to four places first)', () => {
    expect(Math.abs(result.value! - 0.8591)).toBeLessThan(0.0005)
    expect(result.length).toBe(300)
  })
})

// Krippendorff (1995), "On the reliability of unitizing continuous data", Sociological
// Methodology 25, p. 57: four pairs of coders on a 24-position continuum. Observed
// disagreements are exact; the published expected disagreements (and so alphas) are for a
// continuum made fine-grained, reproduced here by stretching it 50,000-fold. Published:
// α_A = .553, α_B = −.926, α_C = .679, α_D = .066.
describe('Krippendorff (1995) examples A–D', () => {
  function example(stretch: number) {
    const u = (b: number, l: number, coder: string, cat: string) => {
      const start = Math.floor(b * stretch)
      return { coder, category: cat, start, end: start + Math.floor(l * stretch) }
    }
    return unitizingAlpha({
      coders: ['0', '1'],
      continua: [
        {
          end: Math.floor(24 * stretch),
          spans: [
            u(2, 8, '0', 'A'), u(14, 6, '0', 'A'), u(4, 4, '1', 'A'), u(15, 2, '1', 'A'),
            u(0, 18, '0', 'B'), u(0, 2, '1', 'B'), u(2, 1, '1', 'B'), u(3, 1, '1', 'B'), u(4, 1, '1', 'B'),
            u(5, 1, '1', 'B'), u(6, 3, '1', 'B'), u(9, 1, '1', 'B'),
            u(2, 6, '0', 'C'), u(10, 2, '0', 'C'), u(14, 4, '0', 'C'), u(20, 2, '0', 'C'),
            u(0, 2, '1', 'C'), u(4, 4, '1', 'C'), u(10, 4, '1', 'C'), u(16, 2, '1', 'C'), u(20, 2, '1', 'C'),
            u(0, 2, '0', 'D'), u(2, 8, '0', 'D'), u(10, 4, '0', 'D'), u(14, 6, '0', 'D'), u(20, 4, '0', 'D'),
            u(0, 4, '1', 'D'), u(4, 4, '1', 'D'), u(8, 7, '1', 'D'), u(15, 2, '1', 'D'), u(17, 7, '1', 'D'),
          ],
        },
      ],
    }).byCategory
  }
  it('observed disagreements .03125, 2.26736, .02777, .38715', () => {
    const observed = example(1).map((r) => r.observedDisagreement)
    ;[0.03125, 2.26736, 0.02777, 0.38715].forEach((v, i) => expect(observed[i]).toBeCloseTo(v, 4))
  })
  it('alphas .553, −.926, .679, .066 within .02', () => {
    const alphas = example(50000).map((r) => r.value!)
    ;[0.553, -0.926, 0.679, 0.066].forEach((v, i) => expect(Math.abs(alphas[i] - v)).toBeLessThan(0.02))
  })
})

describe('unitizing alpha edge cases and properties', () => {
  it('identical unitizations give 1; swapping coders changes nothing', () => {
    const spans = [unit('a', 'x', 2, 5), unit('b', 'x', 2, 5), unit('a', 'x', 20, 3), unit('b', 'x', 20, 3)]
    expect(unitizingAlpha({ coders: ['a', 'b'], continua: [{ end: 40, spans }] }).value).toBe(1)
    const messy = [unit('a', 'x', 2, 5), unit('b', 'x', 4, 5), unit('a', 'x', 20, 3)]
    const ab = unitizingAlpha({ coders: ['a', 'b'], continua: [{ end: 40, spans: messy }] }).value
    const ba = unitizingAlpha({ coders: ['b', 'a'], continua: [{ end: 40, spans: messy }] }).value
    expect(ba).toBeCloseTo(ab!, 12)
  })
  it('overlapping spans of one coder are merged into one unit', () => {
    const merged = [unit('a', 'x', 2, 8), unit('b', 'x', 2, 8)]
    const split = [unit('a', 'x', 2, 5), unit('a', 'x', 4, 6), unit('b', 'x', 2, 8)]
    expect(unitizingAlpha({ coders: ['a', 'b'], continua: [{ end: 30, spans: split }] }).value).toBe(
      unitizingAlpha({ coders: ['a', 'b'], continua: [{ end: 30, spans: merged }] }).value,
    )
  })
  it('nobody coding anything is undefined, with a reason', () => {
    const r = unitizingAlpha({ coders: ['a', 'b'], continua: [{ end: 30, spans: [] }] }, ['x'])
    expect(r.value).toBeNull()
    expect(r.byCategory[0].reason).toMatch(/no coder/)
  })
  it('spans outside the continuum are rejected', () => {
    expect(() => unitizingAlpha({ coders: ['a', 'b'], continua: [{ end: 10, spans: [unit('a', 'x', 8, 5)] }] })).toThrow(RangeError)
  })
})

import { describe, expect, it } from 'vitest'
import { CodePointIndex } from '../../shared/text/codePoints'
import { contextWindow, spanPieces } from '../../renderer/src/views/adjudication/spanPieces'

describe('spanPieces', () => {
  const text = 'Putin 🤝 Trump agreed to talks.'
  const index = new CodePointIndex(text)

  it('cuts at every span edge, in code points, marking own and other coders’ spans', () => {
    // "Trump" is code points 8–13 (the emoji is one code point).
    const pieces = spanPieces(index, 0, index.length, [[8, 13]], [[6, 20]])
    expect(pieces.map((p) => p.text).join('')).toBe(text)
    expect(pieces.find((p) => p.own)!.text).toBe('Trump')
    expect(pieces.filter((p) => p.other).map((p) => p.text).join('')).toBe('🤝 Trump agreed')
    expect(pieces.find((p) => p.own)!.other).toBe(true)
  })

  it('clips spans to the window and drops those outside it', () => {
    const pieces = spanPieces(index, 8, 13, [[0, 10]], [[20, 25]])
    expect(pieces).toEqual([
      { text: 'Tr', own: true, other: false },
      { text: 'ump', own: false, other: false },
    ])
  })
})

describe('contextWindow', () => {
  it('widens a unit by whole words on each side, within the text', () => {
    const index = new CodePointIndex('one two three four five six seven')
    const { from, to } = contextWindow(index, 8, 13, 6)
    expect(index.slice(from, to)).toBe('two three four')
    expect(contextWindow(index, 0, index.length, 50)).toEqual({ from: 0, to: index.length })
  })
})

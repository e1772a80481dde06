import { describe, expect, it } from 'vitest'
import { agreementReport, assertNumbersFor, krippendorffAlpha, parseReliabilityCsv, ReliabilityCsvError } from '../../../shared/agreement'

describe('parseReliabilityCsv', () => {
  it('reads the ReCal/KALPHA layout: header of coders, one unit per row, empty = missing', () => {
    // Krippendorff (2011) 4 observers × 12 units, as a team lead would export it.
    const csv = 'A,B,C,D\n1,1,,1\n2,2,3,2\n3,3,3,3\n3,3,3,3\n2,2,2,2\n1,2,3,4\n4,4,4,4\n1,1,2,1\n2,2,2,2\n,5,5,5\n,,1,1\n,,3,\n'
    const data = parseReliabilityCsv(csv)
    expect(data.coders).toEqual(['A', 'B', 'C', 'D'])
    expect(data.values).toHaveLength(12)
    expect(data.values[0]).toEqual([1, 1, null, 1])
    expect(krippendorffAlpha(data, 'interval').value).toBeCloseTo(0.849, 3)
  })
  it('reads every value as text unless every cell of the table is a number, and says which cell was not', () => {
    const data = parseReliabilityCsv('a;b\n01;pos\n2;neg\n;1\n')
    expect(data.values).toEqual([['01', 'pos'], ['2', 'neg'], [null, '1']])
    expect(data.firstText).toEqual({ value: 'pos', line: 2 })
    const numbers = parseReliabilityCsv('a,b\n01,1\n2,.5\n')
    expect(numbers.values).toEqual([[1, 1], [2, 0.5]])
    expect(numbers.firstText).toBeNull()
  })

  it('compares one coder\'s 1 with another\'s 1 when a single cell of one column is text', () => {
    // A lone "na" (not paired with anything) once turned column a into text: every pair disagreed.
    const data = parseReliabilityCsv('a,b\n1,1\n2,2\n1,1\n2,2\nna,\n')
    expect(data.values.slice(0, 4)).toEqual([['1', '1'], ['2', '2'], ['1', '1'], ['2', '2']])
    const report = agreementReport(data, 'nominal', { bootstrap: false })
    expect(report.percent_agreement).toBe(1)
    expect(report.krippendorff_alpha).toBe(1)
    expect(() => assertNumbersFor(data, 'nominal')).not.toThrow()
    expect(() => assertNumbersFor(data, 'interval')).toThrow('line 6: interval data must be numbers, but "na" is not (leave missing values empty)')
  })
  it('refuses ordinal text labels, which would be ranked alphabetically', () => {
    // low < medium < high as 1 < 2 < 3 gives alpha .413; as text, high < low < medium gave .296.
    const text = parseReliabilityCsv('A,B,C\nlow,low,medium\nmedium,high,medium\nhigh,high,high\nlow,medium,low\nmedium,medium,medium\nhigh,medium,high\nlow,high,low\n')
    expect(() => assertNumbersFor(text, 'ordinal')).toThrow('line 2: ordinal data must be numbers, but "low" is not (recode the categories as numbers in their order, e.g. 1, 2, 3)')
    expect(() => assertNumbersFor(text, 'nominal')).not.toThrow()
    const ranks = parseReliabilityCsv('A,B,C\n1,1,2\n2,3,2\n3,3,3\n1,2,1\n2,2,2\n3,2,3\n1,3,1\n')
    expect(() => assertNumbersFor(ranks, 'ordinal')).not.toThrow()
    expect(agreementReport(ranks, 'ordinal', { bootstrap: false }).krippendorff_alpha).toBeCloseTo(0.413, 3)
  })
  it('handles a BOM, CRLF, quotes and blank lines', () => {
    const data = parseReliabilityCsv('\uFEFF"coder, one",two\r\n"x, y",z\r\n\r\n1.5,.5\r\n')
    expect(data.coders).toEqual(['coder, one', 'two'])
    // Column two holds 'z', so '.5' stays text there; column one holds 'x, y'.
    expect(data.values).toEqual([['x, y', 'z'], ['1.5', '.5']])
  })
  it('reads tab-separated files', () => {
    expect(parseReliabilityCsv('a\tb\n1\t\n2\t3\n').values).toEqual([[1, null], [2, 3]])
  })
  it('names the line of a ragged row', () => {
    expect(() => parseReliabilityCsv('a,b\n1,2\n\n1,2,3\n')).toThrow(/line 4: this unit has 3 cells but the header names 2 coders/)
    try {
      parseReliabilityCsv('a,b\n1\n')
    } catch (e) {
      expect(e).toBeInstanceOf(ReliabilityCsvError)
      expect((e as ReliabilityCsvError).line).toBe(2)
    }
  })
  it('counts lines inside quoted line breaks', () => {
    expect(() => parseReliabilityCsv('a,b\n"multi\nline",2\n1,2,3\n')).toThrow(/line 4/)
  })
  it('rejects empty files, a single coder, nameless or repeated coders, no units', () => {
    expect(() => parseReliabilityCsv('')).toThrow(/empty/)
    expect(() => parseReliabilityCsv('  \n\n')).toThrow(/empty/)
    expect(() => parseReliabilityCsv('only\n1\n2\n')).toThrow(/line 1: .*at least two coders/)
    expect(() => parseReliabilityCsv('a,\n1,2\n')).toThrow(/column 2 has no name/)
    expect(() => parseReliabilityCsv('a,a\n1,2\n')).toThrow(/named twice/)
    expect(() => parseReliabilityCsv('a,b\n')).toThrow(/no units/)
  })
})

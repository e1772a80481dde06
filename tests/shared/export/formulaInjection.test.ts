import { describe, expect, it } from 'vitest'
import { formatCell, neutralizeFormula, restoreFormulaText } from '../../../shared/export'

describe('formula injection', () => {
  it('neutralises text cells a spreadsheet would run', () => {
    expect(neutralizeFormula('=SUM(1)')).toBe("'=SUM(1)")
    expect(neutralizeFormula('+cmd')).toBe("'+cmd")
    expect(neutralizeFormula('-2 degrees')).toBe("'-2 degrees")
    expect(neutralizeFormula('@handle')).toBe("'@handle")
    expect(neutralizeFormula('\tindented')).toBe("'\tindented")
    expect(neutralizeFormula('\rx')).toBe("'\rx")
    expect(neutralizeFormula("'=x")).toBe("''=x")
  })

  it('leaves other text, plain numbers and number cells alone', () => {
    for (const text of ['Putin agreed.', ' =x', "'quoted'", '“=”', '-1', '+2.5', '-.5', '1e-3']) expect(neutralizeFormula(text)).toBe(text)
    expect(formatCell(-1, '')).toBe('-1')
    expect(formatCell(0.25, '')).toBe('0.25')
    expect(formatCell(null, 'NA')).toBe('NA')
    expect(formatCell(Number.NaN, '')).toBe('')
  })

  it('is exactly reversible', () => {
    for (const text of ['=SUM(1)', "'=x", "''-y", "'plain", 'plain', '-1', "'-1", '@', "'", '', '\t', "'\t"]) {
      expect(restoreFormulaText(neutralizeFormula(text)), JSON.stringify(text)).toBe(text)
    }
  })
})

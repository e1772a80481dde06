import { describe, expect, it } from 'vitest'
import { ColumnNamer, isValidColumnName, toColumnName, VALID_COLUMN_NAME } from '../../../shared/export'

describe('column names for R, Stata and SPSS', () => {
  it('turns labels into lower-case identifiers', () => {
    expect(toColumnName('Frames/Security and defense')).toBe('frames_security_and_defense')
    expect(toColumnName('Ukraine’s government')).toBe('ukraines_government')
    expect(toColumnName('Café Zürich — ½')).toBe('cafe_zurich_1_2')
    expect(toColumnName('  --x--  ')).toBe('x')
  })

  it('starts with a letter, stays within 32 characters and never ends with "_"', () => {
    expect(toColumnName('2nd coder')).toBe('v_2nd_coder')
    expect(toColumnName('🤝')).toBe('v')
    expect(toColumnName('', 'c')).toBe('c')
    const long = toColumnName('Frames/Legality, constitutionality and jurisprudence')
    expect(long).toBe('frames_legality_constitutionalit')
    expect(toColumnName('a'.repeat(31) + ' b')).toBe('a'.repeat(31))
  })

  it('renames reserved words of R, Stata and SPSS', () => {
    for (const word of ['if', 'in', 'TRUE', 'NA', 'int', 'str12', 'strL', 'with', 'AND', 'to', 'function']) {
      const name = toColumnName(word)
      expect(isValidColumnName(name), `${word} → ${name}`).toBe(true)
      expect(name).not.toBe(word.toLowerCase())
    }
  })

  it('dedupes case-insensitively, deterministically, within 32 characters', () => {
    const labels = ['Status', 'status', 'STATUS', 'x'.repeat(40), 'X'.repeat(40), 'x'.repeat(40), 'status_2']
    const names = (() => {
      const namer = new ColumnNamer()
      return labels.map((l) => namer.name(l))
    })()
    const again = (() => {
      const namer = new ColumnNamer()
      return labels.map((l) => namer.name(l))
    })()
    expect(names).toEqual(again)
    expect(names.slice(0, 3)).toEqual(['status', 'status_2', 'status_3'])
    expect(names[6]).toBe('status_2_2')
    for (const name of names) {
      expect(name).toMatch(VALID_COLUMN_NAME)
      expect(isValidColumnName(name)).toBe(true)
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
  })
})

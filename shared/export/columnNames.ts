/**
 * Column names that R, Stata and SPSS all accept unchanged: ASCII letters, digits and
 * underscores, at most 32 characters, starting with a letter, not a reserved word, and
 * unique even when case is ignored (Stata's and SPSS's matching is case-insensitive).
 */
export const MAX_COLUMN_NAME_LENGTH = 32

/** The rule every exported column name satisfies. */
export const VALID_COLUMN_NAME = /^[A-Za-z][A-Za-z0-9_]{0,31}$/

// R's reserved words, Stata's reserved names (str1…str2045 are matched separately) and
// SPSS's reserved keywords; all compared in lower case.
const RESERVED = new Set([
  'if', 'else', 'repeat', 'while', 'function', 'for', 'in', 'next', 'break', 'true', 'false', 'null', 'inf', 'nan', 'na',
  'byte', 'double', 'float', 'int', 'long', 'strl', 'using', 'with',
  'all', 'and', 'by', 'eq', 'ge', 'gt', 'le', 'lt', 'ne', 'not', 'or', 'to',
])

/** True when `name` is a valid column name on its own (uniqueness is the namer's job). */
export function isValidColumnName(name: string): boolean {
  return VALID_COLUMN_NAME.test(name) && !isReserved(name) && !name.endsWith('_')
}

function isReserved(name: string): boolean {
  const lower = name.toLowerCase()
  return RESERVED.has(lower) || /^str\d+$/.test(lower)
}

/**
 * Turns any label ("Frames/Security and defense", "Ukraine’s government", "2nd coder")
 * into a valid base name: accents are dropped (é → e), apostrophes removed, every other
 * run of non-alphanumeric characters becomes one "_", the result is lower case, gets a
 * `prefix_` when it would not start with a letter, loses trailing underscores (SPSS warns
 * about them) and is cut to 32 characters. Reserved words get a "_v" suffix.
 * Deterministic: the same label always gives the same name.
 */
export function toColumnName(label: string, prefix = 'v'): string {
  let name = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  if (!name) name = prefix
  else if (!/^[a-z]/.test(name)) name = `${prefix}_${name}`
  name = cut(name, MAX_COLUMN_NAME_LENGTH)
  if (isReserved(name)) name = `${cut(name, MAX_COLUMN_NAME_LENGTH - 2)}_v`
  return name
}

function cut(name: string, length: number): string {
  return name.slice(0, length).replace(/_+$/, '')
}

/**
 * Hands out unique column names in the order asked: the first label to claim a base name
 * keeps it, later ones get "_2", "_3", … (the base shortened so the whole stays within 32
 * characters). Uniqueness is case-insensitive. Same labels in the same order → same names.
 */
export class ColumnNamer {
  private readonly taken = new Set<string>()

  /** A unique valid name for `label` (see toColumnName), reserved from now on. */
  name(label: string, prefix = 'v'): string {
    const base = toColumnName(label, prefix)
    let name = base
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) {
      const suffix = `_${n}`
      name = cut(base, MAX_COLUMN_NAME_LENGTH - suffix.length) + suffix
    }
    this.taken.add(name.toLowerCase())
    return name
  }
}

import { basename, dirname, extname, join } from 'node:path'

/**
 * Where the companions of an exported table go, beside it: `segments.csv` →
 * `segments.dictionary.csv` and `segments.sps` (a file without extension gets ".csv" for
 * its dictionary).
 */
export function dictionaryPathFor(tablePath: string): string {
  const ext = extname(tablePath)
  return join(dirname(tablePath), `${basename(tablePath, ext)}.dictionary${ext || '.csv'}`)
}

export function spssPathFor(tablePath: string): string {
  const ext = extname(tablePath)
  return join(dirname(tablePath), `${basename(tablePath, ext)}.sps`)
}

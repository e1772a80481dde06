import { stat } from 'node:fs/promises'
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { ADJUDICATION_FILE } from '../adjudication/adjudicationFile'
import { QUARANTINE_FILE } from '../merge/quarantineFile'
import { ASSIGNMENT_FILE } from '../pack/unpackPackage'

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

/** What Margin keeps in a project folder (lower case: macOS and Windows ignore case): an export must never be written over it. */
const PROJECT_FILES = new Set(['margin.json', 'documents.json', 'codebook.json', QUARANTINE_FILE, ADJUDICATION_FILE, ASSIGNMENT_FILE])
const PROJECT_FOLDERS = new Set(['annotations', 'documents', '.margin'])

/**
 * Checks an export's files before anything is written: each a different file, none a
 * folder, none one of the project's own files. Returns the reason to refuse, or null.
 */
export async function exportTargetProblem(projectDir: string, targets: readonly (string | null)[]): Promise<string | null> {
  const given = targets.filter((t): t is string => t !== null).map((t) => resolve(t))
  const twice = given.find((t, i) => given.indexOf(t) !== i)
  if (twice) return `${twice} is given for two of the table, its data dictionary and the SPSS syntax: each needs a file of its own`
  for (const target of given) {
    const inside = relative(resolve(projectDir), target).toLowerCase()
    const first = inside.split(sep)[0]
    if (!inside.startsWith('..') && !isAbsolute(inside) && (PROJECT_FILES.has(inside) || PROJECT_FOLDERS.has(first))) {
      return `${target} is part of the project: write exports elsewhere (the project's exports/ folder, for instance)`
    }
    const info = await stat(target).catch(() => null)
    if (info?.isDirectory()) return `${target} is a folder: give a file name`
  }
  return null
}

import { ProjectFileError } from './projectFileError'

/** The schema version this Margin writes, per file kind. */
const CURRENT_VERSION = 1

/**
 * Steps that upgrade a file from version N to N+1, keyed by N. Empty while version 1 is
 * the only one; a later version adds `1: (raw) => …` and bumps CURRENT_VERSION, and every
 * older project then opens through the chain. Files are upgraded in memory and written in
 * the new version only when next saved (after a backup).
 */
const steps: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {}

/** Brings a parsed project file to the current schema version, or explains why it can't. */
export function migrateProjectFile(raw: unknown, file: string): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ProjectFileError(file, 'expected a JSON object at the top level')
  }
  let data = raw as Record<string, unknown>
  const version = data.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ProjectFileError(file, 'missing or invalid "schemaVersion"')
  }
  if (version > CURRENT_VERSION) {
    throw new ProjectFileError(
      file,
      `made by a newer Margin (schema version ${version}); this Margin reads up to version ${CURRENT_VERSION}. Update Margin to open it.`,
    )
  }
  for (let v = version; v < CURRENT_VERSION; v++) data = steps[v](data)
  return data
}

import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { MergeHistoryEntry, MergeReport } from '../../../shared/contract'
import { writeFileAtomic } from '../../store/atomicWrite'
import { canonicalJson } from '../../store/canonicalJson'

/** Merge reports and the pre-merge copies of the files each merge touched. */
export const MERGES_DIR = '.margin/merges'

/**
 * `.margin/merges/<id>.json`: the merge report plus what undo needs: for every touched
 * file, whether it existed, where its pre-merge copy is (`.margin/merges/<id>/<path>`)
 * and the SHA-256 it had right after the merge (null: removed by the merge).
 */
export interface MergeRecord extends MergeReport {
  format: 'margin-merge'
  schemaVersion: 1
  /** False while the merge is being applied; a crash leaves it false (undo still works). */
  complete: boolean
  backups: { path: string; existed: boolean; sha256After: string | null }[]
  undoneAt: string | null
  /** When the pre-merge copies were removed to save space (see pruneMergeCopies); the merge can no longer be undone. */
  copiesRemovedAt?: string | null
  /** Set when writing failed part way: `backups[].sha256After` then holds the files as they were left. */
  failedAt?: string | null
  failure?: string | null
}

/** How many of the latest merges keep their pre-merge copies (and so can be undone). */
export const MERGE_COPIES_KEPT = 10

export function mergeRecordPath(projectDir: string, id: string): string {
  return join(projectDir, MERGES_DIR, `${id}.json`)
}

export function mergeBackupPath(projectDir: string, id: string, file: string): string {
  return join(projectDir, MERGES_DIR, id, file)
}

export async function writeMergeRecord(projectDir: string, record: MergeRecord): Promise<void> {
  await writeFileAtomic(mergeRecordPath(projectDir, record.id!), canonicalJson(record))
}

export async function readMergeRecord(projectDir: string, id: string): Promise<MergeRecord | null> {
  try {
    return JSON.parse(await readFile(mergeRecordPath(projectDir, id), 'utf8')) as MergeRecord
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Every merge of the project, oldest first (ids are sortable timestamps). */
export async function listMerges(projectDir: string): Promise<MergeHistoryEntry[]> {
  const names = await readdir(join(projectDir, MERGES_DIR)).catch(() => [] as string[])
  const out: MergeHistoryEntry[] = []
  // Sorted by id, not file name: "<time>-2.json" would sort before "<time>.json".
  const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length))
  for (const id of ids.sort()) {
    const record = await readMergeRecord(projectDir, id)
    if (record) {
      out.push({ id: record.id!, at: record.at, files: record.files.map((f) => f.name), touched: record.touched, undoneAt: record.undoneAt, copiesRemovedAt: record.copiesRemovedAt ?? null })
    }
  }
  return out
}

/** A new merge id: the time, made file-name safe, with a counter if that id is taken. */
export function newMergeId(now: Date, taken: readonly string[]): string {
  const base = now.toISOString().replace(/[:.]/g, '-')
  let id = base
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`
  return id
}

/**
 * Removes the pre-merge copies of all but the latest `keep` merges: each holds a full copy
 * of every coder file it touched, so a team's weekly merges would otherwise fill the disk.
 * Their reports stay (the merge history, conflicts and quarantine notes); only undo goes.
 */
export async function pruneMergeCopies(projectDir: string, now: Date, keep = MERGE_COPIES_KEPT): Promise<string[]> {
  const merges = await listMerges(projectDir)
  const pruned: string[] = []
  for (const merge of merges.slice(0, Math.max(0, merges.length - keep))) {
    if (merge.copiesRemovedAt) continue
    const record = await readMergeRecord(projectDir, merge.id)
    if (!record) continue
    await writeMergeRecord(projectDir, { ...record, copiesRemovedAt: now.toISOString() })
    await rm(join(projectDir, MERGES_DIR, merge.id), { recursive: true, force: true })
    pruned.push(merge.id)
  }
  return pruned
}

import { readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { MergeUndoResult } from '../../../shared/contract'
import { fsyncDirectory, writeFileAtomic } from '../../store/atomicWrite'
import type { ProjectStore } from '../../store/projectStore'
import { UserError } from '../dispatch'
import { fileSha256 } from './applyMerge'
import { listMerges, MERGE_COPIES_KEPT, mergeBackupPath, readMergeRecord, writeMergeRecord } from './mergeRecord'

/**
 * Undoes a merge (the latest one not undone, or `mergeId`): every file it touched gets
 * its pre-merge bytes back, files it created are removed. Refused when a touched file
 * changed after the merge (coding since, a later merge), since restoring would lose that
 * work, unless `force`. The store is stale afterwards: close it and open the project again.
 */
export async function undoMerge(store: ProjectStore, options: { mergeId?: string; force?: boolean; now?: Date } = {}): Promise<MergeUndoResult> {
  store.assertWritable()
  const merges = await listMerges(store.dir)
  const id = options.mergeId ?? merges.filter((m) => !m.undoneAt).at(-1)?.id
  if (!id) throw new UserError('there is no merge to undo')
  const record = await readMergeRecord(store.dir, id)
  if (!record) throw new UserError(`no merge with id "${id}" (see .margin/merges/)`)
  if (record.undoneAt) throw new UserError(`merge ${id} was already undone at ${record.undoneAt}`)
  if (record.copiesRemovedAt) {
    throw new UserError(`merge ${id} can no longer be undone: its pre-merge copies were removed at ${record.copiesRemovedAt} (Margin keeps them for the latest ${MERGE_COPIES_KEPT} merges)`)
  }
  // Fold journals so the files on disk hold everything before they are compared.
  for (const coder of (await store.coders()).values()) await coder.compact()
  if (record.complete && !options.force) {
    for (const backup of record.backups) {
      if ((await fileSha256(join(store.dir, backup.path))) !== backup.sha256After) {
        throw new UserError(`${backup.path} changed after merge ${id}; undoing would lose those changes (undo later merges first, or force it)`)
      }
    }
  }
  const restored: string[] = []
  const removed: string[] = []
  for (const backup of record.backups) {
    const path = join(store.dir, backup.path)
    if (backup.existed) {
      await writeFileAtomic(path, await readFile(mergeBackupPath(store.dir, id, backup.path)))
      restored.push(backup.path)
    } else {
      await unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
      await unlink(path.replace(/\.json$/, '.journal')).catch(() => {})
      await fsyncDirectory(join(path, '..'))
      removed.push(backup.path)
    }
  }
  await writeMergeRecord(store.dir, { ...record, undoneAt: (options.now ?? new Date()).toISOString() })
  return { mergeId: id, restored, removed }
}

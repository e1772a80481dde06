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
 * work, unless `force`. Every coder is held while files are restored; afterwards the open
 * store reads them again from disk (writes that waited land on the restored files).
 */
export async function undoMerge(store: ProjectStore, options: { mergeId?: string; force?: boolean; now?: Date } = {}): Promise<MergeUndoResult> {
  store.assertWritable()
  return store.exclusive(async () => {
    const coders = await store.coders()
    const holds = await Promise.all([...coders.values()].map((coder) => coder.hold()))
    try {
      // Fold journals so the files on disk hold everything before they are compared.
      for (const hold of holds) await hold.compact()
      const result = await restore(store, options)
      // The restored files are not what the held stores hold: they read them again when next used.
      for (const hold of holds) hold.retire(() => store.coder(hold.store.coder.id).then((next) => next ?? Promise.reject(new Error(`coder ${hold.store.coder.id} is gone after the undo`))))
      store.invalidateCoders([...new Set([...[...coders.values()].map((c) => c.fileName), ...[...result.restored, ...result.removed].filter((p) => p.startsWith('annotations/')).map((p) => p.slice('annotations/'.length))])])
      return result
    } finally {
      for (const hold of holds) hold.release()
    }
  })
}

async function restore(store: ProjectStore, options: { mergeId?: string; force?: boolean; now?: Date }): Promise<MergeUndoResult> {
  const merges = await listMerges(store.dir)
  const id = options.mergeId ?? merges.filter((m) => !m.undoneAt).at(-1)?.id
  if (!id) throw new UserError('there is no merge to undo')
  const record = await readMergeRecord(store.dir, id)
  if (!record) throw new UserError(`no merge with id "${id}" (see .margin/merges/)`)
  if (record.undoneAt) throw new UserError(`merge ${id} was already undone at ${record.undoneAt}`)
  if (record.copiesRemovedAt) {
    throw new UserError(`merge ${id} can no longer be undone: its pre-merge copies were removed at ${record.copiesRemovedAt} (Margin keeps them for the latest ${MERGE_COPIES_KEPT} merges)`)
  }
  // Hashes after the merge are known once it completed, or failed part way (then as it left them).
  if ((record.complete || record.failedAt) && !options.force) {
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

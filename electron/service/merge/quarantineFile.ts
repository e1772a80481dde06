import { unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { annotationSchema, coderSchema, contentHashSchema, documentStatusSchema, idSchema, memoSchema } from '../../../shared/model'
import { writeFileAtomic } from '../../store/atomicWrite'
import { canonicalJson } from '../../store/canonicalJson'
import { parseProjectJson } from '../../store/durableJsonFile'
import { migrateProjectFile } from '../../store/migrations'
import { readUtf8File } from '../../store/utf8Text'

/** Where annotations that could not be placed wait (see docs/project-format.md). */
export const QUARANTINE_FILE = 'quarantine.json'


export const quarantinedAnnotationSchema = z.object({
  coder: coderSchema,
  /** As the coder's file had it: their document and code ids. */
  annotation: annotationSchema,
  documentHash: contentHashSchema.nullable(),
  codeName: z.string().nullable(),
})
export type QuarantineEntry = z.infer<typeof quarantinedAnnotationSchema>

export const quarantinedDocumentRecordSchema = z.object({
  coder: coderSchema,
  documentId: idSchema,
  documentHash: contentHashSchema.nullable(),
  status: documentStatusSchema.nullable(),
  memo: memoSchema.nullable(),
})
export type QuarantinedDocumentRecord = z.infer<typeof quarantinedDocumentRecordSchema>

export const quarantineFileSchema = z.object({
  format: z.literal('margin-quarantine'),
  schemaVersion: z.literal(1),
  /** Sorted by coder id, then annotation id; one (the latest) version per annotation. */
  annotations: z.array(quarantinedAnnotationSchema),
  /** Statuses and memos of documents the project lacks; sorted by coder id, then document id. */
  documentRecords: z.array(quarantinedDocumentRecordSchema).default([]),
})
export type QuarantineFile = z.infer<typeof quarantineFileSchema>

export function emptyQuarantine(): QuarantineFile {
  return { format: 'margin-quarantine', schemaVersion: 1, annotations: [], documentRecords: [] }
}

export async function readQuarantine(projectDir: string): Promise<QuarantineFile> {
  const text = await readUtf8File(join(projectDir, QUARANTINE_FILE), QUARANTINE_FILE)
  if (text === null) return emptyQuarantine()
  return parseProjectJson(text, quarantineFileSchema, QUARANTINE_FILE, migrateProjectFile)
}

/** Writes the quarantine, or removes the file when nothing is left in it. */
export async function writeQuarantine(projectDir: string, quarantine: QuarantineFile): Promise<void> {
  const path = join(projectDir, QUARANTINE_FILE)
  if (quarantine.annotations.length === 0 && quarantine.documentRecords.length === 0) {
    await unlink(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    return
  }
  await writeFileAtomic(path, canonicalJson(quarantine))
}

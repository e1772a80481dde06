import type { Codebook } from '../../../shared/model'
import { ProjectFileError } from '../../store/projectFileError'
import type { MergeExecutor } from './mergeWorkspace'
import type { DocumentRef, PlacementOptions } from './placement'
import type { QuarantineFile } from './quarantineFile'

/** What a merge worker starts with (its workerData): MergeContext in plain data. */
export interface MergeWorkerInit {
  projectDir: string
  documents: DocumentRef[]
  codebook: Codebook
  options: PlacementOptions
  coderFiles: Record<string, string>
  quarantine: QuarantineFile
  stage: boolean
}

type Method = keyof MergeExecutor

/** A call from the main thread: one MergeExecutor method and its arguments. */
export type MergeWorkerRequest = { [M in Method]: { id: number; method: M; args: Parameters<MergeExecutor[M]> } }[Method]

export type MergeWorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError }

/** An error as it crosses the thread boundary; a ProjectFileError keeps its file and reason. */
export interface SerializedError {
  name: string
  message: string
  file?: string
  reason?: string
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof ProjectFileError) return { name: error.name, message: error.message, file: error.file, reason: error.reason }
  if (error instanceof Error) return { name: error.name, message: error.message }
  return { name: 'Error', message: String(error) }
}

export function reviveError(error: SerializedError): Error {
  if (error.file !== undefined && error.reason !== undefined) return new ProjectFileError(error.file, error.reason)
  const revived = new Error(error.message)
  revived.name = error.name
  return revived
}

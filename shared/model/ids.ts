import { z } from 'zod'

/** The shape of every id: 1–80 letters, digits, ".", "_" or "-", starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/

/** Identifiers of documents, codes, coders and annotations: short, file-name safe, stable. */
export const idSchema = z.string().regex(ID_PATTERN, 'ids are 1–80 letters, digits, ".", "_" or "-", starting with a letter or digit')

/** A document's content hash: "sha256:" and 64 lowercase hex digits. */
export const CONTENT_HASH_PATTERN = /^sha256:[0-9a-f]{64}$/
export const contentHashSchema = z.string().regex(CONTENT_HASH_PATTERN)

/** The pattern of `timestampSchema`, for code that checks many values without zod. */
export const TIMESTAMP_PATTERN = z.regexes.datetime({ offset: true })

/** ISO 8601 timestamp with time zone, as written by `new Date().toISOString()`. */
export const timestampSchema = z.iso.datetime({ offset: true })

/** ISO 8601 calendar date (YYYY-MM-DD) or a full timestamp. */
export const isoDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })])

export type Id = z.infer<typeof idSchema>

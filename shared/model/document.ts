import { z } from 'zod'
import { contentHashSchema, idSchema, isoDateSchema, timestampSchema } from './ids'

export const variableTypeSchema = z.enum(['text', 'number', 'date', 'boolean'])
export type VariableType = z.infer<typeof variableTypeSchema>

/** The longest variable name: room for a spreadsheet's column header written as a question. */
export const MAX_VARIABLE_NAME = 256

/**
 * A document variable's name: free text (a CSV column header), 1–256 characters. Not
 * "__proto__": a JavaScript object cannot hold that key as data, so its values would vanish.
 */
export const variableNameSchema = z
  .string()
  .min(1, 'a variable name cannot be empty')
  .max(MAX_VARIABLE_NAME, `a variable name has at most ${MAX_VARIABLE_NAME} characters`)
  .refine((name) => name !== '__proto__', '"__proto__" cannot be a variable name')

/** A typed document variable declared once per project (MAXQDA/NVivo "document variables"). */
export const variableDefSchema = z.object({
  name: variableNameSchema,
  type: variableTypeSchema,
  description: z.string().default(''),
})
export type VariableDef = z.infer<typeof variableDefSchema>

export const variableValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()])
export type VariableValue = z.infer<typeof variableValueSchema>

export const sourceFormatSchema = z.enum(['txt', 'md', 'html', 'docx', 'pdf', 'csv', 'tsv', 'seed'])
export type SourceFormat = z.infer<typeof sourceFormatSchema>

/**
 * A document's metadata. The text itself lives in `documents/<id>.txt`, is normalised once
 * at import (NFC, "\n" line endings) and never changes afterwards.
 */
export const documentMetaSchema = z.object({
  id: idSchema,
  /** "sha256:" + hex digest of the normalised text's UTF-8 bytes; matches coders' copies. */
  contentHash: contentHashSchema,
  title: z.string(),
  outlet: z.string().default(''),
  date: isoDateSchema.nullable().default(null),
  author: z.string().default(''),
  url: z.string().default(''),
  language: z.string().default(''),
  variables: z.record(variableNameSchema, variableValueSchema).default({}),
  /** Length of the text in Unicode code points (the unit of every offset). */
  characters: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  paragraphs: z.number().int().nonnegative(),
  source: z.object({
    fileName: z.string(),
    format: sourceFormatSchema,
    importedAt: timestampSchema,
  }),
})
export type DocumentMeta = z.infer<typeof documentMetaSchema>

import { z } from 'zod'
import { idSchema } from './ids'
import { memoSchema } from './memo'

/** The built-in kinds of code group; "custom" is any group a team adds. */
export const groupKindSchema = z.enum(['frames', 'actors', 'stances', 'custom'])
export type GroupKind = z.infer<typeof groupKindSchema>

export const codeGroupSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  kind: groupKindSchema,
  description: z.string().default(''),
  order: z.number().int(),
})
export type CodeGroup = z.infer<typeof codeGroupSchema>

export const attributeOptionSchema = z.object({
  value: z.union([z.string(), z.number()]),
  label: z.string(),
})
export type AttributeOption = z.infer<typeof attributeOptionSchema>

/**
 * An attribute a coder fills in when applying a code, e.g. a stance's polarity.
 * - scale: one of `options` (numeric values, e.g. -1 oppose … +1 support)
 * - list: one of `options` (text values)
 * - code: the id of a code from group `fromGroup` (e.g. the speaking actor)
 * - text: free text
 */
export const attributeDefSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  type: z.enum(['scale', 'list', 'code', 'text']),
  options: z.array(attributeOptionSchema).default([]),
  fromGroup: idSchema.nullable().default(null),
  default: z.union([z.string(), z.number(), z.null()]).default(null),
  required: z.boolean().default(false),
})
export type AttributeDef = z.infer<typeof attributeDefSchema>

/** Where a code may be applied: to a span of text, to a whole document, or both. */
export const codeLevelSchema = z.enum(['span', 'document', 'both'])

export const codeSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  groupId: idSchema,
  parentId: idSchema.nullable().default(null),
  /** CSS hex color, "#rrggbb". */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  definition: z.string().default(''),
  inclusion: z.string().default(''),
  exclusion: z.string().default(''),
  examples: z.array(z.string()).default([]),
  /** One key ("1"–"9", a letter) that applies the code in the reader, or null. */
  shortcut: z.string().max(1).nullable().default(null),
  level: codeLevelSchema.default('span'),
  attributes: z.array(attributeDefSchema).default([]),
  memo: memoSchema.nullable().default(null),
  /** Position among siblings. */
  order: z.number().int(),
  /**
   * Former ids of this code, or ids of codes the lead merged into it. A coder's annotation
   * carrying one of these ids is placed on this code when merging (and reported). Absent
   * means none; it is left out rather than defaulted so existing codebooks re-save unchanged.
   */
  aliases: z.array(idSchema).optional(),
})
export type Code = z.infer<typeof codeSchema>

export const codebookSchema = z.object({
  format: z.literal('margin-codebook'),
  schemaVersion: z.literal(1),
  groups: z.array(codeGroupSchema),
  codes: z.array(codeSchema),
})
export type Codebook = z.infer<typeof codebookSchema>

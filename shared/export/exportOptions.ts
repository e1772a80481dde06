import { z } from 'zod'
import { idSchema, MAX_VARIABLE_NAME } from '../model'

export const exportTableKinds = ['segments', 'matrix', 'documents', 'codebook'] as const
export type ExportTableKind = (typeof exportTableKinds)[number]

/** The coder id under which adjudicated (consensus) annotations are stored. */
export const CONSENSUS_CODER_ID = 'consensus'

/**
 * Everything that decides what an export contains and how its bytes look. The same
 * options on the same project give byte-identical files. Used by the CLI, the API
 * (`export.preview`, `export.run`) and the Export dialog alike.
 */
export const exportOptionsSchema = z
  .object({
    table: z.enum(exportTableKinds),
    /** Coder ids; empty = every coder except "consensus". */
    coders: z.array(idSchema).max(1000).default([]),
    /** Only the consensus coder (cannot be combined with `coders`). */
    consensus: z.boolean().default(false),
    /** Code groups by name or id (case-insensitive); empty = all. */
    groups: z.array(z.string().min(1).max(200)).max(1000).default([]),
    /** Codes by id, name or path (case-insensitive); empty = all (of the chosen groups). */
    codes: z.array(z.string().min(1).max(500)).max(10_000).default([]),
    /** Document ids; empty = all. */
    documents: z.array(idSchema).max(100_000).default([]),
    /**
     * Documents whose variable (or title, outlet, date, author, url, language) equals the
     * value, compared as text; several values of one variable are alternatives (OR),
     * different variables must all match (AND). Booleans match "true"/"false" or "1"/"0".
     */
    where: z.array(z.object({ variable: z.string().min(1).max(MAX_VARIABLE_NAME), value: z.string().max(1000) }).strict()).max(1000).default([]),
    /** Matrix cells: 0/1 presence, number of annotations, or share of characters coded. */
    value: z.enum(['presence', 'count', 'share']).default('presence'),
    delimiter: z.enum([',', ';', '\t']).default(','),
    /** Start the file with a UTF-8 byte order mark (what Excel needs to detect UTF-8). */
    bom: z.boolean().default(false),
    /** Documents table: add each document's full text. */
    withText: z.boolean().default(false),
    /** What an empty (missing) value is written as; empty cell by default. */
    missing: z.string().max(20).regex(/^[^\r\n"]*$/, 'no quotes or line breaks').default(''),
    /** Also write an SPSS syntax file that reads the CSV with labels (files only). */
    spss: z.boolean().default(false),
  })
  .strict()

/** Options as a caller writes them (defaults optional). */
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>
/** Options with every default applied. */
export type ExportOptions = z.output<typeof exportOptionsSchema>

/** A bad option the user can fix (unknown coder, group, code, variable…); one line. */
export class ExportOptionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExportOptionError'
  }
}

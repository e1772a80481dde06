import { codebookTable } from './codebookTable'
import { documentsTable } from './documentsTable'
import type { ExportOptions } from './exportOptions'
import { selectForExport } from './exportSelection'
import type { ExportProject, TablePlan } from './exportTable'
import { matrixTable } from './matrixTable'
import { segmentsTable } from './segmentsTable'

/**
 * The table `options` asks for, planned over an in-memory project: columns, row count and
 * units to stream. Throws ExportOptionError for filters that name unknown things.
 */
export function planExport(project: ExportProject, options: ExportOptions): TablePlan {
  const selection = selectForExport(project, options)
  switch (options.table) {
    case 'segments':
      return segmentsTable(project, selection) as TablePlan
    case 'matrix':
      return matrixTable(project, selection, options.value) as TablePlan
    case 'documents':
      return documentsTable(project, selection, options.withText) as TablePlan
    case 'codebook':
      return codebookTable(selection) as TablePlan
  }
}

import type { ProjectSummary } from '../../../../shared/contract'

/**
 * A path inside the project folder, joined with the separator the project's own path uses
 * (the renderer cannot ask Node's `path`, and a browser host gives no native save dialog).
 */
export function projectPath(project: Pick<ProjectSummary, 'path'>, ...parts: string[]): string {
  const sep = project.path.includes('\\') && !project.path.includes('/') ? '\\' : '/'
  return [project.path.replace(/[\\/]+$/, ''), ...parts].join(sep)
}

/** A file name made from a coder id or table name: letters, digits, `-` and `_` only. */
export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'file'
}

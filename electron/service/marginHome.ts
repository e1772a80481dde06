import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where Margin keeps per-user data (the working copy of the demo project, recent
 * projects): $MARGIN_HOME, else ~/.margin. Tests point MARGIN_HOME at a temp folder.
 */
export function marginHome(): string {
  return process.env.MARGIN_HOME || join(homedir(), '.margin')
}

/** The repository's bundled demo project (`seeds/`), read-only source of the demo copy. */
export function bundledSeedsDir(): string {
  return process.env.MARGIN_SEEDS_DIR || fileURLToPath(new URL('../../seeds/', import.meta.url))
}

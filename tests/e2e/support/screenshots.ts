import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import type { Page } from 'playwright-core'

/** Where e2e screenshots go; git-ignored, for people (and reviewers) to look at. */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../.artifacts/', import.meta.url))

/** Saves a full-window screenshot as tests/.artifacts/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true })
  const path = join(ARTIFACTS_DIR, `${name}.png`)
  await page.screenshot({ path })
  return path
}

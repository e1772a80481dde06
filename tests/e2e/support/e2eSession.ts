import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { launchChromium } from './chromium'
import { openMargin, type MarginSession, type SessionOptions } from './marginSession'
import { tempFolder } from './tempFolder'

/**
 * The lifecycle every end-to-end file shares: one Chromium and one temp folder per file,
 * one Margin session per test, closed after it, and no page errors (exceptions, CSP
 * violations) allowed in any test.
 */
export function useE2eSession() {
  let browser: Browser
  let session: MarginSession | null = null
  const harness = {
    folder: null as unknown as Awaited<ReturnType<typeof tempFolder>>,
    /** Opens Margin on a project as a browser user would get it. */
    async open(options: SessionOptions): Promise<MarginSession> {
      session = await openMargin(browser, options)
      return session
    },
  }
  beforeAll(async () => {
    browser = await launchChromium()
    harness.folder = await tempFolder()
  })
  afterEach(async () => {
    if (session) expect(session.pageErrors, 'errors in the page (CSP violations, exceptions)').toEqual([])
    await session?.close()
    session = null
  })
  afterAll(async () => {
    await browser?.close()
    await harness.folder?.remove()
  })
  return harness
}

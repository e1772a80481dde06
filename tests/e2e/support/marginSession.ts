import type { Browser, BrowserContext, Page } from 'playwright-core'
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browserHost'
import { RENDERER_DIR } from '../../../electron/host/rendererBuild'
import { MarginService } from '../../../electron/service/marginService'

export interface MarginSession {
  page: Page
  host: BrowserHost
  service: MarginService
  /** Messages the page logged as errors, and uncaught exceptions (CSP violations land here). */
  pageErrors: string[]
  close: () => Promise<void>
}

export interface SessionOptions {
  /** The project to open, or null for a service with no project (the error state). */
  projectDir: string | null
  colorScheme?: 'light' | 'dark'
  /**
   * Answer "Who is coding?" before the page loads: the coder is added to the project if
   * missing and remembered in the page's storage, as the app does after the first start.
   */
  coder?: { id: string; name: string }
}

/**
 * Margin as a browser user gets it: the service in this process, the loopback host serving
 * the renderer built by globalSetup, and a 1280×800 page opened at the printed token URL.
 */
export async function openMargin(browser: Browser, options: SessionOptions): Promise<MarginSession> {
  const service = new MarginService()
  if (options.projectDir) await service.openProject(options.projectDir)
  const host = await startBrowserHost({ service, rendererDir: RENDERER_DIR })
  let context: BrowserContext | null = null
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: options.colorScheme ?? 'light' })
    if (options.coder && options.projectDir) {
      const { path, readOnlyReason } = await service.handlers['project.current']({})
      if (!readOnlyReason) await service.handlers['coders.add'](options.coder)
      await context.addInitScript(([key, id]) => localStorage.setItem(key, id), [`margin.coder:${path}`, options.coder.id] as const)
    }
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text())
    })
    await page.goto(host.url)
    const opened = context
    return {
      page,
      host,
      service,
      pageErrors,
      close: async () => {
        await opened.close()
        await host.close()
        await service.shutdown()
      },
    }
  } catch (error) {
    await context?.close()
    await host.close()
    await service.shutdown()
    throw error
  }
}

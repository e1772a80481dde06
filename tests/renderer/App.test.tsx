import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../renderer/src/app/App'
import type { MarginBridge } from '../../renderer/src/api/marginBridge'
import type { DocumentMeta } from '../../shared/model'

const text = 'Trump said talks would begin “immediately” — a ½-step.\n\nPutin agreed 👍.'
const meta: DocumentMeta = {
  id: 'doc-1', contentHash: `sha256:${'0'.repeat(64)}`, title: 'Call between leaders', outlet: 'Wire', date: '2025-02-12',
  author: '', url: '', language: 'en', variables: {}, characters: 70, words: 12, paragraphs: 2,
  source: { fileName: 'call.txt', format: 'txt', importedAt: '2025-02-13T10:00:00.000Z' },
}
const ok = <T,>(result: T) => Promise.resolve({ ok: true as const, result })

/** The Electron preload's shape, answering from memory: the renderer must not notice the difference. */
function fakeBridge(overrides: Partial<Record<string, unknown>> = {}): MarginBridge {
  return {
    'project.current': () => ok({ path: '/p', name: 'Bridge project', demo: true, readOnlyReason: null, documentCount: 1, variables: [], problems: [], memo: null }),
    'documents.list': () => ok({ documents: [meta] }),
    'codebook.get': () => ok({ format: 'margin-codebook', schemaVersion: 1, groups: [], codes: [] }),
    'documents.get': () => ok({ meta, text }),
    onEvent: () => () => {},
    ...overrides,
  } as unknown as MarginBridge
}

afterEach(() => {
  cleanup()
  delete window.margin
  localStorage.clear()
})

describe('App over the Electron bridge', () => {
  it('lists the documents and reads one, paragraph per line', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    window.margin = fakeBridge()
    render(<App />)
    expect(await screen.findByRole('heading', { level: 1, name: 'Bridge project' })).toBeTruthy()
    expect(screen.getByText('Demo')).toBeTruthy()
    const option = await screen.findByRole('option', { name: /Call between leaders/ })
    await act(async () => fireEvent.click(option))
    const reader = screen.getByRole('main', { name: 'Reader' })
    await within(reader).findByRole('heading', { name: 'Call between leaders' })
    const paragraphs = [...reader.querySelectorAll('.article-text p')].map((p) => p.textContent)
    expect(paragraphs).toEqual(['Trump said talks would begin “immediately” — a ½-step.', 'Putin agreed 👍.'])
    expect(fetch).not.toHaveBeenCalled()
    vi.unstubAllGlobals()
  })

  it('shows the service’s message when a call fails', async () => {
    window.margin = fakeBridge({ 'project.current': () => Promise.resolve({ ok: false, error: { name: 'UserError', message: 'no project is open' } }) })
    render(<App />)
    expect((await screen.findByRole('alert')).textContent).toContain('no project is open')
  })
})

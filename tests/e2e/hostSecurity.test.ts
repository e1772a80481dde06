import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/host/browserHost'
import { RENDERER_DIR } from '../../electron/host/rendererBuild'
import { MarginService } from '../../electron/service/marginService'
import { importedSeedProject } from './support/seedProjects'
import { tempFolder } from './support/tempFolder'

let host: BrowserHost
let service: MarginService
let folder: Awaited<ReturnType<typeof tempFolder>>

beforeAll(async () => {
  folder = await tempFolder()
  service = new MarginService()
  await service.openProject(await importedSeedProject(`${folder.path}/seeds`))
  host = await startBrowserHost({ service, rendererDir: RENDERER_DIR })
})

afterAll(async () => {
  await host?.close()
  await service?.shutdown()
  await folder?.remove()
})

/** A raw request, so the Host header can be anything (fetch would refuse to set it). */
function send(path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

const own = () => ({ Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json' })

describe('the loopback host', () => {
  it('answers an API call that carries the token', async () => {
    const { status, text } = await send('/api/documents.list', { ...own(), 'X-Margin-Token': host.token }, '{}')
    expect(status).toBe(200)
    expect(JSON.parse(text).result.documents).toHaveLength(5)
  })

  it('refuses a request without the token with 401', async () => {
    expect((await send('/api/documents.list', own(), '{}')).status).toBe(401)
    expect((await send('/', { Host: own().Host })).status).toBe(401)
  })

  it('refuses a foreign Host header with 403, token or not (DNS rebinding)', async () => {
    const foreign = { Host: `evil.example:${host.port}`, 'Content-Type': 'application/json', 'X-Margin-Token': host.token }
    expect((await send('/api/documents.list', foreign, '{}')).status).toBe(403)
    expect((await send(`/?token=${host.token}`, { Host: 'evil.example' })).status).toBe(403)
  })
})

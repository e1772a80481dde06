import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { CLI } from '../../support/runCli'
import { tempDir } from '../../support/tempDir'

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      let body = ''
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
      .on('error', reject)
      .end()
  })
}

describe('margin serve', () => {
  it('serves the demo on 127.0.0.1 behind the token printed in its URL, and stops on SIGTERM', async () => {
    const home = await tempDir()
    const child = spawn(process.execPath, [CLI, 'serve'], { env: { ...process.env, MARGIN_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk) => {
        out += chunk
        const match = out.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/)
        if (match) resolve(match[0])
      })
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)))
    })
    try {
      const page = await get(url)
      expect(page.status).toBe(200)
      expect(page.body).toMatch(/<div id="root">/)
      const origin = new URL(url).origin
      expect((await get(`${origin}/`)).status).toBe(401)
      expect((await get(url, { Host: 'evil.example:80' })).status).toBe(403)
    } finally {
      child.kill('SIGTERM')
    }
    const code = await new Promise((resolve) => child.on('exit', resolve))
    expect(code).toBe(0)
  }, 120_000)
})

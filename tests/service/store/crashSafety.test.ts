import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ProjectStore } from '../../../electron/store/projectStore'
import { makeProject } from '../../support/projectFixtures'
import { tempDir } from '../../support/tempDir'

const writer = fileURLToPath(new URL('./crashWriter.ts', import.meta.url))

/** Runs the writer in a child process and SIGKILLs it after `acks` acknowledged writes. */
function killAfter(dir: string, acks: number, compactAtBytes: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, String(compactAtBytes)], { stdio: ['ignore', 'pipe', 'pipe'] })
    const acked: string[] = []
    let buffer = ''
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop()!
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4))
      if (acked.length >= acks && !child.killed) child.kill('SIGKILL')
    })
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`writer exited ${code}: ${stderr}`))))
  })
}

describe('crash safety', () => {
  // Small compaction thresholds make the kill land during journal appends, file rewrites
  // and journal truncation alike.
  for (const compactAtBytes of [64 * 1024 * 1024, 20_000, 3_000]) {
    it(`keeps every acknowledged annotation after kill -9 (compaction every ${compactAtBytes} bytes)`, async () => {
      const store = await makeProject(await tempDir())
      await store.close()
      for (const round of [1, 2]) {
        const acked = await killAfter(store.dir, 150 + round * 97, compactAtBytes)
        const reopened = await ProjectStore.open(store.dir)
        expect(reopened.readOnlyReason).toBeNull() // the dead writer's lock is taken over
        const alice = (await reopened.coder('alice'))!
        expect(reopened.problems).toEqual([])
        for (const id of acked) expect(alice.get(id), id).toBeDefined()
        await reopened.close()
        // Every file on disk is whole, parseable JSON; no temp file is left behind for long.
        const files = await readdir(join(store.dir, 'annotations'))
        for (const file of files.filter((f) => f.endsWith('.json'))) {
          const text = await readFile(join(store.dir, 'annotations', file), 'utf8')
          expect(() => JSON.parse(text), file).not.toThrow()
        }
      }
    }, 60_000)
  }
})

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The bytes of a committed fixture in tests/fixtures/import/. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url))))
}

export const utf8 = (text: string) => new TextEncoder().encode(text)

import { defineConfig } from 'vitest/config'

// One vitest project per process, as the code is split: shared domain code and the Node
// service run in node; renderer components in jsdom; end-to-end tests drive real Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'shared', environment: 'node', include: ['tests/shared/**/*.test.ts'] },
      },
      {
        test: { name: 'service', environment: 'node', include: ['tests/service/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        test: { name: 'renderer', environment: 'jsdom', include: ['tests/renderer/**/*.test.{ts,tsx}'] },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})

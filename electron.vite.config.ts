import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'
import { rendererViteConfig } from './renderer/viteConfig'

export default defineConfig({
  main: {
    // ESM main process: lowdb is ESM-only.
    build: {
      outDir: 'out/main',
      // zod bundled (tree-shaken, one file) rather than loaded as its ~100 modules: a merge
      // worker thread then starts in about half the time.
      externalizeDeps: { exclude: ['zod'] },
      // The merge worker is its own entry: worker threads start from a file (see MergeWorkerThread).
      rollupOptions: {
        input: { index: resolve('electron/main/index.ts'), mergeWorker: resolve('electron/service/merge/mergeWorker.ts') },
        output: { format: 'es' },
      },
    },
  },
  preload: {
    // Sandboxed preloads must be CommonJS and cannot require packages: bundle everything.
    build: {
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve('electron/preload/index.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: rendererViteConfig(),
})

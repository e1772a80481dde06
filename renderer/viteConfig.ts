import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import type { UserConfig } from 'vite'

/** The renderer's build, shared by electron-vite (desktop) and `margin serve` (browser host). */
export function rendererViteConfig(): UserConfig {
  const root = fileURLToPath(new URL('.', import.meta.url))
  return {
    root,
    base: './',
    plugins: [react()],
    build: {
      outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
      emptyOutDir: true,
      // Loaded from disk or loopback, never over a network: one bundle is fine.
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: fileURLToPath(new URL('./index.html', import.meta.url)) },
    },
  }
}

import { ensureRendererBuilt } from '../../electron/host/rendererBuild'

/** Rebuilds the renderer once per e2e run, so no test ever drives a stale build. */
export default async function setup(): Promise<void> {
  await ensureRendererBuilt(() => {}, true)
}

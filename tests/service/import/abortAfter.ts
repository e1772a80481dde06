/**
 * A real AbortSignal that aborts itself at its n-th throwIfAborted() check, to prove an
 * importer checks between pages or rows rather than only at the start.
 */
export function abortAfterChecks(checks: number): { signal: AbortSignal; count: () => number } {
  const controller = new AbortController()
  const original = controller.signal.throwIfAborted.bind(controller.signal)
  let count = 0
  controller.signal.throwIfAborted = () => {
    count++
    if (count >= checks) controller.abort()
    original()
  }
  return { signal: controller.signal, count: () => count }
}

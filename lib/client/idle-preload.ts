/**
 * Runs in the browser, in place of Slidev's "preload every slide 3 s after load"
 * (slide-preload.ts, which the headmatter's `defaults: { preload: false }` makes the only
 * preloading). Slidev mounts all 49 slides in one go, one long task of
 * ~300 ms on a mid-range phone, in which the deck ignores taps. This loads them one per idle
 * period instead, after the same delay, so each task stays short and the speaker's or reader's
 * first key press is not kept waiting.
 */

export interface IdlePreloadOptions {
  /** Slidev's own delay before preloading starts. */
  delayMs?: number
  /** Longest wait for an idle period (and the step where requestIdleCallback is missing, e.g. Safari). */
  idleTimeoutMs?: number
}

type IdleHandle = number | ReturnType<typeof setTimeout>

function onIdle(run: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout })
    return () => cancelIdleCallback(id)
  }
  const id: IdleHandle = setTimeout(run, Math.min(timeout, 50))
  return () => clearTimeout(id)
}

/** Calls `load` for each item, one per idle period, starting after `delayMs`; returns a cancel function. */
export function preloadWhenIdle<T>(items: readonly T[], load: (item: T) => void, { delayMs = 3000, idleTimeoutMs = 1000 }: IdlePreloadOptions = {}): () => void {
  let cancelled = false
  let cancelStep: () => void = () => {}
  let next = 0
  const step = () => {
    if (cancelled || next >= items.length)
      return
    load(items[next++]!)
    cancelStep = onIdle(step, idleTimeoutMs)
  }
  const timer = setTimeout(() => {
    cancelStep = onIdle(step, idleTimeoutMs)
  }, delayMs)
  return () => {
    cancelled = true
    clearTimeout(timer)
    cancelStep()
  }
}

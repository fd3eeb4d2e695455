/**
 * A new deploy while someone has the deck open (setup/main.ts wires this to the libraries' flows).
 *
 * - With the service worker (vite-plugin-pwa, prompt mode): the old version stays whole in the
 *   precache; once the new worker is installed and waiting, `registerSW`'s `onNeedRefresh` calls
 *   `offerRefresh`, and taking the offer runs `updateSW()` (the new worker takes over, the page
 *   reloads at the same slide).
 * - Without it: a slide whose chunk the new deploy removed fails to load, and Vite reports that
 *   as `vite:preloadError`. The page then reloads once at the same URL (the new version) instead
 *   of showing Slidev's error slide; a second failure within RELOAD_GUARD_MS, or offline, leaves
 *   the error slide and offers the refresh instead, so it never reloads in a loop.
 */

export const UPDATE_TEXT = {
  message: '有新版本',
  action: '刷新',
  label: '有新版本 — 刷新',
} as const

/** sessionStorage key: when this tab last reloaded itself for a missing chunk (ms since epoch). */
export const RELOAD_KEY = 'deck:stale-chunk-reload'
/** A second missing chunk within this time of a self-reload is not fixed by reloading again. */
export const RELOAD_GUARD_MS = 30_000

/** Reload, unless offline (the browser's error page) or a reload a moment ago did not help. */
export function shouldReload(lastReload: number | undefined, now: number, online: boolean): boolean {
  const recent = lastReload !== undefined && Number.isFinite(lastReload) && now - lastReload >= 0 && now - lastReload < RELOAD_GUARD_MS
  return online && !recent
}

/** Shows (once) the "有新版本 — 刷新" bar; `refresh` runs when it is taken. */
export function offerRefresh(refresh: () => void, doc: Document = document): HTMLElement {
  const existing = doc.querySelector<HTMLElement>('.deck-update')
  if (existing)
    return existing
  const bar = doc.createElement('div')
  bar.className = 'deck-update'
  bar.setAttribute('role', 'status')
  bar.lang = 'zh-CN'
  const button = doc.createElement('button')
  button.type = 'button'
  button.textContent = UPDATE_TEXT.action
  button.setAttribute('aria-label', UPDATE_TEXT.label)
  button.addEventListener('click', refresh, { once: true })
  bar.append(`${UPDATE_TEXT.message} — `, button)
  doc.body.append(bar)
  return bar
}

/** Vite's `vite:preloadError`: reload once at the same URL, or leave the error and offer the refresh. */
export function reloadOnStaleChunk(win: Window = window): void {
  let reloading = false
  win.addEventListener('vite:preloadError', (event) => {
    // One import reports each of its files that failed (the chunk, its CSS): all but the first
    // come while the reload is already under way.
    if (reloading)
      return event.preventDefault()
    try {
      const stored = win.sessionStorage.getItem(RELOAD_KEY)
      const now = Date.now()
      if (shouldReload(stored ? Number(stored) : undefined, now, win.navigator.onLine !== false)) {
        win.sessionStorage.setItem(RELOAD_KEY, String(now))
        // The import then resolves to nothing: the slide stays blank until the reload, no error slide.
        event.preventDefault()
        reloading = true
        win.location.reload()
        return
      }
    }
    catch {}
    offerRefresh(() => win.location.reload(), win.document)
  })
}

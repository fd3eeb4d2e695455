/**
 * A redeploy while someone has the deck open. The site loads slides lazily, and a new deploy
 * replaces the hashed chunk files: an old page that moves to a slide it has not loaded yet asks
 * for a chunk that is gone. Instead of a broken slide, the page reloads itself once at the same
 * URL (the same slide, now the new version); if it already did so a moment ago (a reload loop)
 * or the network is down, it offers "有新版本 — 刷新" instead.
 *
 * With the service worker the old version's chunks stay in its precache, so an old page keeps
 * working; the deck looks for a new version when the page comes back into view, and offers the
 * refresh once the new one is installed (watchServiceWorkerUpdates).
 *
 * The decisions are pure functions (unit-tested); the rest is thin browser glue used by
 * setup/main.ts and the slide loader (lib/site/client-patches.ts).
 */

/** sessionStorage key: when this tab last reloaded itself for a missing chunk (ms since epoch). */
export const RELOAD_KEY = 'deck:stale-chunk-reload'
/** A second missing chunk within this time of a self-reload is not fixed by reloading again. */
export const RELOAD_GUARD_MS = 30_000

export const REDEPLOY_TEXT = {
  message: '有新版本',
  action: '刷新',
  label: '有新版本 — 刷新',
} as const

/** The messages browsers give when a dynamic import or its CSS cannot be loaded. */
const STALE_CHUNK = [
  /Failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/i, // Safari
  /Unable to preload CSS/i, // Vite's CSS preload
  /Failed to load module script/i,
]

/** Whether `error` says a lazily loaded chunk (JS or CSS) could not be fetched. */
export function isStaleChunkError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  return STALE_CHUNK.some(re => re.test(message))
}

export interface StaleChunkState {
  /** When the tab last reloaded itself for a missing chunk (RELOAD_KEY), if it did. */
  lastReload?: number
  now: number
  /** navigator.onLine */
  online: boolean
}

/** Whether the stored time `at` lies within RELOAD_GUARD_MS before `now` (nonsense times do not). */
export function isRecent(at: number | undefined, now: number): boolean {
  return at !== undefined && Number.isFinite(at) && now - at >= 0 && now - at < RELOAD_GUARD_MS
}

/** Reload once; offer the refresh when offline or when a reload a moment ago did not help. */
export function staleChunkAction({ lastReload, now, online }: StaleChunkState): 'reload' | 'offer' {
  if (!online)
    return 'offer'
  if (isRecent(lastReload, now))
    return 'offer'
  return 'reload'
}

// ---- browser glue -------------------------------------------------------------------------

function sessionStorageOf(win: Window): Storage | undefined {
  try {
    return win.sessionStorage
  }
  catch {
    return undefined
  }
}

function readTime(storage: Storage | undefined, key: string): number | undefined {
  try {
    const value = storage?.getItem(key)
    return value ? Number(value) : undefined
  }
  catch {
    return undefined
  }
}

function writeTime(storage: Storage | undefined, key: string, time: number | undefined): void {
  try {
    if (time === undefined)
      storage?.removeItem(key)
    else
      storage?.setItem(key, String(time))
  }
  catch {}
}

const BANNER_CLASS = 'deck-update'

/**
 * Shows (once) the "有新版本 — 刷新" bar; `refresh` runs when it is taken (default: reload at the
 * current URL, i.e. the same slide).
 */
export function offerRefresh(doc: Document = document, refresh: () => void = () => doc.defaultView?.location.reload()): HTMLElement {
  const existing = doc.querySelector<HTMLElement>(`.${BANNER_CLASS}`)
  if (existing)
    return existing
  const bar = doc.createElement('div')
  bar.className = BANNER_CLASS
  bar.setAttribute('role', 'status')
  bar.lang = 'zh-CN'
  const text = doc.createElement('span')
  text.textContent = `${REDEPLOY_TEXT.message} — `
  const button = doc.createElement('button')
  button.type = 'button'
  button.textContent = REDEPLOY_TEXT.action
  button.setAttribute('aria-label', REDEPLOY_TEXT.label)
  button.addEventListener('click', () => refresh())
  bar.append(text, button)
  doc.body.append(bar)
  return bar
}

/**
 * Called when a chunk could not be loaded. Reloads the page at its URL, or loads `url` (returns 'reload'; the
 * caller should then wait for the reload rather than report an error) or shows the refresh offer
 * (returns 'offer').
 */
let reloading = false

export function recoverFromStaleChunk(win: Window = window, url?: string): 'reload' | 'offer' {
  // Vite's preloadError and the slide loader both report the same failure: act once.
  if (reloading)
    return 'reload'
  const storage = sessionStorageOf(win)
  const now = Date.now()
  const action = staleChunkAction({ lastReload: readTime(storage, RELOAD_KEY), now, online: win.navigator.onLine !== false })
  if (action === 'reload') {
    writeTime(storage, RELOAD_KEY, now)
    reloading = true
    if (url)
      win.location.assign(url)
    else
      win.location.reload()
  }
  else {
    offerRefresh(win.document)
  }
  return action
}

/** A promise that never settles: what a loader returns while the page reloads. */
export function pending<T>(): Promise<T> {
  return new Promise<T>(() => {})
}

/**
 * For the slide loader (lib/site/client-patches.ts): if `error` is a missing chunk, recover (reload or
 * offer) and return true; the loader then keeps the slide "loading" instead of showing an error.
 */
export function handleSlideLoadError(error: unknown): boolean {
  if (typeof window === 'undefined' || !isStaleChunkError(error))
    return false
  recoverFromStaleChunk(window)
  return true
}

/**
 * Vite's `vite:preloadError` (a dynamic import or its CSS failed): recover. The event is left
 * alone, so the import still rejects and its caller (the slide loader, the router) sees the error.
 */
export function watchPreloadErrors(win: Window = window): void {
  win.addEventListener('vite:preloadError', (event) => {
    const payload = (event as Event & { payload?: unknown }).payload
    if (isStaleChunkError(payload))
      recoverFromStaleChunk(win)
  })
}

/** After the refresh offer is taken: how long to wait for the new worker's take-over before reloading anyway. */
export const HANDOVER_TIMEOUT_MS = 4000

/**
 * sessionStorage key: when the visitor took the refresh offer (ms since epoch). A page loaded
 * within RELOAD_GUARD_MS of that carries the hand-over on instead of offering it again.
 */
export const UPDATE_TAKEN_KEY = 'deck:update-taken'

/** How often an open deck asks whether a new version is out, besides when it comes back into view. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000

/**
 * The service worker's side (it is registered by registerSW.js, see lib/site/plugins.ts). A new deploy
 * brings a new worker, which installs (precaching the new version) and then waits: the old
 * worker keeps serving the old version, whole, to the open page. Once a new worker is waiting,
 * the deck offers "有新版本 — 刷新"; taking it lets the new worker take over and reloads the page
 * at its URL (the same slide). The deck looks for a new worker when it comes back into view and
 * every hour (browsers also look on every page load).
 */
export function watchServiceWorkerUpdates(win: Window = window): void {
  const sw = win.navigator.serviceWorker
  if (!sw)
    return
  let reloading = false
  const reload = () => {
    if (!reloading) {
      reloading = true
      win.location.reload()
    }
  }
  const storage = sessionStorageOf(win)
  const taken = () => isRecent(readTime(storage, UPDATE_TAKEN_KEY), Date.now())
  const forget = () => writeTime(storage, UPDATE_TAKEN_KEY, undefined)
  /** The new worker has taken over: reload into the new version, with nothing left to carry on. */
  const tookOver = () => {
    if (!reloading)
      forget()
    reload()
  }
  /**
   * Lets the new worker take over, then reloads once it controls the page (or is active, or has
   * failed). The old worker hands over only once none of its events is pending (the spec's Try
   * Activate), so a request of this page it is still answering holds the take-over. Should it
   * not come within HANDOVER_TIMEOUT_MS, `fallback` runs: at first a reload all the same, which
   * ends such requests. If the old worker still answers that reload (the old version again), the
   * page it loads carries the hand-over on (UPDATE_TAKEN_KEY, below).
   */
  const activate = (worker: ServiceWorker, fallback: () => void) => {
    sw.addEventListener('controllerchange', tookOver)
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated' || worker.state === 'redundant')
        tookOver()
    })
    worker.postMessage({ type: 'SKIP_WAITING' })
    win.setTimeout(fallback, HANDOVER_TIMEOUT_MS)
  }
  const take = (registration: ServiceWorkerRegistration) => {
    writeTime(storage, UPDATE_TAKEN_KEY, Date.now())
    const waiting = registration.waiting
    if (waiting)
      return activate(waiting, reload)
    // Taken while the new worker is still installing: a plain reload now would be served by the
    // old worker (the old version again). Wait for it to be installed, then hand over.
    const installing = registration.installing
    if (installing) {
      installing.addEventListener('statechange', () => {
        if (installing.state === 'installed')
          activate(installing, reload)
      })
      return
    }
    reload()
  }
  const offer = (registration: ServiceWorkerRegistration): void => {
    const waiting = registration.waiting
    if (waiting && taken()) {
      // Taken a moment ago, before a reload the old worker still answered: carry on, and offer
      // it again only if the take-over still does not come.
      activate(waiting, () => {
        forget()
        offer(registration)
      })
      return
    }
    offerRefresh(win.document, () => take(registration))
  }
  sw.ready.then((registration) => {
    // A worker waiting already (found on an earlier visit, or the one the visitor asked for a
    // moment ago); none on a first visit.
    if (registration.waiting && sw.controller) {
      offer(registration)
    }
    else if (sw.controller && taken()) {
      // Loaded by the fallback reload, and the take-over asked for is under way or done: this
      // page may still be the old version. Follow the take-over, or reload once now (the flag is
      // gone, so no loop) should it have come before this script could listen.
      if (sw.controller !== registration.active)
        sw.addEventListener('controllerchange', tookOver)
      else
        tookOver()
    }
    else {
      forget()
    }
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed' && sw.controller)
          offer(registration)
      })
    })
    const check = () => registration.update().catch(() => {})
    win.document.addEventListener('visibilitychange', () => {
      if (win.document.visibilityState === 'visible')
        check()
    })
    win.setInterval(check, UPDATE_CHECK_MS)
  }).catch(() => {})
}

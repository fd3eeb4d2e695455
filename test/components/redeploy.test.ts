import { afterEach, describe, expect, it, vi } from 'vitest'
import { HANDOVER_TIMEOUT_MS, offerRefresh, REDEPLOY_TEXT, RELOAD_GUARD_MS, UPDATE_TAKEN_KEY, watchServiceWorkerUpdates } from '../../lib/client/redeploy.ts'

describe('the "有新版本 — 刷新" offer', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('is a status message with a button named in Chinese that refreshes', () => {
    const refresh = vi.fn()
    const bar = offerRefresh(document, refresh)
    expect(bar.getAttribute('role')).toBe('status')
    expect(bar.textContent).toContain(REDEPLOY_TEXT.message)
    const button = bar.querySelector('button')!
    expect(button.getAttribute('aria-label')).toBe('有新版本 — 刷新')
    button.click()
    expect(refresh).toHaveBeenCalledOnce()
  })

  it('is shown once however often it is offered', () => {
    offerRefresh(document, () => {})
    offerRefresh(document, () => {})
    expect(document.querySelectorAll('.deck-update')).toHaveLength(1)
  })
})

/** A new worker installed and waiting, as the browser reports it. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installed'
  messages: unknown[] = []
  postMessage(message: unknown) {
    this.messages.push(message)
  }

  becomes(state: ServiceWorkerState) {
    this.state = state
    this.dispatchEvent(new Event('statechange'))
  }
}

/**
 * Runs the deck's service-worker watch in a page whose worker in control is `controller`, with
 * `registration` as `navigator.serviceWorker.ready` gives it and `storage` as its sessionStorage.
 */
async function watchPage(registration: EventTarget & { active: object }, controller: object, storage: Map<string, string>) {
  const serviceWorker = Object.assign(new EventTarget(), { controller, ready: Promise.resolve(registration) })
  const reload = vi.fn()
  const sessionStorage = {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => storage.set(key, value),
    removeItem: (key: string) => storage.delete(key),
  }
  watchServiceWorkerUpdates({ navigator: { serviceWorker }, document, sessionStorage, location: { reload }, setInterval: () => 0, setTimeout: (f: () => void, ms: number) => setTimeout(f, ms) } as unknown as Window)
  await serviceWorker.ready
  await Promise.resolve()
  return { serviceWorker, reload }
}

describe('taking the offer with a new service worker waiting', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.useRealTimers()
  })

  /** A deck page whose old worker controls it while a new one waits; `storage` is its sessionStorage. */
  async function openDeck(storage = new Map<string, string>()) {
    const worker = new FakeWorker()
    const registration = Object.assign(new EventTarget(), { waiting: worker, installing: null, active: {}, update: async () => {} })
    const { serviceWorker, reload } = await watchPage(registration, registration.active, storage)
    const button = document.querySelector<HTMLButtonElement>('.deck-update button')
    return { worker, registration, serviceWorker, reload, button, storage }
  }

  it('lets the new worker take over and reloads once it is active, only once', async () => {
    vi.useFakeTimers()
    const { worker, serviceWorker, reload, button, storage } = await openDeck()
    expect(button).not.toBeNull()
    button!.click()
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }])
    worker.becomes('activating')
    expect(reload).not.toHaveBeenCalled()
    serviceWorker.dispatchEvent(new Event('controllerchange'))
    worker.becomes('activated')
    vi.advanceTimersByTime(HANDOVER_TIMEOUT_MS)
    expect(reload).toHaveBeenCalledOnce()
    // The page the reload brings is the new version: nothing to carry on.
    expect(storage.has(UPDATE_TAKEN_KEY)).toBe(false)
  })

  it('reloads all the same when the take-over does not come (the reload ends the old worker\'s open requests), remembering it was asked for', async () => {
    vi.useFakeTimers()
    const { reload, button, storage } = await openDeck()
    button!.click()
    vi.advanceTimersByTime(HANDOVER_TIMEOUT_MS - 1)
    expect(reload).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(reload).toHaveBeenCalledOnce()
    expect(storage.has(UPDATE_TAKEN_KEY)).toBe(true)
  })

  it('reloads when the new worker fails, and the page keeps the version it has', async () => {
    const { worker, reload, button } = await openDeck()
    button!.click()
    worker.becomes('redundant')
    expect(reload).toHaveBeenCalledOnce()
  })

  it('remembers, for the page the reload brings, that the visitor took it', async () => {
    vi.useFakeTimers({ now: 1_000_000 })
    const { button, storage } = await openDeck()
    button!.click()
    expect(storage.get(UPDATE_TAKEN_KEY)).toBe('1000000')
  })

  // The old worker answered the fallback reload (the old version again), the new one still waits.
  it('after a reload the take-over did not beat, carries it on: no second offer, asks again, reloads when it comes', async () => {
    vi.useFakeTimers({ now: 1_000_000 })
    const { worker, serviceWorker, reload, button } = await openDeck(new Map([[UPDATE_TAKEN_KEY, String(1_000_000 - HANDOVER_TIMEOUT_MS)]]))
    expect(button).toBeNull()
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }])
    serviceWorker.dispatchEvent(new Event('controllerchange'))
    expect(reload).toHaveBeenCalledOnce()
  })

  it('offers it again when the carried-on take-over still does not come, and does not reload', async () => {
    vi.useFakeTimers({ now: 1_000_000 })
    const { reload, storage } = await openDeck(new Map([[UPDATE_TAKEN_KEY, String(1_000_000 - HANDOVER_TIMEOUT_MS)]]))
    vi.advanceTimersByTime(HANDOVER_TIMEOUT_MS)
    expect(document.querySelector('.deck-update button')).not.toBeNull()
    expect(storage.has(UPDATE_TAKEN_KEY)).toBe(false)
    expect(reload).not.toHaveBeenCalled()
  })

  it('offers it as usual when it was taken longer ago than the reload guard', async () => {
    vi.useFakeTimers({ now: 1_000_000 })
    const { worker, button } = await openDeck(new Map([[UPDATE_TAKEN_KEY, String(1_000_000 - RELOAD_GUARD_MS)]]))
    expect(button).not.toBeNull()
    expect(worker.messages).toEqual([])
  })
})

describe('a page the fallback reload brought, with no new worker waiting any more', () => {
  /** `controller`: the worker in control when the deck's script runs; the registration's active one is `active`. */
  async function openPage(taken: boolean, controllerIsActive: boolean) {
    const storage = new Map(taken ? [[UPDATE_TAKEN_KEY, String(Date.now())]] : [])
    const registration = Object.assign(new EventTarget(), { waiting: null, installing: null, active: {}, update: async () => {} })
    const { serviceWorker, reload } = await watchPage(registration, controllerIsActive ? registration.active : {}, storage)
    return { serviceWorker, reload, storage }
  }

  it('follows the take-over the visitor asked for: reloads when the new worker takes control, and forgets', async () => {
    const { serviceWorker, reload, storage } = await openPage(true, false)
    expect(reload).not.toHaveBeenCalled()
    serviceWorker.dispatchEvent(new Event('controllerchange'))
    expect(reload).toHaveBeenCalledOnce()
    expect(storage.has(UPDATE_TAKEN_KEY)).toBe(false)
  })

  it('reloads once at once when the take-over came before the deck could listen (the page may be the old version)', async () => {
    const { reload, storage } = await openPage(true, true)
    expect(reload).toHaveBeenCalledOnce()
    expect(storage.has(UPDATE_TAKEN_KEY)).toBe(false)
  })

  it('with nothing asked for, neither reloads nor follows a take-over', async () => {
    for (const controllerIsActive of [false, true]) {
      const { serviceWorker, reload } = await openPage(false, controllerIsActive)
      serviceWorker.dispatchEvent(new Event('controllerchange'))
      expect(reload).not.toHaveBeenCalled()
    }
  })
})

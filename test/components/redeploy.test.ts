import { afterEach, describe, expect, it, vi } from 'vitest'
import { HANDOVER_TIMEOUT_MS, offerRefresh, REDEPLOY_TEXT, watchServiceWorkerUpdates } from '../../lib/site/client/redeploy'

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

describe('taking the offer with a new service worker waiting', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.useRealTimers()
  })

  async function openDeck() {
    const worker = new FakeWorker()
    const registration = Object.assign(new EventTarget(), { waiting: worker, installing: null, update: async () => {} })
    const serviceWorker = Object.assign(new EventTarget(), { controller: {}, ready: Promise.resolve(registration) })
    const reload = vi.fn()
    const win = { navigator: { serviceWorker }, document, location: { reload }, setInterval: () => 0, setTimeout: (f: () => void, ms: number) => setTimeout(f, ms) } as unknown as Window
    watchServiceWorkerUpdates(win)
    await registration.update()
    await serviceWorker.ready
    const button = document.querySelector<HTMLButtonElement>('.deck-update button')!
    return { worker, serviceWorker, reload, button }
  }

  it('lets the new worker take over and reloads once it is active, only once', async () => {
    vi.useFakeTimers()
    const { worker, serviceWorker, reload, button } = await openDeck()
    expect(button).not.toBeNull()
    button.click()
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }])
    worker.becomes('activating')
    expect(reload).not.toHaveBeenCalled()
    serviceWorker.dispatchEvent(new Event('controllerchange'))
    worker.becomes('activated')
    vi.advanceTimersByTime(HANDOVER_TIMEOUT_MS)
    expect(reload).toHaveBeenCalledOnce()
  })

  it('reloads all the same when the take-over does not come (the reload ends the old worker\'s open requests)', async () => {
    vi.useFakeTimers()
    const { reload, button } = await openDeck()
    button.click()
    vi.advanceTimersByTime(HANDOVER_TIMEOUT_MS - 1)
    expect(reload).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(reload).toHaveBeenCalledOnce()
  })

  it('reloads when the new worker fails, and the page keeps the version it has', async () => {
    const { worker, reload, button } = await openDeck()
    button.click()
    worker.becomes('redundant')
    expect(reload).toHaveBeenCalledOnce()
  })
})

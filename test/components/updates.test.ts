import { afterEach, describe, expect, it, vi } from 'vitest'
import { offerRefresh, RELOAD_GUARD_MS, RELOAD_KEY, reloadOnStaleChunk, shouldReload } from '../../lib/client/updates.ts'

describe('reload once for a missing chunk, never in a loop', () => {
  const now = 1_000_000

  it('reloads the first time, and again once the guard has passed or the stored time is nonsense', () => {
    expect(shouldReload(undefined, now, true)).toBe(true)
    expect(shouldReload(now - RELOAD_GUARD_MS, now, true)).toBe(true)
    expect(shouldReload(Number.NaN, now, true)).toBe(true)
    expect(shouldReload(now + 60_000, now, true)).toBe(true)
  })

  it('not when a self-reload a moment ago did not help, nor offline (the browser\'s error page)', () => {
    expect(shouldReload(now - 1000, now, true)).toBe(false)
    expect(shouldReload(now - RELOAD_GUARD_MS + 1, now, true)).toBe(false)
    expect(shouldReload(undefined, now, false)).toBe(false)
  })
})

describe('the "有新版本 — 刷新" offer', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    sessionStorage.clear()
  })

  it('is a status message with a button named in Chinese that refreshes, shown once however often it is offered', () => {
    const refresh = vi.fn()
    const bar = offerRefresh(refresh)
    offerRefresh(() => {})
    expect(document.querySelectorAll('.deck-update')).toHaveLength(1)
    expect(bar.getAttribute('role')).toBe('status')
    expect(bar.textContent).toBe('有新版本 — 刷新')
    const button = bar.querySelector('button')!
    expect(button.getAttribute('aria-label')).toBe('有新版本 — 刷新')
    button.click()
    expect(refresh).toHaveBeenCalledOnce()
  })

  /** Vite's event for a dynamic import (or its CSS) that failed; whether the page handled it. */
  function preloadError(win: Window): boolean {
    const event = new Event('vite:preloadError', { cancelable: true })
    win.dispatchEvent(event)
    return event.defaultPrevented
  }

  it('a missing chunk reloads the page once (the import then settles quietly), and a second one offers the refresh', () => {
    const reload = vi.fn()
    /** A page load: a window whose reload is `reload`, sharing the tab's sessionStorage. */
    const load = () => {
      const win = Object.assign(new EventTarget(), { sessionStorage, navigator: { onLine: true }, location: { reload }, document }) as unknown as Window
      reloadOnStaleChunk(win)
      return win
    }
    const win = load()
    expect(preloadError(win)).toBe(true)
    // The same import's CSS, failing too while the reload is under way: also quiet.
    expect(preloadError(win)).toBe(true)
    expect(reload).toHaveBeenCalledOnce()
    expect(Number(sessionStorage.getItem(RELOAD_KEY))).toBeGreaterThan(0)
    expect(document.querySelector('.deck-update')).toBeNull()
    // The reloaded page hits a missing chunk again: the error stays (Slidev's error slide), the offer shows.
    expect(preloadError(load())).toBe(false)
    expect(reload).toHaveBeenCalledOnce()
    expect(document.querySelector('.deck-update')).not.toBeNull()
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isStaleChunkError, RELOAD_GUARD_MS, RELOAD_KEY, staleChunkAction } from '../../../lib/client/redeploy.ts'

describe('what counts as a chunk gone after a redeploy', () => {
  it('each browser\'s failed dynamic import, and Vite\'s failed CSS preload', () => {
    expect(isStaleChunkError(new TypeError('Failed to fetch dynamically imported module: https://x.io/deck/assets/5-abc.js'))).toBe(true)
    expect(isStaleChunkError(new TypeError('error loading dynamically imported module: https://x.io/a.js'))).toBe(true)
    expect(isStaleChunkError(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(isStaleChunkError(new Error('Unable to preload CSS for /deck/assets/5-abc.css'))).toBe(true)
  })

  it('not other errors', () => {
    expect(isStaleChunkError(new Error('Cannot read properties of undefined'))).toBe(false)
    expect(isStaleChunkError(undefined)).toBe(false)
    expect(isStaleChunkError({ message: 'Failed to fetch dynamically imported module' })).toBe(false)
  })
})

describe('reload once, never in a loop', () => {
  const now = 1_000_000

  it('reloads the first time', () => {
    expect(staleChunkAction({ now, online: true })).toBe('reload')
  })

  it('offers the refresh when a self-reload a moment ago did not help', () => {
    expect(staleChunkAction({ lastReload: now - 1000, now, online: true })).toBe('offer')
    expect(staleChunkAction({ lastReload: now - RELOAD_GUARD_MS + 1, now, online: true })).toBe('offer')
  })

  it('reloads again once the guard has passed, or when the stored time is nonsense', () => {
    expect(staleChunkAction({ lastReload: now - RELOAD_GUARD_MS, now, online: true })).toBe('reload')
    expect(staleChunkAction({ lastReload: Number.NaN, now, online: true })).toBe('reload')
    expect(staleChunkAction({ lastReload: now + 60_000, now, online: true })).toBe('reload')
  })

  it('offline, a reload would show the browser\'s error page: offer instead', () => {
    expect(staleChunkAction({ now, online: false })).toBe('offer')
  })
})

describe('the start script (public/deck-start.js, plain JavaScript)', () => {
  it('guards its one reload with the same key and time as the deck, so the two never reload in turn', () => {
    const script = readFileSync('public/deck-start.js', 'utf8')
    expect(script).toContain(`const RELOAD_KEY = '${RELOAD_KEY}'`)
    expect(script).toContain(`const RELOAD_GUARD_MS = ${RELOAD_GUARD_MS}`)
  })
})

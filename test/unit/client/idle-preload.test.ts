import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { preloadWhenIdle } from '../../../lib/client/idle-preload.ts'

describe('preloading slides when idle', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('waits for the delay, then loads one item per idle period', () => {
    const idle: (() => void)[] = []
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run))
    vi.stubGlobal('cancelIdleCallback', () => {})
    const loaded: number[] = []
    preloadWhenIdle([1, 2, 3], n => loaded.push(n), { delayMs: 3000 })
    vi.advanceTimersByTime(2999)
    expect(idle).toHaveLength(0)
    vi.advanceTimersByTime(1)
    expect(loaded).toEqual([])
    idle.shift()!()
    expect(loaded).toEqual([1])
    idle.shift()!()
    idle.shift()!()
    expect(loaded).toEqual([1, 2, 3])
    idle.shift()?.()
    expect(idle).toHaveLength(0)
  })

  it('steps on a timer where requestIdleCallback is missing (Safari), and stops when cancelled', () => {
    const loaded: string[] = []
    const cancel = preloadWhenIdle(['a', 'b', 'c'], s => loaded.push(s), { delayMs: 100, idleTimeoutMs: 1000 })
    vi.advanceTimersByTime(100 + 50)
    expect(loaded).toEqual(['a'])
    vi.advanceTimersByTime(50)
    expect(loaded).toEqual(['a', 'b'])
    cancel()
    vi.advanceTimersByTime(1000)
    expect(loaded).toEqual(['a', 'b'])
  })

  it('loads nothing when cancelled before the delay', () => {
    const load = vi.fn()
    preloadWhenIdle([1], load, { delayMs: 10 })()
    vi.advanceTimersByTime(1000)
    expect(load).not.toHaveBeenCalled()
  })
})

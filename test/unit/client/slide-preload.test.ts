import type { PreloadableSlide } from '../../../lib/client/slide-preload.ts'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, effectScope, ref, shallowRef } from 'vue'

// The nav state Slidev's useNav() hands out, driven by the test.
const slides = shallowRef<(PreloadableSlide & { no: number })[]>([])
const current = ref(1)
const mode = ref<'play' | 'presenter' | 'print' | 'read'>('play')
vi.mock('@slidev/client', () => ({
  useNav: () => ({
    slides,
    currentSlideRoute: computed(() => slides.value[current.value - 1]),
    prevRoute: computed(() => slides.value[Math.max(1, current.value - 1) - 1]),
    nextRoute: computed(() => slides.value[Math.min(slides.value.length, current.value + 1) - 1]),
    isPrintMode: computed(() => mode.value === 'print'),
    isPlaying: computed(() => mode.value === 'play' || mode.value === 'print'),
    isPresenter: computed(() => mode.value === 'presenter'),
  }),
}))

const { installSlidePreload } = await import('../../../lib/client/slide-preload.ts')

function deck(n: number) {
  return Array.from({ length: n }, (_, i) => ({ no: i + 1, meta: {} as { __preloaded?: boolean }, load: vi.fn() }))
}
const preloaded = () => slides.value.filter(s => s.meta.__preloaded).map(s => s.no)

// Each test's watchers live in a scope of their own, stopped after it.
let scope = effectScope()

async function install() {
  const app = { runWithContext: <T>(fn: () => T) => scope.run(fn) }
  const router = { isReady: () => Promise.resolve() }
  installSlidePreload(app as never, router as never)
  await Promise.resolve()
  await Promise.resolve()
}

describe('slide preloading in place of Slidev\'s (headmatter preload: false)', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    scope = effectScope()
    current.value = 1
    mode.value = 'play'
    slides.value = deck(6)
  })
  afterEach(() => {
    scope.stop()
    vi.clearAllTimers()
    vi.useRealTimers()
  })

  it('loads the slide on screen and its neighbours at once, marked for SlidesShow to keep mounted', async () => {
    await install()
    expect(preloaded()).toEqual([1, 2])
    expect(slides.value[0]!.load).toHaveBeenCalled()
    expect(slides.value[2]!.load).not.toHaveBeenCalled()
  })

  it('marks the new neighbours as the slide changes, before anything renders (synchronously)', async () => {
    await install()
    current.value = 3
    expect(preloaded()).toEqual([1, 2, 3, 4])
  })

  it('loads the rest one per idle period from 3 s on, not all in one task', async () => {
    await install()
    vi.advanceTimersByTime(2999)
    expect(preloaded()).toEqual([1, 2])
    // One slide per step (a step is an idle period; here, without requestIdleCallback, 50 ms),
    // in order: slides 1 and 2 again, then 3.
    vi.advanceTimersByTime(1 + 3 * 50)
    expect(preloaded()).toEqual([1, 2, 3])
    vi.advanceTimersByTime(50)
    expect(preloaded()).toEqual([1, 2, 3, 4])
    vi.advanceTimersByTime(1000)
    expect(preloaded()).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('does nothing where Slidev\'s slide show does not run (print, reading view)', async () => {
    mode.value = 'read'
    await install()
    vi.advanceTimersByTime(10_000)
    expect(preloaded()).toEqual([])
    mode.value = 'print'
    vi.advanceTimersByTime(10_000)
    expect(preloaded()).toEqual([])
    mode.value = 'presenter'
    expect(preloaded()).toEqual([1, 2])
  })
})

/**
 * Preloads the slides in place of Slidev, whose own preloading the headmatter turns off
 * (`defaults: { preload: false }` in slides.md): Slidev's SlidesShow.vue would load the current
 * slide's neighbours at once and then all 49 slides in one go 3 s after load, one long task
 * (~300 ms on a mid-range phone) in which the deck ignores taps. Here the neighbours are loaded
 * at once as before and the rest one per idle period (idle-preload.ts). Run by setup/main.ts.
 */
import type { PreloadableSlide } from '@slidev/client'
import type { App } from 'vue'
import type { Router } from 'vue-router'
import { useNav } from '@slidev/client'
import { computed, watch } from 'vue'
import { preloadWhenIdle } from './idle-preload.ts'

export type { PreloadableSlide }

/** What SlidesShow.vue does to a slide it preloads: fetch its module, and keep it mounted (hidden) from then on. */
export function preloadSlide(slide: PreloadableSlide): void {
  slide.meta.__preloaded = true
  slide.load()
}

export function installSlidePreload(app: App, router: Router): void {
  // Once the first route is known, in the app's context (useNav reads the router by injection).
  router.isReady().then(() => app.runWithContext(() => {
    const { slides, currentSlideRoute, prevRoute, nextRoute, isPrintMode, isPlaying, isPresenter } = useNav()
    // Only where Slidev's slide show runs: not the print, handout or reading views.
    const active = computed(() => !isPrintMode.value && (isPlaying.value || isPresenter.value))
    // Synchronously, as the route changes: SlidesShow.vue then renders with the new neighbours
    // marked, as it does with its own preloading (a watchEffect that runs before it renders).
    watch([currentSlideRoute, prevRoute, nextRoute, active], ([current, prev, next, on]) => {
      if (on) {
        for (const slide of [current, prev, next])
          slide && preloadSlide(slide)
      }
    }, { immediate: true, flush: 'sync' })
    let cancel: (() => void) | undefined
    watch([slides, active], ([list, on]) => {
      cancel?.()
      cancel = on ? preloadWhenIdle(list, preloadSlide) : undefined
    }, { immediate: true })
  })).catch(error => console.error('deck: slide preloading failed to start', error))
}

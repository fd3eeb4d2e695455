import { defineAppSetup } from '@slidev/types'
import { BOOT_SELECTOR, dismissBootWhenRendered } from '../lib/client/boot.ts'
import { isStaleChunkError, recoverFromStaleChunk, watchPreloadErrors, watchServiceWorkerUpdates } from '../lib/client/redeploy.ts'
import { installSlidePreload } from '../lib/client/slide-preload.ts'

// The boot card (the cover as plain HTML, shown while the deck loads) goes once a slide is drawn;
// an export (`?print`) prints the slides, never the card.
export default defineAppSetup(({ app, router }) => {
  if (typeof document === 'undefined')
    return
  if (new URLSearchParams(location.search).has('print'))
    document.querySelector(BOOT_SELECTOR)?.remove()
  else
    dismissBootWhenRendered(document)

  // Slidev's own preloading is off (slides.md `defaults: { preload: false }`): the neighbours at
  // once, the rest one per idle period (lib/client/slide-preload.ts).
  installSlidePreload(app, router)

  // A redeploy while the deck is open (lib/client/redeploy.ts): a chunk that is gone reloads the page
  // once at the same URL, or offers "有新版本 — 刷新"; so does a new service worker, waiting.
  // (Nothing happens in `slidev` dev: chunks are not hashed there and no worker is registered.)
  watchPreloadErrors(window)
  watchServiceWorkerUpdates(window)
  // A page (route) chunk that is gone: go where the visitor was going, as a full page load.
  router.onError((error, to) => {
    if (isStaleChunkError(error))
      recoverFromStaleChunk(window, router.resolve(to).href)
    else
      console.error(error)
  })
})

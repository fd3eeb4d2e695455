import { defineAppSetup } from '@slidev/types'
import { registerSW } from 'virtual:pwa-register'
import { BOOT_SELECTOR, dismissBootWhenRendered } from '../lib/client/boot.ts'
import { offerRefresh, reloadOnStaleChunk } from '../lib/client/updates.ts'

// The boot card (the cover as plain HTML, shown while the deck loads) goes once a slide is drawn;
// an export (`?print`) prints the slides, never the card.
export default defineAppSetup(() => {
  if (typeof document === 'undefined')
    return
  if (new URLSearchParams(location.search).has('print'))
    document.querySelector(BOOT_SELECTOR)?.remove()
  else
    dismissBootWhenRendered(document)

  // A new deploy while the deck is open (lib/client/updates.ts). In `slidev` dev both do nothing:
  // chunks are not hashed and vite-plugin-pwa's registerSW is a stub there.
  reloadOnStaleChunk(window)
  const updateSW = registerSW({
    onNeedRefresh: () => offerRefresh(() => updateSW()),
    // Browsers look for a new worker on each page load; a deck left open looks when shown again.
    onRegisteredSW: (_url, registration) => document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible')
        registration?.update().catch(() => {})
    }),
  })
})

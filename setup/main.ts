import { defineAppSetup } from '@slidev/types'
import { BOOT_SELECTOR, dismissBootWhenRendered } from '../lib/boot'

// The boot card (the cover as plain HTML, shown while the deck loads) goes once a slide is drawn;
// an export (`?print`) prints the slides, never the card.
export default defineAppSetup(() => {
  if (typeof document === 'undefined')
    return
  if (new URLSearchParams(location.search).has('print'))
    document.querySelector(BOOT_SELECTOR)?.remove()
  else
    dismissBootWhenRendered(document)
})

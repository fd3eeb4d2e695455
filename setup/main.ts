import { defineAppSetup } from '@slidev/types'
import { dismissBootWhenRendered } from '../lib/boot'

// The boot card (the cover as plain HTML, shown while the deck loads) goes once a slide is drawn.
export default defineAppSetup(() => {
  if (typeof document !== 'undefined')
    dismissBootWhenRendered(document)
})

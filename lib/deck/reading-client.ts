/**
 * Browser glue of the reading view (lib/deck/reading.ts holds the decisions): the router guard that
 * sends a phone in portrait from a slide to the reading view, and the visitor's choice of view
 * for this tab.
 */
import type { Router } from 'vue-router'
import { PREFER_SLIDES, readingRedirect, VIEW_PREFERENCE_KEY } from './reading'

function storage(): Storage | undefined {
  try {
    return window.sessionStorage
  }
  catch {
    return undefined
  }
}

/** Whether the visitor chose the slides over the reading view in this tab. */
export function prefersSlides(): boolean {
  return storage()?.getItem(VIEW_PREFERENCE_KEY) === PREFER_SLIDES
}

/** Remember (or forget) that the visitor chose the slides in this tab. */
export function setPrefersSlides(value: boolean): void {
  try {
    if (value)
      storage()?.setItem(VIEW_PREFERENCE_KEY, PREFER_SLIDES)
    else
      storage()?.removeItem(VIEW_PREFERENCE_KEY)
  }
  catch {}
}

/** Slide routes on a phone in portrait go to the reading view (only on arrival: not once there). */
export function installReadingRedirect(router: Router): void {
  let first = true
  router.beforeEach((to) => {
    // Only the page the visitor opened (a link, a refresh): moving between slides on a phone
    // that chose the slides, or turning a tablet, never switches views under them.
    if (!first)
      return true
    first = false
    return readingRedirect(to, {
      // Read only if the decision needs it: on a phone, innerWidth makes the browser lay the page
      // out first (a forced layout while the app starts).
      viewport: {
        get width() {
          return window.innerWidth
        },
        get height() {
          return window.innerHeight
        },
      },
      prefersSlides: prefersSlides(),
      total: Number.POSITIVE_INFINITY,
    }) ?? true
  })
}

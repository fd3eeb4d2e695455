/**
 * Runs in the browser (setup/main.ts): takes down the boot card index.html shows while the deck
 * loads (lib/vite/head.ts, bootMarkup) once a slide has rendered below it, in the same frame, so the
 * visitor goes from the boot cover to the deck's cover without a blank frame.
 */

/** The boot card, and what counts as "a slide has rendered" (every Slidev layout's root). */
export const BOOT_SELECTOR = '.deck-boot'
export const RENDERED_SELECTOR = '.slidev-layout'

export interface DismissOptions {
  /** Take the card down anyway after this long, so a page without slides (or an error) is not hidden. */
  timeoutMs?: number
}

/**
 * Removes the boot card as soon as `RENDERED_SELECTOR` matches inside `root` (MutationObserver
 * callbacks run before the next paint), or after `timeoutMs`. Returns a function that stops
 * watching. Does nothing when there is no boot card.
 */
export function dismissBootWhenRendered(doc: Document, root: Element = doc.body, { timeoutMs = 10_000 }: DismissOptions = {}): () => void {
  const boot = doc.querySelector(BOOT_SELECTOR)
  if (!boot)
    return () => {}
  let observer: MutationObserver | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const stop = () => {
    observer?.disconnect()
    clearTimeout(timer)
  }
  const dismiss = () => {
    stop()
    boot.remove()
  }
  if (root.querySelector(RENDERED_SELECTOR)) {
    dismiss()
    return stop
  }
  const MO = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver
  observer = new MO(() => {
    if (root.querySelector(RENDERED_SELECTOR))
      dismiss()
  })
  observer.observe(root, { childList: true, subtree: true })
  timer = setTimeout(dismiss, timeoutMs)
  return stop
}

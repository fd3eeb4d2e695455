/**
 * Open slide N of a served deck and capture it: one helper for `npm run screenshots`, the visual
 * regression test and the link-preview image (lib/vite/og-image.ts), so they wait the same way.
 */
import type { Buffer } from 'node:buffer'
import type { Page } from 'playwright-chromium'
import { renderedSlide } from '../data/deck.ts'

/** The slide canvas in CSS px (canvasWidth 980, 16:9), the viewport captures use. */
export const SLIDE_VIEWPORT = { width: 980, height: 552 } as const

export interface CaptureOptions {
  /** Query after the slide number; default: embedded (no navigation UI), every click revealed. */
  query?: string
  /** A style sheet added before capturing, e.g. one that stops transitions and animations. */
  css?: string
  /** Write the PNG here too. */
  path?: string
}

/**
 * Opens slide `no` of the deck at `deckUrl` and waits until it is drawn as the audience sees it:
 * its layout mounted, every font face it uses loaded, its images decoded, and a frame painted
 * after that.
 */
export async function openSlideForCapture(page: Page, deckUrl: string, no: number, options: CaptureOptions = {}): Promise<void> {
  await page.goto(`${deckUrl}${no}${options.query ?? '?embedded=true&clicks=99'}`)
  await page.waitForSelector(renderedSlide(no))
  if (options.css)
    await page.addStyleTag({ content: options.css })
  await page.evaluate(async () => {
    await document.fonts.ready
    await Promise.all([...document.images].map(img => img.decode().catch(() => {})))
    // Two frames: one for the style and layout the fonts changed, one painted with them.
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
}

/** openSlideForCapture, then a PNG of the slide's canvas (`#slide-content`). */
export async function captureSlide(page: Page, deckUrl: string, no: number, options: CaptureOptions = {}): Promise<Buffer> {
  await openSlideForCapture(page, deckUrl, no, options)
  return page.locator('#slide-content').screenshot({ path: options.path, animations: 'disabled', caret: 'hide' })
}

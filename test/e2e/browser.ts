/** Shared Playwright set-up for the browser tests: the one Chromium of the run, a closed network. */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { inject } from 'vitest'
import { renderedSlide } from '../../lib/data/deck.ts'
import { SLIDE_VIEWPORT } from '../../lib/export/capture.ts'
import { recordForeignRequests } from '../../lib/export/chromium.ts'
import { reportCspViolations, routeTo, stillPage } from './page-checks.ts'

/**
 * A connection to the Chromium that global-setup.ts launched for the whole run: a test file makes
 * its own contexts in it and closes the connection (which closes those contexts) when done.
 */
export async function sharedBrowser(): Promise<Browser> {
  return chromium.connect(inject('chromiumWsEndpoint'))
}

/**
 * A context that records any request to a host other than the deck's own (the shared Chromium's
 * CHROMIUM_ARGS make it fail at a proxy that is not there), so a stray CDN font or script fails
 * the test instead of leaking a request. Every page
 * reports CSP violations as console errors ("CSP violation: …"), so the console checks catch
 * them. Service workers are blocked unless `options.serviceWorkers` says otherwise: only the
 * offline test wants the worker's background precaching.
 */
export async function deckContext(browser: Browser, deckUrl: string, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext, foreign: string[] }> {
  const origin = new URL(deckUrl).origin
  const context = await browser.newContext({ viewport: SLIDE_VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block', ...options })
  await context.addInitScript(reportCspViolations)
  const foreign = recordForeignRequests(context, origin)
  return { context, foreign }
}

/** Collects console errors, page errors and failed requests to the deck's origin on `page`. */
export function watchErrors(page: Page, deckUrl: string): string[] {
  const origin = new URL(deckUrl).origin
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      errors.push(msg.text())
  })
  page.on('pageerror', error => errors.push(String(error)))
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: the page navigated away while the request was in flight (the favicon on a reload).
    if (request.url().startsWith(origin) && request.failure()?.errorText !== 'net::ERR_ABORTED')
      errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
  })
  return errors
}

/** Opens slide `no` (final click state by default) and waits until it and its fonts are there. */
export async function openSlide(page: Page, deckUrl: string, no: number, query = '?clicks=99'): Promise<void> {
  await page.goto(`${deckUrl}${no}${query}`)
  await page.waitForSelector(renderedSlide(no))
  await page.evaluate(() => document.fonts.ready)
}

/**
 * Moves the open deck to slide `no` (final click state by default) without a reload, and waits
 * until it and its fonts are there: what a visitor moving through the deck sees, at a fraction of
 * a fresh load's cost. (A fresh load of a deep link has tests of its own.)
 */
export async function moveToSlide(page: Page, deckUrl: string, no: number, query = '?clicks=99'): Promise<void> {
  await page.evaluate(routeTo, `${deckUrl}${no}${query}`)
  await page.waitForSelector(renderedSlide(no))
  await page.evaluate(() => document.fonts.ready)
}

/**
 * Waits until nothing on the page moves any more (`stillPage`). Two frames first, so that the
 * transitions the last change starts have been created.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  await page.waitForFunction(stillPage)
}

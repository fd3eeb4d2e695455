/**
 * The built deck in Firefox, as a visitor using it would see it: Debian's `firefox-esr` (found by
 * test/support/firefox.ts) driven by puppeteer-core over WebDriver BiDi, against the same build and server
 * as the Chromium tests (global-setup.ts). Every slide, with every click step revealed, renders its
 * layout with no page error, no console error, no failed request, no request to another host and
 * nothing outside the canvas; the compute chart's exponents are drawn raised (Firefox ignores SVG
 * `baseline-shift`, which once made 10^26 read "1026"); the reading document's slides fit a phone's
 * column (its CSS zoom computes a ratio of lengths).
 */
import type { Browser, Page } from 'puppeteer-core'
import type { DeckSlide } from '../../lib/data/deck.ts'
import puppeteer from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck, renderedSlide } from '../../lib/data/deck.ts'
import { isForeign } from '../../lib/export/chromium.ts'
import { findFirefox } from '../support/firefox.ts'
import { elementsOutside, exponentsOf, reportCspViolations, routeTo, stillPage } from './page-checks.ts'
import { builtSite } from './site.ts'

// The global set-up builds the site while the first files run (test/e2e/site.ts).
await builtSite()

const deckUrl = inject('deckUrl')
const origin = new URL(deckUrl).origin
const slides: DeckSlide[] = await loadDeck()
const withExponents = new Set(slides.filter(s => s.content.includes('<ComputeChart')).map(s => s.no))

let browser: Browser
let page: Page
const foreign: string[] = []
const errors: string[] = []

beforeAll(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      // As the Chromium tests block it: the worker's background precaching is the offline test's.
      'dom.serviceWorkers.enabled': false,
    },
  })
  page = await browser.newPage()
  await page.setViewport({ width: 980, height: 552 })
  await page.evaluateOnNewDocument(reportCspViolations)
  // Only the deck's own origin (and data:/blob:) gets through; anything else is aborted and recorded.
  await page.setRequestInterception(true)
  page.on('request', (request) => {
    const url = request.url()
    const own = !isForeign(url, origin)
    if (!own)
      foreign.push(url)
    // Over BiDi some requests (data: URLs, preloads) reach this handler without having been
    // intercepted; resolving those throws "Request Interception is not enabled!". Any other
    // failure is the page's problem and is recorded.
    if (request.isInterceptResolutionHandled())
      return
    const resolved = own ? request.continue() : request.abort('blockedbyclient')
    resolved.catch((error: unknown) => {
      if (!/Request Interception is not enabled/.test(String(error)))
        errors.push(`request ${url}: ${String(error)}`)
    })
  })
  page.on('pageerror', error => errors.push(String(error)))
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      errors.push(msg.text())
  })
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(origin))
      errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

/**
 * Slide `no` with every click revealed: the first one opened fresh, the others reached through the
 * deck's router, as a visitor moves on (a fresh load of each would cost most of the test's time).
 */
async function open(no: number): Promise<void> {
  const url = `${deckUrl}${no}?clicks=99`
  if (page.url().startsWith(deckUrl))
    await page.evaluate(routeTo, url)
  else
    await page.goto(url)
  // Visible: the deck keeps the slides it has loaded, hidden, in the page.
  await page.waitForSelector(renderedSlide(no), { visible: true })
  await page.evaluate(() => document.fonts.ready)
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  await page.waitForFunction(stillPage)
}

describe('the built deck in Firefox', () => {
  it.each(slides.map(s => [s.no, s.title] as const))('slide %i (%s) renders cleanly with every click revealed', async (no) => {
    errors.length = 0
    await open(no)
    const title = await page.$eval(`.slidev-page-${no} h1`, h => h.textContent?.trim())
    expect(title).toBe(slides[no - 1]!.title)
    expect(await page.evaluate(elementsOutside, no), 'elements outside the canvas or under the footer').toEqual([])
    expect(errors, 'page errors, console errors and failed requests').toEqual([])

    if (withExponents.has(no)) {
      const exponents = await page.evaluate(exponentsOf, no)
      expect(exponents.length, 'exponents on the chart').toBeGreaterThan(0)
      for (const e of exponents) {
        expect(e.base, `base of 10^${e.text}`).toBe('10')
        expect(e.expCentre, `10^${e.text}: exponent raised above the base`).toBeLessThan(e.baseCentre - 3)
        expect(e.expBottom, `10^${e.text}: exponent's box above the base's`).toBeLessThan(e.baseBottom)
      }
    }
  })

  it('the reading document: every slide zoomed to a phone\'s column, nothing wider than the page', async () => {
    errors.length = 0
    await page.setViewport({ width: 390, height: 844 })
    await page.goto(`${deckUrl}read`)
    await page.evaluate(() => document.fonts.ready)
    // The zoom is tan(atan2(100cqw, 980px)): Firefox must compute it as Chromium does.
    const fit = await page.evaluate(() => [...document.querySelectorAll('.reading-frame')].map((frame) => {
      const canvas = frame.querySelector('.reading-canvas')!.getBoundingClientRect()
      return Math.abs(canvas.width - frame.getBoundingClientRect().width)
    }))
    expect(fit).toHaveLength(slides.length)
    expect(Math.max(...fit), 'a slide wider or narrower than its frame, px').toBeLessThan(1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    expect(errors, 'page errors, console errors and failed requests').toEqual([])
    await page.setViewport({ width: 980, height: 552 })
  })

  it('made no request to any other host', () => {
    expect(foreign).toEqual([])
  })
})

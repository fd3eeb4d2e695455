/**
 * Works offline: after one visit (the service worker installed, its precache filled), the deck
 * reloads and every slide renders with the network gone, in the bundled fonts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck, renderedSlide } from '../../lib/data/deck.ts'
import { deckContext, moveToSlide, openSlide, sharedBrowser, watchErrors } from './browser.ts'
import { builtSite } from './site.ts'

// The global set-up builds the site while the first files run (test/e2e/site.ts).
await builtSite()

const deckUrl = inject('deckUrl')
const slides = await loadDeck()

let browser: Browser
let context: BrowserContext
let page: Page
let errors: string[]

beforeAll(async () => {
  browser = await sharedBrowser()
  ;({ context } = await deckContext(browser, deckUrl, { serviceWorkers: 'allow' }))
  page = await context.newPage()
  errors = watchErrors(page, deckUrl)
})

afterAll(async () => {
  await browser?.close()
})

describe('the deck offline', () => {
  it('installs a service worker on the first visit', async () => {
    await openSlide(page, deckUrl, 1, '')
    // `ready` resolves once the worker is active, i.e. after its install step filled the precache.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    expect(scope).toBe(deckUrl)
    const cached = await page.evaluate(async () => {
      const names = await caches.keys()
      let count = 0
      for (const name of names)
        count += (await (await caches.open(name)).keys()).length
      return count
    })
    expect(cached).toBeGreaterThan(20)
    // The first visit's page was loaded before the worker existed: its own requests (the slides
    // it preloads at idle) still go to the network. The next load is the worker's.
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await page.waitForSelector(renderedSlide(1))
  })

  it('reloads and renders every slide with the network gone', async () => {
    await context.setOffline(true)
    errors.length = 0
    await page.reload()
    await page.waitForSelector(renderedSlide(1))
    // Through the deck's router, as a visitor moves on: each slide's own chunks come from the
    // worker's cache. (A fresh deep link offline: reading.test.ts.)
    for (const slide of slides) {
      await moveToSlide(page, deckUrl, slide.no)
      const title = await page.locator(`.slidev-page-${slide.no} h1`).first().textContent()
      expect(title?.trim(), `slide ${slide.no} offline`).toBe(slide.title)
      // A face with only local() sources (the boot card's system-font fallback) fails on a
      // machine without that font, online or not: only faces the deck ships must load.
      const failedFonts = await page.evaluate(() => {
        const unquote = (s: string) => s.replace(/["']/g, '').trim()
        const localOnly = new Set<string>()
        for (const sheet of document.styleSheets) {
          for (const rule of sheet.cssRules) {
            if (rule instanceof CSSFontFaceRule && !rule.style.getPropertyValue('src').includes('url('))
              localOnly.add(unquote(rule.style.getPropertyValue('font-family')))
          }
        }
        return [...document.fonts].filter(f => f.status === 'error' && !localOnly.has(unquote(f.family))).map(f => f.family)
      })
      expect(failedFonts, `fonts on slide ${slide.no}`).toEqual([])
    }
    expect(errors, 'errors while offline').toEqual([])
    await context.setOffline(false)
  })
})

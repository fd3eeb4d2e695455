/**
 * The built deck in real Chromium, served with the hosting configs' CSP and security headers:
 * every slide, with every click step revealed, renders with no console error, no CSP violation,
 * no failed request, no request to another host, the bundled Chinese font, and nothing outside
 * the slide canvas or under the footer.
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { DeckSlide } from '../../lib/data/deck'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck, renderedSlide } from '../../lib/data/deck'
import { deckContext, launch, watchErrors } from './browser'
import { contentReach, elementsOutside } from './page-checks'

const deckUrl = inject('deckUrl')
const slides: DeckSlide[] = await loadDeck()

let browser: Browser
let context: BrowserContext
let page: Page
let foreign: string[]
let errors: string[] = []

beforeAll(async () => {
  browser = await launch(inject('chromiumPath'))
  ;({ context, foreign } = await deckContext(browser, deckUrl))
  page = await context.newPage()
  errors = watchErrors(page, deckUrl)
})

afterAll(async () => {
  await browser?.close()
})

/** Layouts designed around empty space: the cover, section dividers and the thanks. */
const AIRY_LAYOUTS = new Set(['cover', 'section', 'closing'])

describe('the built deck in Chromium', () => {
  it('has the slides the Markdown defines', async () => {
    // The footer's "N / total" on the first slide that has a footer (the roadmap).
    await page.goto(`${deckUrl}2`)
    await page.waitForSelector(renderedSlide(2))
    await expect.poll(() => page.locator('.deck-footer-no').first().textContent()).toMatch(new RegExp(`^\\s*2 / ${slides.length}\\s*$`))
  })

  it.each(slides.map(s => [s.no, s.title] as const))('slide %i (%s) renders cleanly with every click revealed, and fills half the canvas', async (no) => {
    errors.length = 0
    await page.goto(`${deckUrl}${no}?clicks=99`)
    await page.waitForSelector(renderedSlide(no))
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(100)

    const outside = await page.evaluate(elementsOutside, no)
    expect(outside, 'elements outside the canvas or under the footer').toEqual([])
    // A content slide reaches at least half way down the canvas: no half-empty slides.
    if (!AIRY_LAYOUTS.has(String(slides[no - 1]!.frontmatter.layout ?? '')))
      expect(await page.evaluate(contentReach, no), 'how far down the content reaches').toBeGreaterThanOrEqual(0.5)
    expect(errors, 'console errors').toEqual([])

    // Links that leave the deck open in a new tab without handing it the opener or the referrer.
    const leaky = await page.locator(`.slidev-page-${no} a[href^="http"]`).evaluateAll(links => links
      .filter(a => !/\bnoopener\b/.test(a.getAttribute('rel') ?? '') || !/\bnoreferrer\b/.test(a.getAttribute('rel') ?? ''))
      .map(a => a.getAttribute('href')))
    expect(leaky, 'external links without rel="noopener noreferrer"').toEqual([])

    const title = await page.locator(`.slidev-page-${no} h1`).first().textContent()
    expect(title?.trim()).toBe(slides[no - 1]!.title)
  })

  it('renders its Chinese text in the bundled Noto Sans SC, loaded from the deck itself', async () => {
    await page.goto(`${deckUrl}2`)
    await page.waitForSelector(renderedSlide(2))
    await page.evaluate(() => document.fonts.ready)
    const fonts = await page.evaluate(() => [...document.fonts]
      .filter(f => f.status === 'loaded')
      .map(f => f.family.replace(/["']/g, '')))
    expect(fonts).toContain('Noto Sans SC')
    const family = await page.locator('.slidev-page-2 h1').evaluate(el => getComputedStyle(el).fontFamily)
    expect(family.split(',')[0]!.replace(/["']/g, '').trim()).toBe('Noto Sans SC')
    const fontUrls = await page.evaluate(() => performance.getEntriesByType('resource')
      .map(e => e.name)
      .filter(n => /\.woff2?(?:\?|$)/.test(n)))
    expect(fontUrls.length).toBeGreaterThan(0)
    for (const url of fontUrls)
      expect(new URL(url).origin).toBe(new URL(deckUrl).origin)
  })

  it('made no request to any other host', () => {
    expect(foreign).toEqual([])
  })

  it('opens a deep link fresh', async () => {
    const fresh = await context.newPage()
    await fresh.goto(`${deckUrl}12`)
    await fresh.waitForSelector(renderedSlide(12))
    expect(await fresh.locator('.slidev-page-12 h1').first().textContent()).toBe(slides[11]!.title)
    await fresh.close()
  })

  it('is the public build: no presenter view; the notes are public (the reading view shows them)', async () => {
    const fresh = await context.newPage()
    await fresh.goto(`${deckUrl}presenter/5`)
    await fresh.waitForLoadState('networkidle')
    expect(await fresh.locator('.slidev-note').count()).toBe(0)
    await fresh.close()

    const dist = inject('distDir')
    const served = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter(f => /\.(?:js|html|json|webmanifest)$/.test(f))
      .map(f => readFileSync(join(dist, f), 'utf8'))
      .join('\n')
    // build:site keeps the notes public by default (publicNotes, see scripts/build-site.ts);
    // `--no-notes` leaves them out (slidevBuildArgs, unit-tested).
    for (const slide of slides.filter(s => s.note)) {
      const sentence = slide.note.split(/[。！？\n]/).map(s => s.trim()).find(s => s.length > 8 && !/[*_`<>&[\]]/.test(s))
      if (sentence)
        expect(served.includes(sentence), `slide ${slide.no}'s note is in the build`).toBe(true)
    }
  })
})

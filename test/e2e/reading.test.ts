import type { AxeResults } from 'axe-core'
/**
 * The reading view (`/read`) in real Chromium against the built site: a phone in portrait that
 * opens a slide lands on it in the reading view; every slide fits the width, its notes are
 * readable prose, slides render as they near the viewport, the page never scrolls sideways or
 * blocks pinch-zoom; the button returns to the slide in view; the slide view offers the reading
 * view on every screen; charts and tables keep their accessible text; axe finds nothing serious;
 * and it opens offline after one visit.
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck, renderedSlide } from '../../lib/data/deck'
import { READING_TEXT } from '../../lib/deck/reading'
import { deckContext, moveToSlide, openSlide, sharedBrowser, watchErrors } from './browser'
import { builtSite } from './site'

// The global set-up builds the site while the first files run (test/e2e/site.ts).
await builtSite()

const deckUrl = inject('deckUrl')
const slides = await loadDeck()
const total = slides.length
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

/** A slide of the reading view, once Slidev has drawn it. */
const drawnInReading = (no: number) => `[data-reading-slide="${no}"] .slidev-layout`
/** The middle slide that has notes, so a deep link lands mid-page. */
const middle = slides.filter(s => s.note)[Math.floor(slides.filter(s => s.note).length / 2)]!

let browser: Browser

beforeAll(async () => {
  browser = await sharedBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Horizontal overflow of the page, and the smallest font size among the notes, in CSS px. */
function layoutFacts() {
  const notes = [...document.querySelectorAll<HTMLElement>('.reading-note-body')]
  const sizes = notes.flatMap(n => [n, ...n.querySelectorAll<HTMLElement>('*')])
    .filter(el => [...el.childNodes].some(c => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()))
    .map(el => Number.parseFloat(getComputedStyle(el).fontSize))
  return {
    overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    bodyOverflowX: document.body.scrollWidth - document.body.clientWidth,
    notes: notes.length,
    minNoteFont: Math.min(...sizes),
  }
}

describe.each(['light', 'dark'] as const)('on a phone in portrait (%s)', (colorScheme) => {
  let context: BrowserContext
  let page: Page
  let errors: string[]
  let foreign: string[]

  beforeAll(async () => {
    ;({ context, foreign } = await deckContext(browser, deckUrl, { ...PHONE, colorScheme }))
    await context.addInitScript({ path: axePath })
    page = await context.newPage()
    errors = watchErrors(page, deckUrl)
  })

  afterAll(async () => {
    await context?.close()
  })

  it(`a deep link to a slide opens the reading view at that slide`, async () => {
    await page.goto(`${deckUrl}${middle.no}`)
    await page.waitForURL(`${deckUrl}read#${middle.no}`)
    await page.waitForSelector(drawnInReading(middle.no))
    await page.evaluate(() => document.fonts.ready)
    // The slide's block starts at the top of the viewport, under the sticky bar.
    await expect.poll(() => page.evaluate(no => document.getElementById(String(no))!.getBoundingClientRect().top, middle.no)).toBeLessThan(120)
    expect(await page.evaluate(no => document.getElementById(String(no))!.getBoundingClientRect().top, middle.no)).toBeGreaterThanOrEqual(0)
    await expect.poll(() => page.locator('[data-reading-slide]').count()).toBe(total)
  })

  it('fits every slide to the width, with readable notes and no sideways scrolling', async () => {
    const facts = await page.evaluate(layoutFacts)
    expect(facts.overflowX).toBeLessThanOrEqual(0)
    expect(facts.bodyOverflowX).toBeLessThanOrEqual(0)
    expect(facts.notes).toBe(slides.filter(s => s.note).length)
    expect(facts.minNoteFont).toBeGreaterThanOrEqual(16)
    const frame = await page.locator(`[data-reading-slide="${middle.no}"] .deck-slide-frame`).boundingBox()
    expect(frame!.x).toBeGreaterThanOrEqual(0)
    expect(frame!.width).toBeGreaterThan(380)
    expect(frame!.x + frame!.width).toBeLessThanOrEqual(390)
    // The whole slide is in its frame: the drawn canvas is as wide as the frame, not cut.
    const canvas = await page.locator(`[data-reading-slide="${middle.no}"] .print-slide-container`).boundingBox()
    expect(Math.abs(canvas!.width - frame!.width)).toBeLessThan(1)
    expect(canvas!.height).toBeLessThanOrEqual(frame!.height + 1)
  })

  it('never blocks pinch-zoom', async () => {
    const viewport = await page.getAttribute('meta[name="viewport"]', 'content')
    expect(viewport).toContain('width=device-width')
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(?:no|0)|maximum-scale/)
  })

  it('draws slides only as they near the viewport', async () => {
    if (middle.no + 4 > total)
      return
    expect(await page.locator(drawnInReading(total)).count()).toBe(0)
    expect(await page.locator('[data-reading-slide] .slidev-layout').count()).toBeLessThan(total)
    await page.locator(`[data-reading-slide="${total}"]`).scrollIntoViewIfNeeded()
    await page.waitForSelector(drawnInReading(total))
    await page.waitForURL(url => url.hash === `#${total}`)
  })

  it('has no serious or critical axe violation in the part on screen', async () => {
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.waitForSelector(drawnInReading(1))
    await page.evaluate(() => document.fonts.ready)
    const results = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } }).axe
      return axe.run(document, { resultTypes: ['violations'] })
    })
    const serious = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
      .map(v => `${v.id}: ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)
    expect(serious).toEqual([])
  })

  it('returns to the slide view at the slide in view, and stays there', async () => {
    const target = Math.min(3, total)
    await page.evaluate(no => document.getElementById(String(no))!.scrollIntoView({ block: 'start' }), target)
    await page.waitForURL(url => url.hash === `#${target}` || (target === 1 && url.hash === ''))
    await page.getByRole('button', { name: READING_TEXT.backToSlidesLabel(target) }).click()
    await page.waitForURL(`${deckUrl}${target}`)
    await page.waitForSelector(renderedSlide(target))
    // The visitor chose the slides: a refresh does not send them back to the reading view.
    await page.reload()
    await page.waitForSelector(renderedSlide(target))
    expect(page.url()).toBe(`${deckUrl}${target}`)
  })

  it('logged no error and asked no other host', () => {
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })
})

describe('on a wide screen', () => {
  let context: BrowserContext
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    ;({ context } = await deckContext(browser, deckUrl))
    page = await context.newPage()
    errors = watchErrors(page, deckUrl)
  })

  afterAll(async () => {
    await context?.close()
  })

  it('the slide view stays, and offers the reading view at the slide on screen', async () => {
    await openSlide(page, deckUrl, middle.no, '')
    const link = page.getByRole('link', { name: READING_TEXT.openReadingLabel })
    await expect.poll(() => link.isVisible()).toBe(true)
    expect(await link.getAttribute('href')).toBe(`${new URL(deckUrl).pathname}read#${middle.no}`)
    // Outside the slide: not drawn into the canvas (nor into exports of it).
    expect(await page.locator(`.slidev-page-${middle.no} .deck-read-link`).count()).toBe(0)
    await link.click()
    await page.waitForURL(`${deckUrl}read#${middle.no}`)
    await page.waitForSelector(drawnInReading(middle.no))
  })

  it('the control is not on embedded or printed slides', async () => {
    await page.goto(`${deckUrl}2?embedded=true`)
    await page.waitForSelector(renderedSlide(2))
    expect(await page.locator('.deck-read-link').count()).toBe(0)
    await page.emulateMedia({ media: 'print' })
    await page.goto(`${deckUrl}2`)
    await page.waitForSelector(renderedSlide(2))
    expect(await page.locator('.deck-read-link').isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })
  })

  it('charts and tables keep their accessible text in the reading view', async () => {
    // The screen-reader text and labelled images of each slide, in the slide view and the reading view.
    const accessible = (root: string) => page.evaluate(sel => [...document.querySelectorAll(`${sel} .sr-only, ${sel} [role="img"][aria-label], ${sel} table caption`)]
      .map(el => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim())
      .filter(Boolean), root)
    const withData = slides.filter(s => /<(?:\w*Chart|ModelsTable|ModelTimeline)\b/.test(s.content))
    expect(withData.length).toBeGreaterThan(0)
    // One load of each view: the slides through the deck's router, then the reading view scrolled.
    const inSlides = new Map<number, string[]>()
    await openSlide(page, deckUrl, withData[0]!.no)
    for (const slide of withData) {
      await moveToSlide(page, deckUrl, slide.no)
      inSlides.set(slide.no, await accessible(`.slidev-page-${slide.no}`))
    }
    await page.goto(`${deckUrl}read#${withData[0]!.no}`)
    for (const slide of withData) {
      await page.locator(`[data-reading-slide="${slide.no}"]`).scrollIntoViewIfNeeded()
      await page.waitForSelector(drawnInReading(slide.no))
      const inReading = await accessible(`[data-reading-slide="${slide.no}"]`)
      expect(inSlides.get(slide.no)!.length, `slide ${slide.no} has accessible text`).toBeGreaterThan(0)
      expect(inReading, `slide ${slide.no}`).toEqual(inSlides.get(slide.no))
    }
    expect(errors).toEqual([])
  })
})

describe('offline', () => {
  it('opens after one visit with the network gone', async () => {
    const { context } = await deckContext(browser, deckUrl, { ...PHONE, serviceWorkers: 'allow' })
    const page = await context.newPage()
    const errors = watchErrors(page, deckUrl)
    await page.goto(`${deckUrl}read`)
    await page.waitForSelector(drawnInReading(1))
    await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    await context.setOffline(true)
    await page.goto(`${deckUrl}${middle.no}`)
    await page.waitForURL(`${deckUrl}read#${middle.no}`)
    await page.waitForSelector(drawnInReading(middle.no))
    expect(await page.locator(`[data-reading-slide="${middle.no}"] .reading-note-body`).count()).toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })
})

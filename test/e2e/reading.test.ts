import type { AxeResults } from 'axe-core'
/**
 * The reading document (`/read`, read.html written by the build) in real Chromium against the
 * built site: a phone in portrait that opens a slide lands on it there before the deck's JavaScript
 * loads; with JavaScript off it shows every slide's title, content and notes; every slide fits
 * the width, notes are readable prose, the data of small-text slides is a real table at the
 * document's size, the page never scrolls sideways or blocks pinch-zoom; the link returns to the
 * slide in view; the slide view offers the document on every screen; charts and tables keep their
 * accessible text; axe finds nothing serious; and it opens offline after one visit.
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck, renderedSlide } from '../../lib/data/deck.ts'
import { READING_TEXT } from '../../lib/deck/reading.ts'
import { deckContext, moveToSlide, openSlide, sharedBrowser, watchErrors } from './browser.ts'
import { builtSite } from './site.ts'

// The global set-up builds the site while the first files run (test/e2e/site.ts).
await builtSite()

const deckUrl = inject('deckUrl')
const slides = await loadDeck()
const total = slides.length
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

/** A slide of the reading document, as the build wrote it. */
const inReading = (no: number) => `[data-reading-slide="${no}"] .slidev-layout`
/** The middle slide that has notes, so a deep link lands mid-page. */
const middle = slides.filter(s => s.note)[Math.floor(slides.filter(s => s.note).length / 2)]!
/** Slides whose text is too small on a phone: their data is shown beneath them. */
const withData = slides.filter(s => /<(?:\w*Chart|ModelsTable|ModelTimeline|MoeShare|References)\b/.test(s.content))

let browser: Browser

beforeAll(async () => {
  browser = await sharedBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Horizontal overflow of the page, and the smallest font size among the notes and the data, in CSS px. */
function layoutFacts() {
  const textSizes = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)]
    .flatMap(n => [n, ...n.querySelectorAll<HTMLElement>('*')])
    // A formula sizes its own sub- and superscripts (KaTeX), as does a superscript.
    .filter(el => [...el.childNodes].some(c => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()) && el.checkVisibility() && !el.closest('.katex, sup'))
    .map(el => Number.parseFloat(getComputedStyle(el).fontSize))
  return {
    overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    bodyOverflowX: document.body.scrollWidth - document.body.clientWidth,
    notes: document.querySelectorAll('.reading-note-body').length,
    minNoteFont: Math.min(...textSizes('.reading-note-body')),
    minDataFont: Math.min(...textSizes('.reading-data')),
  }
}

describe('with JavaScript off, on a phone', () => {
  it('shows every slide\'s title, content and notes', async () => {
    const { context, foreign } = await deckContext(browser, deckUrl, { ...PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${deckUrl}read`)
    const articles = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-reading-slide]')].map(a => ({
      title: a.querySelector('.reading-slide-title span')?.textContent ?? '',
      text: a.querySelector('.slidev-layout')?.textContent?.trim().length ?? 0,
      notes: a.querySelector('.reading-note-body')?.textContent ?? '',
    })))
    expect(articles).toHaveLength(total)
    for (const [i, slide] of slides.entries()) {
      expect(articles[i]!.title, `slide ${slide.no}`).toBe(slide.title || `幻灯片 ${slide.no}`)
      expect(articles[i]!.text, `slide ${slide.no} has content`).toBeGreaterThan(0)
      // The notes' first words (Markdown marks aside) are there.
      const first = slide.note.replace(/[*_`[\]]|\([^)]*\)/g, '').trim().slice(0, 12)
      expect(articles[i]!.notes.replace(/\s+/g, ''), `slide ${slide.no}'s notes`).toContain(first.replace(/\s+/g, ''))
    }
    const facts = await page.evaluate(layoutFacts)
    expect(facts.overflowX).toBeLessThanOrEqual(0)
    expect(facts.minNoteFont).toBeGreaterThanOrEqual(16)
    expect(foreign).toEqual([])
    await context.close()
  })
})

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

  it(`a deep link to a slide opens the reading document at that slide, before the deck's JavaScript loads`, async () => {
    const scripts: string[] = []
    page.on('request', r => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname))
    await page.goto(`${deckUrl}${middle.no}`)
    await page.waitForURL(`${deckUrl}read#${middle.no}`)
    await page.waitForSelector(inReading(middle.no))
    await page.evaluate(() => document.fonts.ready)
    // Only the small start script ran on the way: none of the deck's modules was asked for.
    expect(scripts.filter(s => s.includes('/assets/'))).toEqual([])
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
    expect(facts.minDataFont).toBeGreaterThanOrEqual(14)
    const frame = await page.locator(`[data-reading-slide="${middle.no}"] .reading-frame`).boundingBox()
    expect(frame!.x).toBeGreaterThanOrEqual(0)
    expect(frame!.width).toBeGreaterThan(380)
    expect(frame!.x + frame!.width).toBeLessThanOrEqual(390)
    // The whole slide is in its frame: the drawn canvas is as wide as the frame, not cut.
    const canvas = await page.locator(`[data-reading-slide="${middle.no}"] .reading-canvas`).boundingBox()
    expect(Math.abs(canvas!.width - frame!.width)).toBeLessThan(1)
    expect(canvas!.height).toBeLessThanOrEqual(frame!.height + 1)
  })

  it('never blocks pinch-zoom', async () => {
    const viewport = await page.getAttribute('meta[name="viewport"]', 'content')
    expect(viewport).toContain('width=device-width')
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(?:no|0)|maximum-scale/)
  })

  it('shows the data of each small-text slide as a table or list at the document\'s size', async () => {
    expect(withData.length).toBeGreaterThan(0)
    for (const slide of withData) {
      const data = page.locator(`[data-reading-slide="${slide.no}"] .reading-data`)
      expect(await data.locator('table, ol, ul').count(), `slide ${slide.no}`).toBeGreaterThan(0)
      // Inside its own box: a wide table scrolls there, never the page.
      const box = await data.boundingBox()
      expect(box!.x + box!.width, `slide ${slide.no}`).toBeLessThanOrEqual(390)
    }
  })

  it('follows the slide in view in the address', async () => {
    await page.locator(`[data-reading-slide="${total}"]`).scrollIntoViewIfNeeded()
    await page.waitForURL(url => url.hash === `#${total}`)
  })

  it('has no serious or critical axe violation in the part on screen', async () => {
    await page.evaluate(() => window.scrollTo(0, 0))
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
    const back = page.getByRole('link', { name: READING_TEXT.backToSlides })
    await expect.poll(() => back.getAttribute('href')).toBe(`${new URL(deckUrl).pathname}${target}`)
    await back.click()
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
    await page.waitForSelector(inReading(middle.no))
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
    const charts = withData.filter(s => /<(?:\w*Chart|ModelsTable|ModelTimeline)\b/.test(s.content))
    expect(charts.length).toBeGreaterThan(0)
    // One load of each view: the slides through the deck's router, then the reading view scrolled.
    const inSlides = new Map<number, string[]>()
    await openSlide(page, deckUrl, charts[0]!.no)
    for (const slide of charts) {
      await moveToSlide(page, deckUrl, slide.no)
      inSlides.set(slide.no, await accessible(`.slidev-page-${slide.no}`))
    }
    await page.goto(`${deckUrl}read`)
    // The screen-reader text is in the document, visible beneath the slide; labelled images keep their labels.
    const squash = (text: string) => text.replace(/\s+/g, '')
    for (const slide of charts) {
      const article = page.locator(`[data-reading-slide="${slide.no}"]`)
      const text = squash(await article.evaluate(el => el.textContent ?? ''))
      const labels = await article.locator('[role="img"][aria-label]').evaluateAll(els => els.map(el => el.getAttribute('aria-label')!.trim()))
      expect(inSlides.get(slide.no)!.length, `slide ${slide.no} has accessible text`).toBeGreaterThan(0)
      for (const accessibleText of inSlides.get(slide.no)!)
        expect(text.includes(squash(accessibleText)) || labels.includes(accessibleText), `slide ${slide.no}: ${accessibleText.slice(0, 30)}`).toBe(true)
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
    await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    await context.setOffline(true)
    await page.goto(`${deckUrl}${middle.no}`)
    await page.waitForURL(`${deckUrl}read#${middle.no}`)
    await page.waitForSelector(inReading(middle.no))
    expect(await page.locator(`[data-reading-slide="${middle.no}"] .reading-note-body`).count()).toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })
})

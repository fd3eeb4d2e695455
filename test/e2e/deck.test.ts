import type { AxeResults } from 'axe-core'
/**
 * The built deck in real Chromium, served with the hosting configs' CSP and security headers.
 * One pass per colour scheme loads the deck once and moves through every slide (through the
 * deck's router, no reload), with every click step revealed, and checks on that one visit: no
 * console error, no CSP violation, no failed request, nothing outside the slide canvas or under
 * the footer, content reaching half way down (content slides), external links that hand over
 * neither opener nor referrer, chart labels clear of every mark (as drawn), the title the Markdown
 * gives it, and no serious or critical
 * axe-core violation (in dark mode: of the rules that depend on colour). Also: no request to
 * another host, the bundled Chinese font, a fresh deep link, the public build, and the whole deck
 * walked with the keyboard alone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { DeckSlide } from '../../lib/data/deck.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck, renderedSlide } from '../../lib/data/deck.ts'
import { FOOTERLESS_LAYOUTS } from '../../lib/deck/layouts.ts'
import { deckContext, moveToSlide, openSlide, settled, sharedBrowser, watchErrors } from './browser.ts'
import { chartCollisions, contentReach, elementsOutside } from './page-checks.ts'
import { builtSite } from './site.ts'

// The global set-up builds the site while the first files run (test/e2e/site.ts).
await builtSite()

const deckUrl = inject('deckUrl')
const slides: DeckSlide[] = await loadDeck()
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** Layouts designed around empty space (the cover, section dividers, the thanks): the footerless ones. */
const AIRY_LAYOUTS = new Set<string>(FOOTERLESS_LAYOUTS)

let browser: Browser

beforeAll(async () => {
  browser = await sharedBrowser()
})

afterAll(async () => {
  await browser?.close()
})

interface Finding { id: string, impact: string, help: string, nodes: string[] }

/**
 * The axe rules whose outcome depends on colour. The light pass runs every rule; the dark pass,
 * on the same markup, only these (a quarter less of its time).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

/** axe-core's serious and critical violations inside `selector` (of the given rules, or all). */
async function axe(page: Page, selector: string, rules?: string[]): Promise<Finding[]> {
  const results = await page.evaluate(async ([sel, only]) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } }).axe
    return axe.run({ include: [sel] }, { resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}) })
  }, [selector, rules] as const)
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => ({ id: v.id, impact: v.impact!, help: v.help, nodes: v.nodes.slice(0, 5).map(n => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join('').trim()}`) }))
}

describe.each(['light', 'dark'] as const)('the built deck in Chromium, %s mode', (scheme) => {
  let context: BrowserContext
  let page: Page
  let foreign: string[]
  let errors: string[]

  beforeAll(async () => {
    ;({ context, foreign } = await deckContext(browser, deckUrl, { colorScheme: scheme }))
    // An init script, not page.addScriptTag: the deck's CSP (rightly) refuses inline scripts.
    await context.addInitScript({ path: axePath })
    page = await context.newPage()
    errors = watchErrors(page, deckUrl)
    // The one load of the pass; the slides are reached from here through the deck's router.
    await openSlide(page, deckUrl, 1)
  })

  afterAll(async () => {
    await context?.close()
  })

  it('follows the colour scheme, has a language and a title', async () => {
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark')
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    expect(await page.title()).toContain('AI大模型')
  })

  it.each(slides.map(s => [s.no, s.title] as const))('slide %i (%s): renders cleanly with every click revealed, fills half the canvas, no serious axe violation', async (no, title) => {
    const at = `slide ${no} (${title}, ${scheme})`
    errors.length = 0
    await moveToSlide(page, deckUrl, no)
    // Until the fade and the click steps' reveals are over: half-faded text fails the contrast
    // check, and a moving element is not where it comes to rest.
    await settled(page)

    // Soft: one visit reports every check that fails on it, not only the first.
    expect.soft(await page.evaluate(elementsOutside, no), `${at}: elements outside the canvas or under the footer`).toEqual([])
    // A content slide reaches at least half way down the canvas: no half-empty slides.
    if (!AIRY_LAYOUTS.has(String(slides[no - 1]!.frontmatter.layout ?? '')))
      expect.soft(await page.evaluate(contentReach, no), `${at}: how far down the content reaches`).toBeGreaterThanOrEqual(0.5)

    // Chart labels clear of each other, the dots, rules, stems, leaders and the band, as drawn. The
    // click steps only add marks, so the final state is the most crowded one.
    expect.soft(await page.evaluate(chartCollisions, no), `${at}: chart label collisions`).toEqual([])

    // Links that leave the deck open in a new tab without handing it the opener or the referrer.
    const leaky = await page.locator(`.slidev-page-${no} a[href^="http"]`).evaluateAll(links => links
      .filter(a => !/\bnoopener\b/.test(a.getAttribute('rel') ?? '') || !/\bnoreferrer\b/.test(a.getAttribute('rel') ?? ''))
      .map(a => a.getAttribute('href')))
    expect.soft(leaky, `${at}: external links without rel="noopener noreferrer"`).toEqual([])

    const heading = await page.locator(`.slidev-page-${no} h1`).first().textContent()
    expect.soft(heading?.trim(), `${at}: title`).toBe(title)

    expect.soft(await axe(page, `.slidev-page-${no}`, scheme === 'dark' ? COLOUR_RULES : undefined), `${at}: serious or critical axe violations`).toEqual([])
    expect(errors, `${at}: console errors, CSP violations, failed requests`).toEqual([])
  })

  it('made no request to any other host', () => {
    expect(foreign).toEqual([])
  })
})

describe('the built deck in Chromium', () => {
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    ;({ context } = await deckContext(browser, deckUrl))
    page = await context.newPage()
  })

  afterAll(async () => {
    await context?.close()
  })

  it('has the slides the Markdown defines', async () => {
    // The footer's "N / total" on the first slide that has a footer (the roadmap).
    await page.goto(`${deckUrl}2`)
    await page.waitForSelector(renderedSlide(2))
    await expect.poll(() => page.locator('.deck-footer-no').first().textContent()).toMatch(new RegExp(`^\\s*2 / ${slides.length}\\s*$`))
  })

  it('renders its Chinese text in the bundled Noto Sans SC, loaded from the deck itself', async () => {
    await openSlide(page, deckUrl, 2, '')
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

  it('opens a deep link fresh', async () => {
    const { no, title } = slides[Math.floor(slides.length / 2)]!
    const fresh = await context.newPage()
    await fresh.goto(`${deckUrl}${no}`)
    await fresh.waitForSelector(renderedSlide(no))
    expect(await fresh.locator(`.slidev-page-${no} h1`).first().textContent()).toBe(title)
    await fresh.close()
  })

  it('is the public build: /presenter is Slidev\'s "not found" page with the way to the slide; the notes are public (the reading view shows them)', async () => {
    const fresh = await context.newPage()
    await fresh.goto(`${deckUrl}presenter/5`)
    await fresh.getByText('Page /presenter/5 not found').waitFor()
    expect(await fresh.getByRole('link', { name: 'Go to Slide 5' }).getAttribute('href')).toBe(`${new URL(deckUrl).pathname}5`)
    expect(await fresh.locator('.slidev-note, .slidev-presenter').count()).toBe(0)
    await fresh.close()

    const dist = inject('distDir')
    const served = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter(f => /\.(?:js|html|json|webmanifest)$/.test(f))
      .map(f => readFileSync(join(dist, f), 'utf8'))
      .join('\n')
    // build:site keeps the notes public by default (publicNotes, see scripts/build-site.ts);
    // `--no-notes` leaves them out (slidevBuildArgs, unit-tested).
    let checked = 0
    for (const slide of slides.filter(s => s.note)) {
      const sentence = slide.note.split(/[。！？\n]/).map(s => s.trim()).find(s => s.length > 8 && !/[*_`<>&[\]]/.test(s))
      if (sentence) {
        expect(served.includes(sentence), `slide ${slide.no}'s note is in the build`).toBe(true)
        checked++
      }
    }
    expect(checked, 'notes with a plain sentence to look for').toBeGreaterThan(0)
  })

  it('walks the whole deck forwards and back with the arrow keys alone', async () => {
    await openSlide(page, deckUrl, 1, '')
    const current = () => Number(new URL(page.url()).pathname.slice(new URL(deckUrl).pathname.length) || 1)
    const seen = new Set<number>([1])
    // Every step changes the address: the slide, or its `?clicks=` step.
    const step = async (key: 'ArrowRight' | 'ArrowUp') => {
      const before = page.url()
      await page.keyboard.press(key)
      await page.waitForURL(url => url.href !== before)
    }
    for (let i = 0; i < 600 && current() < slides.length; i++) {
      await step('ArrowRight')
      seen.add(current())
    }
    expect(current()).toBe(slides.length)
    expect([...seen].sort((a, b) => a - b)).toEqual(slides.map(s => s.no))
    for (let i = 0; i < 600 && current() > 1; i++)
      await step('ArrowUp')
    expect(current()).toBe(1)
  })
})

/**
 * The first picture a visitor gets: the cover, drawn by index.html and styles/cover.css before
 * any of the deck's JavaScript has run (lib/vite/head.ts bootMarkup, public/deck-start.js), replaced by
 * the deck's own cover in place. And the built JavaScript leaves out what the site never runs.
 */
import type { Browser } from 'playwright-chromium'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck } from '../../lib/data/deck.ts'
import { PREFER_SLIDES, VIEW_PREFERENCE_KEY } from '../../lib/deck/reading.ts'
import { REDIRECT_SCRIPT, START_SCRIPT } from '../../lib/vite/head.ts'
import { deckContext, settled, sharedBrowser, watchErrors } from './browser.ts'
import { builtSite } from './site.ts'

// The global set-up builds the site while the first files run (test/e2e/site.ts).
await builtSite()

const deckUrl = inject('deckUrl')
const dist = inject('distDir')
const base = new URL(deckUrl).pathname
const [cover] = await loadDeck()

let browser: Browser
beforeAll(async () => {
  browser = await sharedBrowser()
})
afterAll(async () => {
  await browser?.close()
})

interface Box { x: number, y: number, width: number, height: number }

describe('the boot card', () => {
  for (const [colorScheme, text] of [['light', 'rgb(31, 35, 40)'], ['dark', 'rgb(230, 237, 243)']] as const) {
    it(`shows the cover before the deck's JavaScript runs, then hands over to the deck's cover in place (${colorScheme})`, async () => {
      for (const viewport of [{ width: 980, height: 552 }, { width: 412, height: 823 }]) {
        const { context } = await deckContext(browser, deckUrl, { colorScheme, viewport })
        // A phone held upright goes to the reading document (public/read-redirect.js): here the
        // visitor has chosen the slides, so the card hands over to the cover.
        await context.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [VIEW_PREFERENCE_KEY, PREFER_SLIDES] as const)
        const page = await context.newPage()
        const errors = watchErrors(page, deckUrl)
        let release!: () => void
        const held = new Promise<void>(resolve => release = resolve)
        // The app's JavaScript is held; the small redirect and start scripts are not: it blocks the first paint
        // like the stylesheet does (blocking="render"), so the card's layout is right from the
        // first frame, and it only starts the modules held here.
        await page.route(url => /\.js$/.test(url.pathname) && ![START_SCRIPT, REDIRECT_SCRIPT].some(f => url.pathname.endsWith(`/${f}`)), async (route) => {
          await held
          await route.continue()
        })
        await page.goto(deckUrl, { waitUntil: 'commit' })
        const bootTitle = page.locator('.deck-boot h1')
        await bootTitle.waitFor()
        // The card is in the HTML before its stylesheet has arrived: wait until it is styled (and
        // so has asked for its fonts), then for the fonts.
        await page.waitForFunction(() => getComputedStyle(document.querySelector('.deck-boot')!).position === 'fixed')
        // Drawn in the cover's own font files (which the page loads itself), not a fallback.
        await page.waitForFunction(title => document.fonts.check('700 20px "Noto Sans SC Cover"', title), cover!.title)
        await page.evaluate(() => document.fonts.ready)
        expect(await bootTitle.textContent()).toBe(cover!.title)
        expect(await page.locator('.deck-boot .cover-kicker').isVisible()).toBe(true)
        expect(await page.locator('.deck-boot .cover-sub').isVisible()).toBe(true)
        expect(await bootTitle.evaluate(el => getComputedStyle(el).color)).toBe(text)
        expect(await bootTitle.evaluate(el => getComputedStyle(el).fontFamily)).toMatch(/^"?Noto Sans SC Cover"?,/)
        // The fonts it waited for are exactly the ones index.html preloads.
        const preloads = await page.$$eval('link[rel="preload"][as="font"]', links => links.map(l => (l as HTMLLinkElement).href).sort())
        const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.woff2')).sort())
        expect(preloads.length).toBeGreaterThan(0)
        expect(fetched).toEqual(preloads)
        const boot = (await bootTitle.boundingBox())!
        expect(await page.locator('#app .slidev-layout').count()).toBe(0)

        release()
        const appTitle = page.locator('.slidev-page-1 h1')
        await appTitle.waitFor()
        await page.locator('.deck-boot').waitFor({ state: 'detached' })
        await page.evaluate(() => document.fonts.ready)
        await settled(page)
        const app = (await appTitle.boundingBox())!
        for (const key of ['x', 'y', 'width', 'height'] as (keyof Box)[])
          expect(Math.abs(app[key] - boot[key]), `${key} at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(1.5)
        expect(errors).toEqual([])
        await context.close()
      }
    })
  }
})

describe('when the deck\'s JavaScript cannot load', () => {
  it('the card stays and says so, asking for a refresh', async () => {
    const { context } = await deckContext(browser, deckUrl)
    const page = await context.newPage()
    const entry = /data-deck-entry="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))![1]!
    await page.route(url => url.pathname === entry, route => route.abort())
    let loads = 0
    page.on('load', () => loads++)
    await page.goto(deckUrl)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    // No reload of its own: a loop would be worse than the message.
    expect(loads).toBe(1)
    expect(await alert.textContent()).toContain('刷新')
    expect(await page.locator('.deck-boot').getAttribute('aria-busy')).toBe('false')
    expect(await page.locator('.deck-boot h1').isVisible()).toBe(true)
    await context.close()
  })
})

describe('the built JavaScript', () => {
  const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8')
  const scripts = readdirSync(join(dist, 'assets'), { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.js'))
    .map(f => readFileSync(join(dist, 'assets', f), 'utf8'))

  it('starts through deck-start.js, which names the entry and its imports under the base path', () => {
    const start = /<script type="module" crossorigin blocking="render" src="([^"]+)" data-deck-entry="([^"]+)" data-deck-modules="([^"]*)"><\/script>/.exec(indexHtml)
    expect(start, 'the start script in index.html').not.toBeNull()
    expect(start![1]).toBe(`${base}${START_SCRIPT}`)
    for (const url of [start![2]!, ...start![3]!.split(' ')])
      expect(url).toMatch(new RegExp(`^${base}assets/.+\\.js$`))
    // None of them is preloaded by index.html: the card's stylesheet and fonts come first, and
    // deck-start.js preloads the JavaScript once the card is painted.
    expect(indexHtml).not.toContain('modulepreload')
    // For hosts without headers, the CSP as a meta tag; then the script that sends a phone held
    // upright to the reading document.
    expect(indexHtml).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\';')
    expect(indexHtml.indexOf(`<script src="${base}read-redirect.js" data-slides-screen=`)).toBeGreaterThan(0)
    expect(indexHtml.indexOf(`<script src="${base}read-redirect.js" data-slides-screen=`)).toBeLessThan(indexHtml.indexOf('<link'))
    expect(indexHtml.indexOf(`<script src="${base}read-redirect.js" data-slides-screen=`)).toBeGreaterThan(indexHtml.indexOf('<meta name="viewport"'))
  })

  it('carries no zod and no Vue template compiler', () => {
    expect(scripts.length).toBeGreaterThan(10)
    expect(scripts.filter(s => s.includes('ZodError'))).toHaveLength(0)
    expect(scripts.filter(s => s.includes('Element is missing end tag'))).toHaveLength(0)
  })
})

/**
 * A redeploy while the deck is open. Version 1 is the shared build (global-setup.ts); version 2
 * is a copy of it as a new deploy looks: one slide's title changed, and every JS and CSS chunk
 * under a new hashed name (the old names are gone), index.html, sw.js and the precache
 * revisions to match. One server serves a folder that is swapped from version 1 to version 2
 * while the page is open. Moving between slides must always show a slide (old or new) with no
 * uncaught error, and the new version must be on screen after at most one reload, or after
 * taking the "有新版本 — 刷新" offer, at the same slide — with and without the service worker.
 */
import type { Browser, Page } from 'puppeteer-core'
import type { RunningServer } from '../../lib/site/static-server.ts'
import { cpSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import puppeteer from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { UPDATE_TEXT } from '../../lib/client/updates.ts'
import { loadDeck, renderedSlide } from '../../lib/data/deck.ts'
import { SLIDE_VIEWPORT } from '../../lib/export/capture.ts'
import { CHROMIUM_ARGS, isForeign } from '../../lib/export/chromium.ts'
import { serveStatic } from '../../lib/site/static-server.ts'
import { BASE } from './global-setup.ts'
import { reportCspViolations } from './page-checks.ts'
import { changedSlide, redeployed } from './redeploy-copy.ts'
import { builtSite } from './site.ts'

// The global set-up builds the site while the first files run (test/e2e/site.ts).
await builtSite()

const slides = await loadDeck()
const NEW = '（新版）'

const changed = changedSlide(slides)

let tmp: string
let live: string
let server: RunningServer
let browser: Browser | undefined

/** Points the served folder (`live`, a symlink) at `dir`, atomically. */
function serve(dir: string) {
  const next = `${live}.next`
  rmSync(next, { force: true })
  symlinkSync(dir, next)
  renameSync(next, live)
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'deck-redeploy-'))
  cpSync(inject('distDir'), join(tmp, 'v1'), { recursive: true })
  redeployed(join(tmp, 'v1'), join(tmp, 'v2'), changed.title, NEW)
  live = join(tmp, 'live')
  serve(join(tmp, 'v1'))
  server = await serveStatic({ root: live, base: BASE, security: true })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (tmp)
    rmSync(tmp, { recursive: true, force: true })
})

interface DeckPage {
  page: Page
  /** Console errors, page errors and failed requests to the deck's origin. */
  errors: string[]
  pageErrors: string[]
  /** Requests of the page to any other host (CHROMIUM_ARGS make them fail at a proxy that is not there). */
  foreign: string[]
}

/**
 * A page in a fresh browser context, as test/e2e/browser.ts makes them for Playwright: the deck's
 * viewport, CSP violations reported as console errors, and service workers blocked (as Playwright's
 * `serviceWorkers: 'block'` does it) unless `serviceWorkers` is true.
 */
async function deckPage(serviceWorkers: boolean): Promise<DeckPage> {
  // A Chromium for each test, driven by puppeteer-core and kept off the service workers
  // (targetFilter), as no visitor's browser has DevTools on them: Chromium treats a worker with
  // DevTools attached as never idle, and the hand-over the refresh offer asks for (skipWaiting)
  // waits for the old worker to be idle. Attached (Playwright always is, Puppeteer by default),
  // the new version came only when Chromium gave up on the old worker, 31–33 s after the click;
  // so it did, too, in a second context of a browser the first test had used.
  await browser?.close()
  browser = await puppeteer.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS, headless: true, targetFilter: target => target.type() !== 'service_worker' })
  const context = await browser.createBrowserContext()
  const page = await context.newPage()
  await page.setViewport(SLIDE_VIEWPORT)
  await page.evaluateOnNewDocument(reportCspViolations)
  if (!serviceWorkers) {
    await page.evaluateOnNewDocument(() => {
      ServiceWorkerContainer.prototype.register = () => new Promise(() => {})
    })
  }
  const origin = new URL(server.url).origin
  const deck: DeckPage = { page, errors: [], pageErrors: [], foreign: [] }
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      deck.errors.push(msg.text())
  })
  page.on('pageerror', (error) => {
    deck.errors.push(String(error))
    deck.pageErrors.push(String(error))
  })
  page.on('request', (request) => {
    if (isForeign(request.url(), origin))
      deck.foreign.push(request.url())
  })
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: the page navigated away while the request was in flight (the favicon on a reload).
    if (request.url().startsWith(origin) && request.failure()?.errorText !== 'net::ERR_ABORTED')
      deck.errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
  })
  return deck
}

const slideNo = (url: string) => Number(new URL(url).pathname.slice(BASE.length)) || 1

/** The title of slide `no` once it has rendered. */
async function titleOf(page: Page, no: number): Promise<string> {
  await page.waitForSelector(renderedSlide(no))
  return page.$eval(`.slidev-page-${no} h1`, h => h.textContent?.trim() ?? '')
}

/** Waits until slide `no`'s title reads `title` (across any reloads on the way). */
async function titleBecomes(page: Page, no: number, title: string, timeout: number): Promise<void> {
  await page.waitForFunction((selector, text) => document.querySelector(selector)?.textContent?.trim() === text, { timeout }, `.slidev-page-${no} h1`, title)
}

/** Moves with the arrow keys, as a viewer does, until slide `no` is on screen. */
async function walkTo(page: Page, no: number, key: 'ArrowDown' | 'ArrowUp' = 'ArrowDown') {
  const before = (n: number) => key === 'ArrowDown' ? n < no : n > no
  for (let i = 0; i < 4 * slides.length && before(slideNo(page.url())); i++) {
    // The page may be reloading itself, and the URL may still change under a navigation: wait,
    // in the page and in one step, until the slide the address names has rendered and shows.
    await page.waitForFunction((base) => {
      const n = Number(location.pathname.slice(base.length)) || 1
      const layout = document.querySelector<HTMLElement>(`.slidev-page-${n} .slidev-layout`)
      return layout !== null && layout.checkVisibility()
    }, {}, BASE)
    const from = slideNo(page.url())
    await page.keyboard.press(key)
    await page.waitForFunction((base, was) => (Number(location.pathname.slice(base.length)) || 1) !== was, { timeout: 5000 }, BASE, from).catch(() => {})
  }
  expect(slideNo(page.url())).toBe(no)
}

/**
 * Console errors other than the browser's own reports of a chunk the new deploy removed: the 404
 * itself, and a removed stylesheet the old page still asked for (served as the 404's text/plain)
 * in the moment between the new worker taking over and the reload. Those must name an old chunk.
 */
function uncaught(errors: string[]): string[] {
  return errors.filter((e) => {
    if (/Failed to load resource: the server responded with a status of 404/.test(e))
      return false
    const style = /^Refused to apply style from '([^']+)' because its MIME type \('text\/plain'\)/.exec(e)
    return !(style && !/v2\.css$/.test(style[1]!))
  })
}

describe('a redeploy while the deck is open', () => {
  it(`without the service worker: moving on shows a slide, and the new version after at most one reload`, async () => {
    serve(join(tmp, 'v1'))
    const { page, errors, pageErrors, foreign } = await deckPage(false)
    let loads = 0
    page.on('load', () => loads++)

    await page.goto(`${server.url}1`)
    expect(await titleOf(page, 1)).toBe(slides[0]!.title)
    // The new deploy lands before the deck has preloaded the later slides.
    serve(join(tmp, 'v2'))
    await walkTo(page, changed.no)
    const title = await titleOf(page, changed.no)
    expect([changed.title, `${changed.title}${NEW}`]).toContain(title)
    expect(await page.$eval(`.slidev-page-${changed.no} .slidev-layout`, el => el.checkVisibility())).toBe(true)
    const selfReloads = loads - 1
    expect(selfReloads).toBeLessThanOrEqual(1)
    if (title === changed.title) {
      // Still the old version (its chunks were already loaded): one reload brings the new one.
      expect(selfReloads).toBe(0)
      await page.reload()
    }
    expect(await titleOf(page, changed.no)).toBe(`${changed.title}${NEW}`)
    expect(slideNo(page.url())).toBe(changed.no)
    console.log(`redeploy without service worker: slide ${changed.no} first showed the ${title === changed.title ? 'old' : 'new'} version; the page reloaded itself ${selfReloads} time(s)`)
    expect(pageErrors).toEqual([])
    expect(uncaught(errors)).toEqual([])
    expect(foreign).toEqual([])
    await page.browserContext().close()
  })

  // Taking the offer runs vite-plugin-pwa's updateSW: skipWaiting, then a reload once the new
  // worker controls the page (2.0–2.2 s after the click here; the line below says).
  it('with the service worker: the old version keeps working, the deck offers 有新版本 — 刷新, and taking it shows the new version at the same slide', async () => {
    serve(join(tmp, 'v1'))
    const { page, errors, pageErrors, foreign } = await deckPage(true)
    // What the page did, printed if the new version does not show: navigations, loads, console
    // messages and failed responses, with the seconds since the start.
    const t0 = Date.now()
    const trail: string[] = []
    const mark = (s: string) => trail.push(`${((Date.now() - t0) / 1000).toFixed(2)} ${s.slice(0, 160)}`)
    page.on('console', m => mark(`console ${m.type()} ${m.text()}`))
    page.on('framenavigated', f => f === page.mainFrame() && mark(`nav ${f.url()}`))
    let loads = 0
    page.on('load', () => {
      loads++
      mark('load')
    })
    page.on('request', r => r.isNavigationRequest() && mark(`navreq ${r.url()}`))
    page.on('response', r => r.status() >= 400 && mark(`${r.status()} ${r.url()} ${r.fromServiceWorker() ? 'sw' : ''}`))

    // First visit installs the worker; the next load is served by it (version 1, precached).
    await page.goto(`${server.url}1`)
    await titleOf(page, 1)
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)
    await page.reload()
    await titleOf(page, 1)
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)

    serve(join(tmp, 'v2'))
    await walkTo(page, changed.no)
    // Served from the precache: the old version, whole.
    expect(await titleOf(page, changed.no)).toBe(changed.title)

    // The browser looks for a new worker (on a navigation, or when the deck comes back into view).
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    const offer = `::-p-aria([name="${UPDATE_TEXT.label}"][role="button"])`
    await page.waitForSelector(offer, { visible: true, timeout: 60_000 })

    // While the new worker waits, the old one still serves the old version: moving on shows a slide.
    const next = Math.min(changed.no + 1, slides.length)
    if (next !== changed.no) {
      await walkTo(page, next)
      expect(await titleOf(page, next)).toBe(slides[next - 1]!.title)
      await walkTo(page, changed.no, 'ArrowUp')
    }
    // Either the page already shows the new version (it reloaded itself), or the offer stands
    // (shown again after any reload while the new worker waits): take it. An offer that is
    // briefly gone during a reload must not be read as "nothing to do".
    const fresh = `${changed.title}${NEW}`
    const reloadedItself = (await titleOf(page, changed.no)) === fresh
    let clicked = Date.now()
    let loadsBefore = loads
    if (!reloadedItself) {
      await (await page.waitForSelector(offer, { visible: true, timeout: 30_000 }))!.click()
      clicked = Date.now()
      loadsBefore = loads
      mark('clicked')
    }
    // The same slide, now the new version: wait for that, not for a load event, which a reload
    // that comes quicker than the waiter (or a slow one on a loaded machine) makes a race.
    try {
      await titleBecomes(page, changed.no, fresh, 20_000)
    }
    catch (e) {
      console.error(`redeploy with service worker, what the page did:\n${trail.join('\n')}`)
      await page.browserContext().close()
      throw e
    }
    expect(slideNo(page.url())).toBe(changed.no)
    expect(await titleOf(page, changed.no)).toBe(fresh)
    if (!reloadedItself)
      expect(loads - loadsBefore, 'reloads after taking the offer').toBe(1)
    console.log(`redeploy with service worker: slide ${changed.no} showed the old version from the precache; the update was offered; ${reloadedItself ? 'the page reloaded itself when a chunk was gone' : `taking the offer showed the new version ${((Date.now() - clicked) / 1000).toFixed(1)} s after the click, after ${loads - loadsBefore} reload(s)`}`)
    expect(pageErrors).toEqual([])
    expect(uncaught(errors)).toEqual([])
    expect(foreign).toEqual([])
    await page.browserContext().close()
  })
})

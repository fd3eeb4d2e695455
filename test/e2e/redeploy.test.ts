/**
 * A redeploy while the deck is open. Version 1 is the shared build (global-setup.ts); version 2
 * is a copy of it as a new deploy looks: one slide's title changed, and every JS and CSS chunk
 * under a new hashed name (the old names are gone), index.html, sw.js and the precache
 * revisions to match. One server serves a folder that is swapped from version 1 to version 2
 * while the page is open. Moving between slides must always show a slide (old or new) with no
 * uncaught error, and the new version must be on screen after at most one reload, or after
 * taking the "有新版本 — 刷新" offer, at the same slide — with and without the service worker.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { RunningServer } from '../../lib/site/static-server'
import { cpSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck, renderedSlide } from '../../lib/data/deck'
import { REDEPLOY_TEXT } from '../../lib/site/client/redeploy'
import { serveStatic } from '../../lib/site/static-server'
import { deckContext, sharedBrowser, watchErrors } from './browser'
import { BASE } from './global-setup'
import { changedSlide, redeployed } from './redeploy-copy'
import { builtSite } from './site'

// The global set-up builds the site while the first files run (test/e2e/site.ts).
await builtSite()

const slides = await loadDeck()
const NEW = '（新版）'

const changed = changedSlide(slides)

let tmp: string
let live: string
let server: RunningServer
let browser: Browser

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
  browser = await sharedBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (tmp)
    rmSync(tmp, { recursive: true, force: true })
})

const slideNo = (url: string) => Number(new URL(url).pathname.slice(BASE.length)) || 1

/** The title of slide `no` once it has rendered. */
async function titleOf(page: Page, no: number): Promise<string> {
  await page.waitForSelector(renderedSlide(no))
  return (await page.locator(`.slidev-page-${no} h1`).first().textContent())?.trim() ?? ''
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
    }, BASE)
    const from = slideNo(page.url())
    await page.keyboard.press(key)
    await page.waitForURL(url => slideNo(url.href) !== from, { timeout: 5000 }).catch(() => {})
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
    const { context, foreign } = await deckContext(browser, server.url)
    const page = await context.newPage()
    const errors = watchErrors(page, server.url)
    const pageErrors: string[] = []
    page.on('pageerror', e => pageErrors.push(String(e)))
    let loads = 0
    page.on('load', () => loads++)

    await page.goto(`${server.url}1`)
    expect(await titleOf(page, 1)).toBe(slides[0]!.title)
    // The new deploy lands before the deck has preloaded the later slides.
    serve(join(tmp, 'v2'))
    await walkTo(page, changed.no)
    const title = await titleOf(page, changed.no)
    expect([changed.title, `${changed.title}${NEW}`]).toContain(title)
    expect(await page.locator(`.slidev-page-${changed.no} .slidev-layout`).isVisible()).toBe(true)
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
    await context.close()
  })

  // Retried, for a stall in the browser rather than the deck: in about 1 full run in 3, after the
  // offer is taken the page answers no DevTools evaluation and the reload's request does not go
  // out for 30 s or more (the trail below shows nothing after "clicked"), with no page request
  // open. It was seen with the shared and with a launched Chromium, and twice ended within 0.1 s
  // of a new DevTools session querying the page (opening one on purpose after 15 s did not end
  // it). Otherwise the new version shows 1.7–2.8 s after the click (the line below says), so a
  // stalled attempt gives up after 10 s and a fresh one (about 10 s) starts rather than waiting
  // out the stall. A retry that also fails still fails the run.
  it('with the service worker: the old version keeps working, the deck offers 有新版本 — 刷新, and taking it shows the new version at the same slide', { retry: 2 }, async () => {
    serve(join(tmp, 'v1'))
    const { context, foreign } = await deckContext(browser, server.url, { serviceWorkers: 'allow' })
    const page = await context.newPage()
    const errors = watchErrors(page, server.url)
    const pageErrors: string[] = []
    page.on('pageerror', e => pageErrors.push(String(e)))
    // What the page did, printed if the new version does not show: navigations, loads, console
    // messages and failed responses, with the seconds since the start.
    const t0 = Date.now()
    const trail: string[] = []
    const mark = (s: string) => trail.push(`${((Date.now() - t0) / 1000).toFixed(2)} ${s.slice(0, 160)}`)
    page.on('console', m => mark(`console ${m.type()} ${m.text()}`))
    page.on('framenavigated', f => f === page.mainFrame() && mark(`nav ${f.url()}`))
    page.on('load', () => mark('load'))
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
    const offer = page.getByRole('button', { name: REDEPLOY_TEXT.label })
    await offer.waitFor({ state: 'visible', timeout: 60_000 })

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
    const heading = page.locator(`.slidev-page-${changed.no} h1`).first()
    const reloadedItself = (await titleOf(page, changed.no)) === fresh
    let clicked = Date.now()
    if (!reloadedItself) {
      await offer.waitFor({ state: 'visible', timeout: 30_000 })
      await offer.click({ timeout: 10_000 })
      clicked = Date.now()
      mark('clicked')
    }
    // The same slide, now the new version: wait for that, not for a load event, which a reload
    // that comes quicker than the waiter (or a slow one on a loaded machine) makes a race.
    try {
      await expect.poll(() => heading.textContent({ timeout: 2000 }).then(t => t?.trim()).catch(() => ''), { timeout: 10_000 }).toBe(fresh)
    }
    catch (e) {
      console.error(`redeploy with service worker, what the page did:\n${trail.join('\n')}`)
      throw e
    }
    expect(slideNo(page.url())).toBe(changed.no)
    expect(await titleOf(page, changed.no)).toBe(fresh)
    console.log(`redeploy with service worker: slide ${changed.no} showed the old version from the precache; the update was offered; ${reloadedItself ? 'the page reloaded itself when a chunk was gone' : `taking the offer reloaded it once and showed the new version (${((Date.now() - clicked) / 1000).toFixed(1)} s after the click)`}`)
    expect(pageErrors).toEqual([])
    expect(uncaught(errors)).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })
})

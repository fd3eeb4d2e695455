/**
 * `npm run bench site`: the hosted deck's weight and speed.
 *
 * Builds the public deck as `npm run build:site` does (without the PDF) into .cache/bench-site,
 * serves it with lib/site/static-server.ts (HTTP/1.1, gzip, security headers), and measures in
 * Chromium with a cold cache and service workers blocked:
 *   - the first slide: bytes on the wire (headers + gzip bodies) for fonts, JS, CSS and the rest;
 *   - the whole deck: the same, after visiting every slide (arrow keys, as a viewer would);
 *   - the reading document on a 390 × 844 phone: before the first scroll, then after scrolling
 *     to its end (what loads later: fonts for the text scrolled into view);
 *   - the service worker's precache (what a first visit downloads in the background to work
 *     offline), gzip sizes;
 * then runs Lighthouse (mobile, simulated throttling) three times (medians) on the deck's address
 * (which a phone in portrait leaves for the reading document) and on `/read`.
 */
import type { CDPSession } from 'playwright-chromium'
import { readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-chromium'
import { loadDeck, renderedSlide } from '../../lib/data/deck.ts'
import { SLIDE_VIEWPORT } from '../../lib/export/capture.ts'
import { CHROMIUM_ARGS, findChromium } from '../../lib/export/chromium.ts'
import { serveStatic } from '../../lib/site/static-server.ts'
import { buildSite } from '../build-site.ts'

const OUT = resolve('.cache/bench-site')
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`

type Kind = 'fonts' | 'js' | 'css' | 'other'
function kindOf(url: string): Kind {
  const path = new URL(url).pathname
  if (/\.(?:woff2?|ttf|otf)$/.test(path))
    return 'fonts'
  if (/\.m?js$/.test(path))
    return 'js'
  if (/\.css$/.test(path))
    return 'css'
  return 'other'
}

/** Counts encoded bytes per kind from the Network domain of a CDP session. */
function meter(cdp: CDPSession) {
  const urls = new Map<string, string>()
  const bytes: Record<Kind, number> = { fonts: 0, js: 0, css: 0, other: 0 }
  let requests = 0
  cdp.on('Network.requestWillBeSent', e => urls.set(e.requestId, e.request.url))
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId)
    if (!url || url.startsWith('data:'))
      return
    bytes[kindOf(url)] += e.encodedDataLength
    requests++
  })
  return {
    snapshot: () => ({ ...bytes, total: bytes.fonts + bytes.js + bytes.css + bytes.other, requests }),
  }
}

/** A meter snapshot as bench figures, one line per kind, labelled `label`. */
function bytesFigures(label: string, bytes: ReturnType<ReturnType<typeof meter>['snapshot']>, budget: string): Record<string, string | number> {
  return {
    [`${label}: fonts`]: KB(bytes.fonts),
    [`${label}: JS`]: KB(bytes.js),
    [`${label}: CSS`]: KB(bytes.css),
    [`${label}: other (HTML, icons…)`]: KB(bytes.other),
    [`${label}: total (budget ${budget})`]: KB(bytes.total),
    [`${label}: requests`]: bytes.requests,
  }
}

async function settle(page: import('playwright-chromium').Page) {
  await page.evaluate(() => document.fonts.ready)
  await page.waitForLoadState('networkidle')
}

export default async function site(): Promise<Record<string, string | number>> {
  const figures: Record<string, string | number> = {}
  rmSync(OUT, { recursive: true, force: true })
  const started = performance.now()
  await buildSite({ out: OUT, pdf: false, stdio: 'pipe' })
  figures['build time (public, with og-image, sw and the reading document)'] = `${((performance.now() - started) / 1000).toFixed(1)} s`

  const slides = await loadDeck()
  const server = await serveStatic({ root: OUT, base: '/', security: true })
  const executablePath = findChromium()
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: SLIDE_VIEWPORT, serviceWorkers: 'block' })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false })
    const m = meter(cdp)
    await page.goto(`${server.url}1`)
    await page.waitForSelector(renderedSlide(1))
    await settle(page)
    Object.assign(figures, bytesFigures('first slide', m.snapshot(), '450 KB'))

    for (let no = 2; no <= slides.length; no++) {
      await page.keyboard.press('ArrowDown')
      await page.waitForSelector(renderedSlide(no))
      await settle(page)
    }
    Object.assign(figures, bytesFigures('whole deck', m.snapshot(), '1.5 MB'))
    await context.close()

    // The reading document on a phone: what it loads before the first scroll, then by its end.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, serviceWorkers: 'block' })
    const reading = await phone.newPage()
    const readingCdp = await phone.newCDPSession(reading)
    await readingCdp.send('Network.enable')
    const r = meter(readingCdp)
    await reading.goto(`${server.url}read`)
    await settle(reading)
    Object.assign(figures, bytesFigures('reading document before the first scroll', r.snapshot(), '300 KB'))
    const height = await reading.evaluate(() => document.documentElement.scrollHeight)
    for (let y = 0; y < height; y += 800) {
      await reading.evaluate(top => window.scrollTo(0, top), y)
      await reading.evaluate(() => new Promise(resolve => requestAnimationFrame(resolve)))
    }
    await settle(reading)
    Object.assign(figures, bytesFigures('reading document scrolled to its end', r.snapshot(), '—'))
    await phone.close()

    // What the service worker downloads in the background on a first visit (gzip where the server gzips).
    const sw = readFileSync(join(OUT, 'sw.js'), 'utf8')
    const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map(m => m[1]!)
    const size = (file: string) => {
      const data = readFileSync(join(OUT, file))
      return /\.(?:woff2|png)$/.test(file) ? data.length : gzipSync(data).length
    }
    figures['offline precache (background, gzip)'] = `${KB(precached.reduce((s, f) => s + size(f), 0))} in ${precached.length} files`
  }
  finally {
    await browser.close()
  }

  // Two pages: the deck's address (on Lighthouse's phone, 412 × 823 in portrait, deck-start.js
  // sends it to the reading document at the first slide, as a phone visitor's is) and `/read`.
  for (const [pageLabel, path] of [['deck address', ''], ['reading document /read', 'read']] as const) {
    figures[`lighthouse, HTTP/1.1 gzip from loopback: ${pageLabel}`] = ''
    try {
      for (const [key, value] of Object.entries(await lighthouseScores(`${server.url}${path}`, executablePath)))
        figures[`  ${key.trim()} [${pageLabel}]`] = value
    }
    catch (error) {
      figures[`  failed [${pageLabel}]`] = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    }
  }
  await server.close()
  return figures
}

/** Lighthouse runs to take the median of: one run's performance score moves by ±0.05 on a 2-core machine. */
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
const CATEGORIES = [['performance', 'perf ≥ 0.95'], ['accessibility', 'a11y = 1'], ['best-practices', 'best practices ≥ 0.95'], ['seo', 'SEO ≥ 0.90']] as const
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const

interface LighthouseRun { scores: Record<string, number>, metrics: Record<string, number>, failing: string[] }

async function lighthouseRun(url: string, chromePath: string): Promise<LighthouseRun> {
  const { launch } = await import('chrome-launcher')
  const { default: lighthouse } = await import('lighthouse')
  const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
  const chrome = await launch({ chromePath, chromeFlags })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES.map(([id]) => id) })
    if (!result)
      throw new Error('no result')
    const { categories, audits, runtimeError } = result.lhr
    if (runtimeError)
      throw new Error(runtimeError.message)
    const scores = Object.fromEntries(CATEGORIES.map(([id]) => [id, categories[id]?.score ?? Number.NaN]))
    if (Object.values(scores).some(Number.isNaN))
      throw new Error('a category has no score')
    const metrics = Object.fromEntries(METRICS.map(id => [id, audits[id]?.numericValue ?? Number.NaN]))
    const failing = Object.values(categories).flatMap(c => c.auditRefs
      .filter(r => r.weight > 0 && (audits[r.id]?.score ?? 1) < 0.9)
      .map(r => `${c.id}/${r.id}`))
    return { scores, metrics, failing }
  }
  finally {
    chrome.kill()
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Lighthouse (mobile, simulated throttling) LIGHTHOUSE_RUNS times: medians, and the range of the performance score. */
async function lighthouseScores(url: string, chromePath: string): Promise<Record<string, string | number>> {
  const runs: LighthouseRun[] = []
  const errors: string[] = []
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    try {
      runs.push(await lighthouseRun(url, chromePath))
    }
    catch (error) {
      errors.push(error instanceof Error ? error.message.split('\n')[0]! : String(error))
    }
  }
  if (runs.length === 0)
    throw new Error(errors[0] ?? 'no Lighthouse run')
  const out: Record<string, string | number> = {}
  out['lighthouse runs (median of)'] = `${runs.length}${errors.length ? ` (${errors.length} failed: ${errors[0]})` : ''}`
  for (const [id, label] of CATEGORIES)
    out[`lighthouse mobile: ${label}`] = median(runs.map(r => r.scores[id]!))
  const perf = runs.map(r => r.scores.performance!)
  out['  performance, lowest – highest'] = `${Math.min(...perf)} – ${Math.max(...perf)}`
  for (const id of METRICS) {
    const value = median(runs.map(r => r.metrics[id]!))
    out[`  ${id}`] = id === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`
  }
  const failing = new Set(runs.flatMap(r => r.failing))
  out['  audits below 0.9 (any run)'] = [...failing].join(', ') || 'none'
  return out
}

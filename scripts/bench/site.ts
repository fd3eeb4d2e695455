/**
 * `npm run bench site`: the hosted deck's weight and speed.
 *
 * Builds the public deck (as `npm run build:site` does, without the PDF) into .cache/bench-site,
 * serves it with lib/site/static-server.ts (gzip, security headers), and measures in Chromium with a
 * cold cache and service workers blocked:
 *   - the first slide: bytes on the wire (headers + gzip bodies) for fonts, JS, CSS and the rest;
 *   - the whole deck: the same, after visiting every slide (arrow keys, as a viewer would);
 *   - the service worker's precache (what a first visit downloads in the background to work
 *     offline), gzip sizes;
 * then runs Lighthouse (mobile, simulated throttling) five times (medians) on the deck's address
 * (which a phone in portrait opens in the reading view) and on the reading view `/read`, over
 * HTTP/2 with TLS (as the hosts serve it; self-signed certificate) and over HTTP/1.1.
 */
import type { CDPSession } from 'playwright-chromium'
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-chromium'
import selfsigned from 'selfsigned'
import { loadDeck, renderedSlide } from '../../lib/data/deck'
import { CHROMIUM_ARGS, findChromium } from '../../lib/export/chromium'
import { publicNotes } from '../../lib/site/plugins'
import { serveStatic } from '../../lib/site/static-server'
import { slidevBuildArgs } from '../build-site'

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
  const notes = publicNotes(undefined, (await loadDeck())[0]?.frontmatter ?? {})
  const build = spawnSync(process.execPath, slidevBuildArgs({ out: OUT, notes }), {
    env: { ...process.env, DECK_PUBLIC: '1' },
    encoding: 'utf8',
  })
  if (build.status !== 0)
    throw new Error(`slidev build failed:\n${build.stderr || build.stdout}`)
  figures['build time (public, with og-image + sw)'] = `${((performance.now() - started) / 1000).toFixed(1)} s`

  const slides = await loadDeck()
  const server = await serveStatic({ root: OUT, base: '/', security: true })
  const executablePath = findChromium()
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 980, height: 552 }, serviceWorkers: 'block' })
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

  // Lighthouse twice: over HTTP/2 with TLS, as GitHub Pages, Netlify and Vercel serve the site,
  // and over this local HTTP/1.1 server, where six connections queue the first slide's ~50
  // requests behind 150 ms round trips that the hosts do not have.
  const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], { notAfterDate: new Date(Date.now() + 864e5) })
  const h2 = await serveStatic({ root: OUT, base: '/', security: true, tls: { key: pems.private, cert: pems.cert } })
  // Two pages: the deck's address (on Lighthouse's phone, 412 × 823 in portrait, it opens the
  // reading view at the first slide, as a phone visitor's does) and `/read` itself.
  for (const [label, url, insecure] of [['HTTP/2 + TLS, as the hosts serve it', h2.url, true], ['HTTP/1.1, local server', server.url, false]] as const) {
    for (const [pageLabel, path] of [['deck address', ''], ['reading view /read', 'read']] as const) {
      const tag = `${insecure ? 'h2' : 'http/1.1'}, ${pageLabel}`
      figures[`lighthouse over ${label}: ${pageLabel}`] = ''
      try {
        for (const [key, value] of Object.entries(await lighthouseScores(`${url}${path}`, executablePath, insecure)))
          figures[`  ${key.trim()} [${tag}]`] = value
      }
      catch (error) {
        figures[`  failed [${tag}]`] = error instanceof Error ? error.message.split('\n')[0]! : String(error)
      }
    }
  }
  await h2.close()
  await server.close()
  return figures
}

/** Lighthouse runs to take the median of: one run's performance score moves by ±0.05 on a 2-core machine. */
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5)
const CATEGORIES = [['performance', 'perf ≥ 0.90'], ['accessibility', 'a11y ≥ 0.95'], ['best-practices', 'best practices ≥ 0.95'], ['seo', 'SEO ≥ 0.90']] as const
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const

interface LighthouseRun { scores: Record<string, number>, metrics: Record<string, number>, failing: string[] }

async function lighthouseRun(url: string, chromePath: string, insecure: boolean): Promise<LighthouseRun> {
  const { launch } = await import('chrome-launcher')
  const { default: lighthouse } = await import('lighthouse')
  // The local HTTPS server's certificate is self-signed.
  const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', ...(insecure ? ['--ignore-certificate-errors'] : [])]
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
async function lighthouseScores(url: string, chromePath: string, insecure: boolean): Promise<Record<string, string | number>> {
  const runs: LighthouseRun[] = []
  const errors: string[] = []
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    try {
      runs.push(await lighthouseRun(url, chromePath, insecure))
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

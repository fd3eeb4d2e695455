/**
 * Prints a served deck's `/print` page (every slide in Slidev's print layout) to a one-piece PDF,
 * as `slidev export` does — the same page, the same waits, the same `page.pdf` — with three
 * differences:
 * - The viewport is one slide high. Slidev's exporter makes it as high as all slides together
 *   (`height × pages`, in @slidev/cli's export chunk), and Chromium's time then grows faster than
 *   the deck: 308 slides took 240 s that way and 24 s with a one-slide viewport (86 slides: 23 s
 *   and 15 s). Upstream: slidevjs/slidev#1514 (large decks time out), closed without a change.
 * - It waits for every font face the slides use (`document.fonts`) before printing.
 * - No request may leave the deck's host, and no service worker starts (the built site has one).
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { WaitUntil } from './cli.ts'
import { recordForeignRequests } from './chromium.ts'
import { fail, SLIDE_LOAD_FAILURE } from './export-files.ts'

export interface PrintJob {
  /** The deck's root URL, ending in `/`. */
  url: string
  output: string
  /** One slide's size in CSS pixels (lib/export/deck-server.ts slideSize). */
  width: number
  height: number
  timeoutMs: number
  range?: string
  dark?: boolean
  withClicks?: boolean
  /** Milliseconds to wait once the slides have rendered. */
  wait?: number
  waitUntil?: WaitUntil
  /** Device scale factor (Slidev's export default: 2). */
  scale?: number
}

/** The `/print` URL of a deck, with Slidev's exporter's query. */
export function printUrl(root: string, options: Pick<PrintJob, 'range' | 'withClicks'> = {}): string {
  const query = new URLSearchParams({ print: options.withClicks ? 'clicks' : 'true' })
  if (options.range)
    query.set('range', options.range)
  return `${root}print?${query}`
}

/** Whether every slide of the print page has rendered and every font face it uses has loaded. */
export function printReady(): boolean {
  const containers = document.querySelectorAll('.print-slide-container')
  if (containers.length === 0 || document.querySelector('.slidev-slide-loading'))
    return false
  // A slide whose module is still loading shows nothing for Slidev's first 300 ms (its loading
  // component's delay), not the loading component: wait for each slide's layout.
  for (const container of containers) {
    if (!container.querySelector('.slidev-layout'))
      return false
  }
  // A slide's `data-waitfor` names an element it draws late (Slidev's exporter waits on it too).
  for (const element of document.querySelectorAll<HTMLElement>('[data-waitfor]')) {
    const selector = element.dataset.waitfor
    const target = selector ? element.querySelector<HTMLElement>(selector) : null
    if (selector && !target?.checkVisibility())
      return false
  }
  // Mermaid renders in a scratch container, emptied when every diagram is done.
  if (document.querySelector('#mermaid-rendering-container div'))
    return false
  return document.fonts.status === 'loaded'
}

/** What a page of the deck reports while it loads (lists filled as it happens). */
export interface PageReport {
  /** Uncaught errors. */
  errors: string[]
  /** Slidev's "slide failed to load" messages: those slides are drawn as its error layout. */
  failedSlides: string[]
  /** Files the server refused (HTTP 403): Vite's `server.fs.allow`, the likely cause of a font fallback. */
  refused: string[]
}

export type PrintResult = Pick<PageReport, 'refused'>

export function watchPage(page: Page): PageReport {
  const report: PageReport = { errors: [], failedSlides: [], refused: [] }
  page.on('pageerror', error => report.errors.push(String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error' && SLIDE_LOAD_FAILURE.test(message.text()))
      report.failedSlides.push(message.text().split('\n')[0]!)
  })
  page.on('response', (response) => {
    if (response.status() === 403)
      report.refused.push(decodeURIComponent(new URL(response.url()).pathname.split('/').pop()!))
  })
  return report
}

/** The print page, rendered and checked: every slide drawn, every font loaded, no other host asked. */
export interface PrintPage {
  page: Page
  context: BrowserContext
  report: PageReport
  /** Requests to other hosts so far (and after, as the page goes on loading). */
  foreign: string[]
  close: () => Promise<void>
}

/**
 * Opens the deck's `/print` page in a fresh context and waits until every slide has rendered and
 * every font face it uses has loaded. A slide whose module did not load (Slidev's error layout,
 * seen on a cold dev server optimizing dependencies) loads the page once more; a second time, it
 * fails, naming the slide.
 * Both the slides PDF and the reading document (and so the handout) start here.
 */
export async function openPrintPage(browser: Browser, job: Omit<PrintJob, 'output'>): Promise<PrintPage> {
  const context = await browser.newContext({
    viewport: { width: job.width, height: job.height },
    deviceScaleFactor: job.scale ?? 2,
    colorScheme: job.dark ? 'dark' : 'light',
    serviceWorkers: 'block',
  })
  const close = () => context.close()
  try {
    const foreign = recordForeignRequests(context, new URL(job.url).origin)
    const page = await context.newPage()
    const report = watchPage(page)
    const waitUntil = job.waitUntil ?? 'networkidle'
    for (let attempt = 1; ; attempt++) {
      report.failedSlides.length = 0
      await page.goto(printUrl(job.url, job), { waitUntil: waitUntil === 'none' ? 'commit' : waitUntil, timeout: job.timeoutMs })
      await page.emulateMedia({ media: 'screen', colorScheme: job.dark ? 'dark' : 'light' })
      try {
        await page.waitForFunction(printReady, undefined, { timeout: job.timeoutMs, polling: 100 })
      }
      catch {
        const loading = await page.evaluate(() => [...document.querySelectorAll('.slidev-slide-loading')]
          .map(el => el.closest<HTMLElement>('.print-slide-container')?.id.split('-')[0])
          .filter(Boolean))
        const detail = loading.length ? `slide(s) ${[...new Set(loading)].join(', ')} did not finish rendering` : 'the print page did not finish rendering (fonts, diagrams or data-waitfor)'
        fail(`${detail} within ${job.timeoutMs / 1000} s${report.errors.length ? ` (page error: ${report.errors[0]})` : ''}`)
      }
      if (report.failedSlides.length === 0)
        break
      if (attempt >= 2)
        fail(`a slide did not load, twice: ${report.failedSlides[0]}`)
      console.error(`export: a slide did not load (${report.failedSlides[0]}); loading the print page once more`)
    }
    // Embedded frames (none in this deck) finish loading, as Slidev's exporter waits for them too.
    await Promise.all(page.frames().map(frame => frame.waitForLoadState('load', { timeout: job.timeoutMs })))
    await page.evaluate(() => {
      for (const element of document.querySelectorAll<HTMLElement>('#mermaid-rendering-container, .monaco-aria-container'))
        element.style.display = 'none'
    })
    if (job.wait)
      await page.waitForTimeout(job.wait)
    if (foreign.length > 0)
      fail(`the deck requested another host: ${foreign[0]}`)
    return { page, context, report, foreign, close }
  }
  catch (error) {
    await close()
    throw error
  }
}

/** The rendered print page as a PDF at `output`, one slide a page. */
export async function printPdf(page: Page, job: Pick<PrintJob, 'output' | 'width' | 'height'>): Promise<void> {
  await page.pdf({
    path: job.output,
    width: job.width,
    height: job.height,
    margin: { left: 0, top: 0, right: 0, bottom: 0 },
    printBackground: true,
    preferCSSPageSize: true,
  })
}

export async function printDeck(browser: Browser, job: PrintJob): Promise<PrintResult> {
  const { page, report, close } = await openPrintPage(browser, job)
  try {
    await printPdf(page, job)
    return { refused: [...new Set(report.refused)] }
  }
  finally {
    await close()
  }
}

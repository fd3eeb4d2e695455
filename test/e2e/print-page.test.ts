import type { AddressInfo } from 'node:net'
/**
 * The print page every PDF and the reading document start from (lib/export/print-deck.ts
 * openPrintPage), against stand-ins for Slidev's `/print` served here: it waits for every slide's
 * layout, loads the page once more when a slide did not load, and fails naming the slide when it
 * did not load twice. Needs no site build.
 */
import type { Browser } from 'playwright-chromium'
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPrintPage } from '../../lib/export/print-deck.ts'
import { sharedBrowser } from './browser.ts'

let browser: Browser
let url: string
let loads = 0
/** What the next `/print` loads do: fail a slide (Slidev's console message) on the first `failing` loads; draw the layout after `layoutAfterMs`. */
let page = { failing: 0, layoutAfterMs: 0 }

const server = createServer((req, res) => {
  if (!req.url?.startsWith('/print')) {
    res.writeHead(404).end()
    return
  }
  loads++
  const fails = loads <= page.failing
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html><body>
<div class="print-slide-container" id="1-0"><div class="slidev-page"></div></div>
<script>
${fails ? `console.error('slide failed to load', 'Error: Failed to fetch dynamically imported module: /2.md')` : ''}
setTimeout(() => { document.querySelector('.slidev-page').innerHTML = '<div class="slidev-layout">Slide 1</div>' }, ${page.layoutAfterMs})
</script></body></html>`)
})

beforeAll(async () => {
  browser = await sharedBrowser()
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})

afterAll(async () => {
  await browser?.close()
  await new Promise(done => server.close(done))
})

const open = () => openPrintPage(browser, { url, width: 980, height: 551, timeoutMs: 20_000, scale: 1 })

describe('the print page', () => {
  it('waits for every slide\'s layout, past the network going quiet', async () => {
    loads = 0
    page = { failing: 0, layoutAfterMs: 1500 }
    const print = await open()
    expect(await print.page.locator('.slidev-layout').count()).toBe(1)
    await print.close()
  })

  it('loads the page once more when a slide did not load, and goes on when it then does', async () => {
    loads = 0
    page = { failing: 1, layoutAfterMs: 0 }
    const print = await open()
    expect(loads).toBe(2)
    await print.close()
  })

  it('fails naming the slide when it did not load twice', async () => {
    loads = 0
    page = { failing: 2, layoutAfterMs: 0 }
    await expect(open()).rejects.toThrow(/a slide did not load, twice: slide failed to load/)
    expect(loads).toBe(2)
  })
})

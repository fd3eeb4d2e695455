/**
 * The deck as a static host serves it: the security headers of netlify.toml / vercel.json on every
 * response, every URL under the base path, the SPA fallback files for GitHub Pages and Netlify, a
 * deep link and a refresh that land on their slide, the PDF behind the download button, and
 * link-preview metadata with a local image of the cover.
 */
import type { Browser, BrowserContext } from 'playwright-chromium'
import { Buffer } from 'node:buffer'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck, renderedSlide } from '../../lib/data/deck.ts'
import { SECURITY_HEADERS } from '../../lib/site/security-headers.ts'
import { OG_IMAGE, PDF_FILE, THEME_COLOR } from '../../lib/site/site-meta.ts'
import { OG_SIZE } from '../../lib/vite/og-image.ts'
import { deckContext, openSlide, sharedBrowser, watchErrors } from './browser.ts'
import { builtSite } from './site.ts'

// The global set-up builds the site while the first files run (test/e2e/site.ts).
await builtSite()

const deckUrl = inject('deckUrl')
const dist = inject('distDir')
const base = new URL(deckUrl).pathname
const slides = await loadDeck()
const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8')

let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  browser = await sharedBrowser()
  ;({ context } = await deckContext(browser, deckUrl))
})

afterAll(async () => {
  await browser?.close()
})

function attr(html: string, selector: RegExp): string | undefined {
  return selector.exec(html)?.[1]
}

describe('the hosted deck', () => {
  it('sends the security headers of lib/site/security-headers.ts with every response', async () => {
    const asset = attr(indexHtml, /<script[^>]+src="([^"]+)"/)!
    for (const path of ['', '12', 'presenter/3', asset.slice(base.length), 'sw.js', 'no-such-file.png']) {
      const response = await fetch(new URL(path, deckUrl))
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name), `${name} on /${path}`).toBe(value)
    }
    const csp = SECURITY_HEADERS['Content-Security-Policy']!
    expect(csp).toMatch(/(?:^|; )default-src 'self'(?:;|$)/)
    expect(csp).toMatch(/(?:^|; )script-src 'self'(?:;|$)/)
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('puts every asset and link under the base path', async () => {
    const urls = [...indexHtml.matchAll(/\s(?:src|href)="([^"]+)"/g)].map(m => m[1]!)
    expect(urls.length).toBeGreaterThan(3)
    for (const url of urls)
      expect(url, 'a URL in index.html').toMatch(new RegExp(`^${base}`))
    const manifest = await (await fetch(new URL('manifest.webmanifest', deckUrl))).json() as { start_url: string, scope: string }
    expect(new URL(manifest.start_url, deckUrl).pathname).toBe(base)
    expect(new URL(manifest.scope, deckUrl).pathname).toBe(base)
    // vite-plugin-pwa's registerSW (setup/main.ts) registers the worker under the base path.
    const built = readdirSync(join(dist, 'assets'), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.js')).map(f => readFileSync(join(dist, 'assets', f), 'utf8')).join('\n')
    expect(built).toMatch(new RegExp(`new \\w+\\(\`${base}sw\\.js\`,\\{scope:\`${base}\``))
  })

  it('carries the SPA fallback for GitHub Pages (404.html) and Netlify (_redirects)', () => {
    expect(readFileSync(join(dist, '404.html'), 'utf8')).toBe(indexHtml)
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toContain(`${base}*`)
  })

  it('opens a deep link fresh, and a refresh stays on the slide', async () => {
    const page = await context.newPage()
    const errors = watchErrors(page, deckUrl)
    await openSlide(page, deckUrl, 7, '')
    expect(await page.locator('.slidev-page-7 h1').first().textContent()).toBe(slides[6]!.title)
    // ↓ goes to the next slide, skipping click steps.
    await page.keyboard.press('ArrowDown')
    await page.waitForURL(`${deckUrl}8**`)
    await page.reload()
    await page.waitForSelector(renderedSlide(8))
    expect(await page.locator('.slidev-page-8 h1').first().textContent()).toBe(slides[7]!.title)
    expect(errors).toEqual([])
    await page.close()
  })

  it('offers the slides PDF for download, at a URL under the base path', async () => {
    await builtSite('pdf')
    const page = await context.newPage()
    await openSlide(page, deckUrl, 1, '')
    const pdfUrl = new URL(PDF_FILE, deckUrl).href
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载 PDF' }).click({ force: true }),
    ])
    expect(download.url()).toBe(pdfUrl)
    await download.cancel()
    const response = await fetch(pdfUrl)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await page.close()
  })

  it('has Open Graph and Twitter metadata with a local preview image of the cover', async () => {
    const meta = (key: string) => attr(indexHtml, new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))
    expect(attr(indexHtml, /<html lang="([^"]+)"/)).toBe('zh-CN')
    expect(meta('description')).toMatch(/Transformer/)
    // Plain values from index.html, not Slidev's JSON strings of the headmatter.
    expect(meta('author')).toBe(slides[0]!.frontmatter.author)
    expect(meta('keywords')).toBe(slides[0]!.frontmatter.keywords)
    expect(meta('theme-color')).toBe(THEME_COLOR)
    expect(meta('og:title')).toBe('AI大模型的未来发展趋势与挑战')
    expect(meta('og:description')).toBeTruthy()
    expect(meta('twitter:card')).toBe('summary_large_image')
    expect(meta('og:image')).toBe(`${base}${OG_IMAGE}`)
    expect(meta('twitter:image')).toBe(`${base}${OG_IMAGE}`)
    const response = await fetch(new URL(OG_IMAGE, deckUrl))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await response.arrayBuffer())
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_SIZE.width, OG_SIZE.height])
  })
})

import { chromium } from 'playwright-chromium'
import { serveStatic } from './lib/site/static-server'
const server = await serveStatic({ root: '/tmp/site', base: '/deck/', security: true })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const [, , js = 'on', scheme = 'light', hash = ''] = process.argv
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, javaScriptEnabled: js === 'on', colorScheme: scheme as 'light' })
const page = await ctx.newPage()
const errors: string[] = []
page.on('console', m => m.type() === 'error' && errors.push(m.text()))
page.on('pageerror', e => errors.push(String(e)))
await page.goto(`${server.url}read${hash}`, { waitUntil: 'networkidle' })
await page.evaluate(() => document.fonts.ready)
for (const no of [1, 5, 14, 16, 18]) {
  await page.evaluate(n => document.getElementById(String(n))!.scrollIntoView(), no)
  await page.waitForTimeout(300)
  await page.screenshot({ path: `/tmp/shots/read-${js}-${scheme}-${no}.png` })
}
const facts = await page.evaluate(() => ({ overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth, articles: document.querySelectorAll('article').length, url: location.href }))
console.log(JSON.stringify(facts), errors.slice(0, 5))
await browser.close(); await server.close()

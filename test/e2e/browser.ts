/** Shared Playwright set-up for the browser tests: the found Chromium, a closed network. */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS } from '../../lib/chromium'

export async function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

/**
 * A context that lets requests to the deck's own origin through and aborts (and records) any
 * other, so a stray CDN font or script fails the test instead of leaking a request.
 */
export async function deckContext(browser: Browser, deckUrl: string, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext, foreign: string[] }> {
  const origin = new URL(deckUrl).origin
  const foreign: string[] = []
  const context = await browser.newContext({ viewport: { width: 980, height: 552 }, deviceScaleFactor: 1, ...options })
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue()
    foreign.push(url)
    return route.abort('blockedbyclient')
  })
  return { context, foreign }
}

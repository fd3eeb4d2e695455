import type { AxeResults } from 'axe-core'
/**
 * Accessibility: axe-core finds no serious or critical violation inside any slide, with every
 * click step revealed, in light and in dark mode; the page has a language and a title; and the
 * whole deck can be walked with the keyboard alone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck } from '../../lib/data/deck'
import { deckContext, launch, openSlide, watchErrors } from './browser'

const deckUrl = inject('deckUrl')
const slides = await loadDeck()
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

let browser: Browser

beforeAll(async () => {
  browser = await launch(inject('chromiumPath'))
})

afterAll(async () => {
  await browser?.close()
})

interface Finding { id: string, impact: string, help: string, nodes: string[] }

async function axe(page: Page, selector: string): Promise<Finding[]> {
  const results = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } }).axe
    return axe.run({ include: [sel] }, { resultTypes: ['violations'] })
  }, selector)
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => ({ id: v.id, impact: v.impact!, help: v.help, nodes: v.nodes.slice(0, 5).map(n => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join('').trim()}`) }))
}

describe.each(['light', 'dark'] as const)('axe in %s mode', (scheme) => {
  let context: BrowserContext
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    ;({ context } = await deckContext(browser, deckUrl, { colorScheme: scheme }))
    // An init script, not page.addScriptTag: the deck's CSP (rightly) refuses inline scripts.
    await context.addInitScript({ path: axePath })
    page = await context.newPage()
    errors = watchErrors(page, deckUrl)
  })

  afterAll(async () => {
    await context?.close()
  })

  it('follows the colour scheme, has a language and a title', async () => {
    await openSlide(page, deckUrl, 1)
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark')
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    expect(await page.title()).toContain('AI大模型')
  })

  it.each(slides.map(s => [s.no, s.title] as const))('slide %i (%s) has no serious or critical violation', async (no) => {
    errors.length = 0
    await openSlide(page, deckUrl, no)
    // Let the fade transition finish: half-faded text would fail the contrast check.
    await page.waitForTimeout(400)
    expect(await axe(page, `.slidev-page-${no}`)).toEqual([])
    expect(errors).toEqual([])
  })
})

describe('keyboard', () => {
  it('walks the whole deck forwards and back with the arrow keys alone', async () => {
    const { context } = await deckContext(browser, deckUrl, { serviceWorkers: 'block' })
    const page = await context.newPage()
    await openSlide(page, deckUrl, 1, '')
    const current = async () => Number(new URL(page.url()).pathname.slice(new URL(deckUrl).pathname.length) || 1)
    const seen = new Set<number>([1])
    for (let i = 0; i < 600 && await current() < slides.length; i++) {
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(20)
      seen.add(await current())
    }
    expect(await current()).toBe(slides.length)
    expect([...seen].sort((a, b) => a - b)).toEqual(slides.map(s => s.no))
    for (let i = 0; i < 600 && await current() > 1; i++)
      await page.keyboard.press('ArrowUp')
    expect(await current()).toBe(1)
    await context.close()
  })
})

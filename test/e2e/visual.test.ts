/**
 * Visual regression: a fixed set of key slides (cover, a section divider, the models table, each
 * chart, the trend and challenge slides), in light and dark mode, compared with the PNGs in
 * `__baselines__/` with a small tolerance. Slides are found by what they contain, not by number,
 * so inserting a slide does not break the test.
 *
 * To accept a deliberate change, look at the new pictures, then rewrite the baselines:
 *   npm run test:update-baselines
 *   (= UPDATE_BASELINES=1 npx vitest run --project deck test/e2e/visual.test.ts)
 * A failing comparison writes the actual picture and a diff to .cache/visual/.
 */
import type { Buffer } from 'node:buffer'
import type { Browser, Page } from 'playwright-chromium'
import type { DeckSlide } from '../../lib/data/deck.ts'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck } from '../../lib/data/deck.ts'
import { openSlideForCapture } from '../../lib/export/capture.ts'
import { deckContext, moveToSlide, settled, sharedBrowser } from './browser.ts'
import { builtSite } from './site.ts'

// The global set-up builds the site while the first files run (test/e2e/site.ts).
await builtSite()

const BASELINES = resolve('test/e2e/__baselines__')
const FAILURES = resolve('.cache/visual')
const UPDATE = process.env.UPDATE_BASELINES === '1'
/** Share of pixels allowed to differ (anti-aliasing), and pixelmatch's per-pixel colour threshold. */
const MAX_DIFF_RATIO = 0.003
const THRESHOLD = 0.1

const deckUrl = inject('deckUrl')
const slides: DeckSlide[] = await loadDeck()

/** The key slides, each found by a property that survives reordering. */
const KEY_SLIDES: { name: string, find: (s: DeckSlide) => boolean }[] = [
  { name: 'cover', find: s => s.frontmatter.layout === 'cover' },
  { name: 'section-2', find: s => s.frontmatter.layout === 'section' && s.frontmatter.section === 2 },
  { name: 'models-table', find: s => s.content.includes('<ModelsTable') },
  { name: 'timeline', find: s => s.content.includes('<ModelTimeline') },
  { name: 'compute-chart', find: s => s.content.includes('<ComputeChart') },
  { name: 'params-chart', find: s => s.content.includes('<ParamsChart') },
  { name: 'trends', find: s => s.content.includes('<ItemList kind="trend"') },
  { name: 'challenges', find: s => s.content.includes('<ItemList kind="challenge"') },
]

const cases = (['light', 'dark'] as const).flatMap(scheme => KEY_SLIDES.map(({ name, find }) => {
  const slide = slides.find(find)
  return [`${scheme}-${name}`, scheme, slide] as const
}))

/** How each key slide is drawn: embedded (no controls), every click step revealed. */
const QUERY = '?embedded=true&clicks=99'
/** Everything that moves: transitions, animations, the caret. */
const FREEZE = `*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }`

let browser: Browser

beforeAll(async () => {
  browser = await sharedBrowser()
  mkdirSync(FAILURES, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
})

/** One page per colour scheme, opened at its first slide, still (FREEZE) from then on. */
const pages = new Map<'light' | 'dark', Page>()

/**
 * Slide `no`, every click revealed, as the embedded deck draws it: the first in a scheme opened
 * fresh, the next ones reached through the deck's router (a fresh load each cost most of the time).
 */
async function screenshot(scheme: 'light' | 'dark', no: number): Promise<Buffer> {
  let page = pages.get(scheme)
  if (page) {
    await moveToSlide(page, deckUrl, no, QUERY)
  }
  else {
    const { context } = await deckContext(browser, deckUrl, { colorScheme: scheme, reducedMotion: 'reduce' })
    page = await context.newPage()
    pages.set(scheme, page)
    // Opened as the screenshots and the preview image are (lib/export/capture.ts).
    await openSlideForCapture(page, deckUrl, no, { query: QUERY, css: FREEZE })
  }
  await settled(page)
  return await page.locator('#slide-content').screenshot({ animations: 'disabled', caret: 'hide' })
}

/** Re-encoded at the highest compression, to keep the committed baselines small. */
function compact(png: PNG): Buffer {
  return PNG.sync.write(png, { deflateLevel: 9 })
}

describe('key slides look as approved', () => {
  it('finds every key slide', () => {
    for (const [name, , slide] of cases)
      expect(slide, `no slide for ${name}`).toBeDefined()
  })

  it.each(cases)('%s', async (name, scheme, slide) => {
    const actual = PNG.sync.read(await screenshot(scheme, slide!.no))
    expect([actual.width, actual.height]).toEqual([980, 552])
    const file = join(BASELINES, `${name}.png`)
    if (UPDATE) {
      mkdirSync(BASELINES, { recursive: true })
      writeFileSync(file, compact(actual))
      return
    }
    expect(existsSync(file), `no baseline ${file}: run \`npm run test:update-baselines\` and commit it`).toBe(true)
    const expected = PNG.sync.read(readFileSync(file))
    expect([expected.width, expected.height], 'baseline size').toEqual([actual.width, actual.height])
    const diff = new PNG({ width: actual.width, height: actual.height })
    const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD })
    const ratio = changed / (actual.width * actual.height)
    if (ratio > MAX_DIFF_RATIO) {
      writeFileSync(join(FAILURES, `${name}.actual.png`), compact(actual))
      writeFileSync(join(FAILURES, `${name}.diff.png`), compact(diff))
    }
    expect(ratio, `${name} (slide ${slide!.no}, ${slide!.title}): ${changed} pixels differ; see .cache/visual/${name}.diff.png`).toBeLessThanOrEqual(MAX_DIFF_RATIO)
  })
})

/**
 * `npm run screenshots [-- --dist DIR] [-- --out DIR] [-- --slides 1,5,9]`
 * Takes a PNG of every slide (final click state) in light and dark mode from a built deck, for
 * looking at the slides as an audience would. Writes DIR/light-NN.png and DIR/dark-NN.png.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { loadDeck } from '../lib/data/deck.ts'
import { captureSlide, SLIDE_VIEWPORT } from '../lib/export/capture.ts'
import { CHROMIUM_ARGS, findChromium } from '../lib/export/chromium.ts'
import { serveStatic } from '../lib/site/static-server.ts'

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: '.cache/screenshots' },
    slides: { type: 'string' },
    entry: { type: 'string', default: 'slides.md' },
    schemes: { type: 'string', default: 'light,dark' },
  },
})

const total = (await loadDeck(values.entry)).length
const server = await serveStatic({ root: values.dist! })
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
try {
  mkdirSync(values.out!, { recursive: true })
  for (const scheme of values.schemes!.split(',') as ('light' | 'dark')[]) {
    const page = await browser.newPage({ viewport: SLIDE_VIEWPORT, colorScheme: scheme, deviceScaleFactor: 1 })
    const wanted = values.slides ? values.slides.split(',').map(Number) : Array.from({ length: total }, (_, i) => i + 1)
    for (const no of wanted) {
      // The final state of every click step, as the PDF shows it.
      const file = join(values.out!, `${scheme}-${String(no).padStart(2, '0')}.png`)
      await captureSlide(page, server.url, no, { path: file })
      console.log(file)
    }
    await page.close()
  }
}
finally {
  await browser.close()
  await server.close()
}
process.exit(0)

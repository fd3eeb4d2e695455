/**
 * `npm run export:handout [-- --per-page 1|2|3] [-- --output FILE] [-- --site DIR]`
 *   → exports/ai-large-models-talk-handout.pdf
 *
 * The A4 handout, two slides a page by default (lib/deck/handout-layout.ts): each slide (final click
 * state) with its speaker notes beside it; `--per-page 1` puts one slide a page with its notes
 * beneath, `--per-page 3` three a page with ruled lines to write on. The section in
 * the running header, page numbers in the footer, the references at the end. Starts Slidev's
 * server in export mode (or, with `--site DIR`, serves a site `npm run build:site` built there,
 * under the base path it recorded: no second compile of the deck), opens the deck's `/handout`
 * page (setup/routes.ts, handout/Handout.vue) in the Chromium lib/export/chromium.ts finds, and
 * prints it as a tagged PDF with an outline. Requests to any other host are blocked and fail the
 * export. Like `npm run export`, it writes a temporary
 * file, adds metadata (language zh-CN), checks that every glyph is in a bundled font, and only
 * then renames it over the target.
 */
import type { DeckServer, OpenDeck } from '../lib/export/deck-server'
import { statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { loadDeck } from '../lib/data/deck'
import { mmToPx, parsePerPage, PRINTABLE_HEIGHT_MM, PRINTABLE_WIDTH_MM } from '../lib/deck/handout-layout'
import { findChromium, recordForeignRequests } from '../lib/export/chromium'
import { parseHandoutArgs } from '../lib/export/cli'
import { openDeck, siteServer, slidevServer } from '../lib/export/deck-server'
import { exportTimeout, fail, hasMagic, runExport } from '../lib/export/export-files'
import { defaultOutput, writeAtomically } from '../lib/export/exporter'
import { finishPdf, withPdf } from '../lib/export/pdf-finish'
import { metaFromHeadmatter } from '../lib/export/pdf-meta'
import { watchPage } from '../lib/export/print-deck'
import { readBuildRecord } from '../lib/site/build-record'

/** The deck to print: Slidev's server, or the site built into `site` (with its notes). */
function deckServer(site: string | undefined): () => Promise<DeckServer> {
  if (!site)
    return () => slidevServer()
  const record = readBuildRecord(site)
  if (!record.notes)
    fail(`${site} was built without the speaker notes, which the handout prints: build it with \`npm run build:site -- --notes\`, or leave out --site`)
  return () => siteServer(record.outDir, record.base)
}

async function main(): Promise<number> {
  const args = parseHandoutArgs(process.argv.slice(2))
  const perPage = parsePerPage(args.perPage)
  const executablePath = findChromium()
  const serve = deckServer(args.site)

  const slides = await loadDeck()
  const headmatter = slides[0]?.frontmatter ?? {}
  const timeout = exportTimeout(headmatter)
  const output = args.output ?? defaultOutput(headmatter, 'handout')
  const target = resolve(output)

  const started = performance.now()
  let open: OpenDeck | undefined
  let pageCount = 0
  try {
    await writeAtomically(target, async (temp) => {
      console.log(`export:handout: ${perPage} slide(s) a page, ${executablePath} → ${output}`)
      open = await openDeck(serve, executablePath)
      const deck = open.server
      // The viewport is the page's printable width, so what fits here fits on paper unscaled.
      const context = await open.browser.newContext({ viewport: { width: Math.floor(mmToPx(PRINTABLE_WIDTH_MM)), height: 1200 }, colorScheme: 'light', deviceScaleFactor: 1, serviceWorkers: 'block' })
      const origin = new URL(deck.url).origin
      const foreign = recordForeignRequests(context, origin)
      const page = await context.newPage()
      // A slide whose module did not load is drawn as Slidev's error layout, after the dev server
      // logs "slide failed to load". Seen in a clean checkout, with Vite optimizing dependencies
      // while the page loads (two dev servers on one project): load the handout once more, on the
      // now warm server, before giving up.
      const { errors, failedSlides } = watchPage(page)
      for (let attempt = 1; ; attempt++) {
        failedSlides.length = 0
        await page.goto(`${deck.url}handout?per-page=${perPage}`, { waitUntil: 'networkidle', timeout })
        await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
        try {
          await page.waitForFunction((total) => {
            const pages = document.querySelectorAll('[data-handout-slide]')
            if (pages.length !== total)
              return false
            for (const p of pages) {
              if (!p.querySelector('.slidev-page') || p.querySelector('.slidev-slide-loading'))
                return false
            }
            return document.fonts.status === 'loaded'
          }, slides.length, { timeout, polling: 200 })
        }
        catch {
          const missing = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-handout-slide]')]
            .filter(p => !p.querySelector('.slidev-page') || p.querySelector('.slidev-slide-loading'))
            .map(p => p.dataset.handoutSlide))
          const detail = missing.length ? `slide(s) ${missing.join(', ')} did not finish rendering` : 'the handout page did not render'
          fail(`${detail} within ${timeout / 1000} s${errors.length ? ` (page error: ${errors[0]})` : ''}`)
        }
        if (failedSlides.length === 0)
          break
        if (attempt >= 2)
          fail(`a slide did not load, twice: ${failedSlides[0]}`)
        console.error(`export:handout: a slide did not load (${failedSlides[0]}); loading the handout once more`)
      }
      // The running header and the footer are drawn from `@page` margin boxes, which do not make
      // the browser load the font subsets (unicode-range) they need: load those explicitly.
      await page.evaluate(async () => {
        const text = [...document.querySelectorAll('style')].map(s => s.textContent ?? '').join('').match(/content:[^;]*/g)?.join('') ?? ''
        for (const weight of ['400', '700'])
          await document.fonts.load(`${weight} 12px "Noto Sans SC"`, `${text}第页共0123456789 /·`)
        await document.fonts.ready
      })
      await page.waitForLoadState('networkidle')
      await page.waitForFunction(() => document.fonts.status === 'loaded', undefined, { timeout })
      if (errors.length > 0)
        fail(`the handout page threw: ${errors[0]}`)
      // Anything wider than the page makes Chromium shrink every page of the print (notes < 9 pt).
      const wide = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth
        return [...document.querySelectorAll<HTMLElement>('#page-root *')]
          .filter(el => !el.parentElement?.closest('.handout-frame') && el.getBoundingClientRect().right > limit + 0.01)
          .slice(0, 3)
          .map(el => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').split(' ')[0]} (${el.textContent?.trim().slice(0, 30)})`)
      })
      if (wide.length > 0)
        fail(`the handout is wider than an A4 page, so Chromium would shrink it: ${wide.join(', ')}`)
      // A sheet of slides must fit one page, or Chromium carries its end over to a page of its own.
      const tall = await page.evaluate(limit => [...document.querySelectorAll<HTMLElement>('.handout-sheet:not(.handout-references)')]
        .filter(sheet => sheet.getBoundingClientRect().height > limit)
        .map(sheet => [...sheet.querySelectorAll<HTMLElement>('[data-handout-slide]')].map(s => s.dataset.handoutSlide).join('–')), mmToPx(PRINTABLE_HEIGHT_MM))
      if (tall.length > 0)
        fail(`the page with slide(s) ${tall.join(', ')} is taller than an A4 page: shorten the notes or print fewer slides a page (--per-page)`)
      if (foreign.length > 0)
        fail(`the handout requested another host: ${foreign[0]}`)

      // Inside a slide, the h1 repeats the page's heading and the sub-headings are small labels:
      // keep them as text, out of the outline, so the outline reads section → slide.
      await page.evaluate(() => {
        for (const frame of document.querySelectorAll('.handout-frame')) {
          for (const h of frame.querySelectorAll<HTMLElement>('h1'))
            h.setAttribute('aria-hidden', 'true')
          for (const h of frame.querySelectorAll<HTMLElement>('h2, h3, h4, h5, h6'))
            h.setAttribute('role', 'none')
        }
      })

      await page.pdf({
        path: temp,
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
        outline: true,
      })
      if (!hasMagic(temp, 'pdf'))
        fail('Chromium produced no valid PDF')

      const meta = metaFromHeadmatter(headmatter, { creator: 'Slidev handout (scripts/export-handout.ts)' })
      pageCount = await withPdf(temp, pdf => finishPdf(temp, pdf, {
        meta: { ...meta, title: `${meta.title} · 讲义` },
        pageLabel: p => `handout page ${p}`,
        log: line => console.error(`export:handout: ${line}`),
      }))
    })
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`export:handout: wrote ${relative('.', target) || output} (${pageCount} pages, ${(statSync(target).size / 1024).toFixed(0)} KB) in ${seconds} s`)
    return 0
  }
  finally {
    await open?.close().catch(() => {})
  }
}

runExport('export:handout', main)

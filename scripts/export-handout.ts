/**
 * `npm run export:handout [-- --per-page 1|2|3] [-- --output FILE] [-- --site DIR]`
 *   → exports/ai-large-models-talk-handout.pdf
 *
 * The A4 handout is the reading document (read.html, lib/export/reading-page.ts) on paper, with its
 * print styles (styles/reading.css): two slides a page by default, each with its speaker notes
 * beside and beneath it; `--per-page 1` one slide across a page with its notes beneath; `--per-page
 * 3` three a page with ruled lines to write on. A slide whose text is small (tables, charts, the
 * references) has its data beneath it as a table at the notes' size. The section in the running
 * header, page numbers and the data cut-off in the footer.
 *
 * With `--site DIR` it prints the document `npm run build:site` wrote there (built with the notes);
 * otherwise it starts Slidev's server in export mode and makes the document from its print page,
 * as the build does (lib/export/reading-document.ts). Either way in the Chromium
 * lib/export/chromium.ts finds, as a tagged PDF with an outline; a request to another host fails
 * the export. Like `npm run export`, it writes a temporary file, adds metadata (language zh-CN),
 * checks that every glyph is in a bundled font, and only then renames it over the target.
 */
import type { DeckServer, OpenDeck } from '../lib/export/deck-server.ts'
import { statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { loadDeck } from '../lib/data/deck.ts'
import { READING_FILE } from '../lib/deck/reading.ts'
import { findChromium, recordForeignRequests } from '../lib/export/chromium.ts'
import { parseHandoutArgs, parsePerPage } from '../lib/export/cli.ts'
import { openDeck, siteServer, slidevServer } from '../lib/export/deck-server.ts'
import { exportTimeout, fail, hasMagic, runExport } from '../lib/export/export-files.ts'
import { renderTimeout } from '../lib/export/export-slides.ts'
import { defaultOutput, writeAtomically } from '../lib/export/exporter.ts'
import { finishPdf, withPdf } from '../lib/export/pdf-finish.ts'
import { metaFromHeadmatter } from '../lib/export/pdf-meta.ts'
import { watchPage } from '../lib/export/print-deck.ts'
import { readingDocument } from '../lib/export/reading-document.ts'
import { readBuildRecord } from '../lib/site/build-record.ts'
import { talkAddress } from '../lib/site/talk-address.ts'

/** A4's printable width (210 mm less 18 mm margins each side, styles/reading.css) in CSS px. */
const PRINTABLE_WIDTH_PX = Math.floor(((210 - 2 * 18) * 96) / 25.4)

/** The deck to print from: Slidev's server, or the site built into `site` (with its notes and its document). */
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
  const timeout = renderTimeout(exportTimeout(headmatter), slides.length)
  const output = args.output ?? defaultOutput(headmatter, 'handout')
  const target = resolve(output)

  const started = performance.now()
  let open: OpenDeck | undefined
  let pageCount = 0
  try {
    await writeAtomically(target, async (temp) => {
      console.log(`export:handout: ${perPage} slide(s) a page, ${executablePath} → ${output}`)
      open = await openDeck(serve, executablePath)
      const root = open.server.url
      const address = `${root}${READING_FILE}`
      // Slidev's server has no reading document: make it from its print page, and answer for it.
      const html = args.site
        ? undefined
        : await readingDocument(open.browser, { url: root, slides, base: new URL(root).pathname, notes: true, siteUrl: talkAddress(process.cwd()), timeoutMs: timeout })
      // The viewport is the page's printable width, so what fits here fits on paper unscaled.
      const context = await open.browser.newContext({ viewport: { width: PRINTABLE_WIDTH_PX, height: 1200 }, colorScheme: 'light', deviceScaleFactor: 1, serviceWorkers: 'block' })
      const foreign = recordForeignRequests(context, new URL(root).origin)
      const page = await context.newPage()
      if (html)
        await page.route(address, route => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }))
      const { errors } = watchPage(page)
      // `load`, not `networkidle`: Playwright counts the network idle once the document's bytes are
      // in, so on a busy machine it fired while Chromium was still parsing (19 of 52 slides in CI).
      await page.goto(address, { waitUntil: 'load', timeout })
      await page.emulateMedia({ media: 'print', colorScheme: 'light' })
      const articles = await page.evaluate((n) => {
        document.documentElement.dataset.perPage = String(n)
        return document.querySelectorAll('[data-reading-slide]').length
      }, perPage)
      if (articles !== slides.length)
        fail(`the reading document has ${articles} slides, the deck ${slides.length}${args.site ? `: rebuild ${args.site}` : ''}`)
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
        fail(`the reading document threw: ${errors[0]}`)
      // Anything wider than the page makes Chromium shrink every page of the print; what a clipping
      // box (overflow, clip, an SVG viewport) keeps inside the page does not count.
      const wide = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth + 0.5
        const found: string[] = []
        for (const el of document.querySelectorAll<Element>('main *')) {
          if (el.getBoundingClientRect().right <= limit)
            continue
          // Inline, not a helper function: tsx would wrap a named one in a helper the page lacks.
          let escapes = true
          for (let box = el.parentElement; box && box.tagName !== 'MAIN'; box = box.parentElement) {
            const style = getComputedStyle(box)
            if (style.overflowX !== 'visible' || style.clip !== 'auto' || box.tagName.toLowerCase() === 'svg') {
              escapes = box.getBoundingClientRect().right > limit
              break
            }
          }
          if (escapes)
            found.push(`${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').split(' ')[0]} (${el.textContent?.trim().slice(0, 30)})`)
        }
        return found.slice(0, 3)
      })
      if (wide.length > 0)
        fail(`the handout is wider than an A4 page, so Chromium would shrink it: ${wide.join(', ')}`)
      if (foreign.length > 0)
        fail(`the handout requested another host: ${foreign[0]}`)

      // The slides' own sub-headings are small labels: out of the outline, which reads section → slide.
      await page.evaluate(() => {
        for (const h of document.querySelectorAll<HTMLElement>('.reading-canvas :is(h2, h3, h4, h5, h6)'))
          h.setAttribute('role', 'none')
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

      const meta = metaFromHeadmatter(headmatter, { creator: 'Reading document printed (scripts/export-handout.ts)' })
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

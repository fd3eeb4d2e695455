/**
 * The slides export behind `npm run export` and the site's PDF: the deck rendered into a temporary
 * file (a folder for PNG), checked, then renamed over the target (lib/export/exporter.ts). A PDF
 * is printed from Slidev's `/print` page with a one-slide viewport (lib/export/print-deck.ts),
 * from Slidev's server or from the built site; PNG, PPTX and `--per-slide` go through `slidev
 * export`. For PDF: every page must show its slide's title, every glyph
 * must be in a bundled font, then the metadata and the nested outline are written — the PDF read
 * once for all of it.
 *
 * The renderer is a parameter so that the unit tests can make it write what they want.
 */
import type { DeckSlide } from '../data/deck.ts'
import type { ExportFlags, ExportFormat } from './cli.ts'
import type { DeckServer, OpenDeck } from './deck-server.ts'
import { join } from 'node:path'
import { parseRangeString } from '@slidev/parser/core'
import { handoutEntries } from '../deck/handout.ts'
import { slidevFlags } from './cli.ts'
import { openDeck, slideSize } from './deck-server.ts'
import { ExportError, exportTimeout, fail, hasMagic, pagesMissingTitles, pngFiles, slidevFailureCause } from './export-files.ts'
import { runSlidev, writeAtomically } from './exporter.ts'
import { printDeck } from './print-deck.ts'

/**
 * The PDF tools, loaded while Slidev exports: pdf.js and pdf-lib take about 2 s to import, which
 * would otherwise come after the export, on top of it.
 */
function loadPdfTools() {
  const read = import('./pdf-read.ts')
  return Promise.all([import('./pdf-finish.ts'), import('./pdf-meta.ts'), import('./pdf-outline.ts'), read, read.then(m => m.preloadPdfJs())])
}

/** One rendering of the deck into `output`, as the export asks for it. */
export interface RenderJob {
  format: ExportFormat
  output: string
  entry: string
  range?: string
  flags: ExportFlags
  /** The time a navigation (the whole print page, for a one-piece PDF) may take. */
  timeoutMs: number
  /** The deck's headmatter (its canvas gives the printer its page size). */
  headmatter: Record<string, unknown>
}

export interface RenderResult {
  /** Files the server refused to serve (Vite's `server.fs.allow`). */
  refused: string[]
}

export interface Renderer {
  render: (job: RenderJob) => Promise<RenderResult>
  close?: () => Promise<void>
}

/** `slidev export` with `run` (default: the installed Slidev, with `browser`): PNG, PPTX, `--per-slide`. */
export function slidevRenderer(browser: string, run: typeof runSlidev = args => runSlidev(args)): Renderer {
  return {
    async render(job) {
      const args = ['export', job.entry, '--format', job.format, '--executable-path', browser, '--output', job.output, ...(job.range ? ['--range', job.range] : []), ...slidevFlags({ ...job.flags, timeout: job.timeoutMs })]
      const { code, output } = await run(args)
      if (code !== 0)
        fail(`${slidevFailureCause(output, job.timeoutMs)} (slidev export exit ${code})`)
      return { refused: deniedFiles(output) }
    },
  }
}

/**
 * A one-piece PDF printed from the deck `serve` starts (lib/export/deck-server.ts), in Chromium at
 * `browser`. Both start once, on the first render, and serve a second render too.
 */
export function printRenderer(browser: string, serve: () => Promise<DeckServer>): Renderer {
  let started: Promise<OpenDeck> | undefined
  return {
    async render(job) {
      started ??= openDeck(serve, browser)
      return deckPrinter(await started).render(job)
    },
    async close() {
      await (await started?.catch(() => undefined))?.close()
    },
  }
}

/** The same, printing from a deck already open (its owner closes it). */
export function deckPrinter(deck: OpenDeck): Renderer {
  return {
    async render(job) {
      if (job.format !== 'pdf' || job.flags.perSlide)
        throw new Error(`the print renderer prints a one-piece PDF, not ${job.flags.perSlide ? '--per-slide' : job.format}`)
      return printDeck(deck.browser, { ...slideSize(job.headmatter), ...job.flags, url: deck.server.url, output: job.output, range: job.range, timeoutMs: job.timeoutMs })
    },
  }
}

export interface SlidesExport {
  format: ExportFormat
  target: string
  slides: readonly DeckSlide[]
  /** `--range`, when given. */
  range?: string
  flags?: ExportFlags
  entry?: string
  renderer: Renderer
  /** Font families allowed in the PDF (default: the bundled ones). */
  allowedFonts?: RegExp
  /** Written into the PDF's Creator. */
  creator?: string
  log?: (line: string) => void
}

/**
 * The time a render may take. Slidev applies `--timeout` to each navigation, and a one-piece PDF
 * is one navigation that renders every slide: the headmatter's `export.timeout` is per deck of up
 * to 50 slides, and a longer deck gets as much more as it has slides (a cold start of 160 slides
 * on a loaded 2-core machine took 90 s). A `--timeout` given on the command line wins.
 */
export function renderTimeout(headmatterMs: number, slides: number, given?: number): number {
  return given ?? Math.round(headmatterMs * Math.max(1, slides / 50))
}

/**
 * Files the dev server behind `slidev export` refused because they lie outside Vite's
 * `server.fs.allow` (a font of a package linked from outside the project): the likely cause of
 * a font fallback.
 */
export function deniedFiles(output: string): string[] {
  const files = [...output.matchAll(/The request id "([^"]+)" is outside of Vite serving allow list/g)].map(m => m[1]!.split('/').pop()!)
  return [...new Set(files)]
}

/** Returns the seconds spent rendering (the rest is the project's own work). */
export async function exportSlides(options: SlidesExport): Promise<number> {
  let renderSeconds = 0
  const { format, slides, renderer } = options
  const log = options.log ?? console.error
  const headmatter = slides[0]?.frontmatter ?? {}
  // Page n of the output shows slide printed[n - 1] (all slides unless `--range` is given).
  const printed = parseRangeString(slides.length, options.range)
  const flags = options.flags ?? {}
  const timeoutMs = renderTimeout(exportTimeout(headmatter), printed.length, flags.timeout)

  const tools = format === 'pdf' ? loadPdfTools() : undefined
  // Awaited below after the render; a failure of the render comes first.
  tools?.catch(() => {})

  try {
    await writeAtomically(options.target, async (temp) => {
      const job: RenderJob = { format, output: temp, entry: options.entry ?? 'slides.md', range: options.range, flags, timeoutMs, headmatter }
      const started = performance.now()
      const { refused } = await renderer.render(job)
      renderSeconds = (performance.now() - started) / 1000
      if (format !== 'pdf')
        return
      if (!hasMagic(temp, 'pdf'))
        fail('no valid PDF was produced')
      const [{ finishPdf, withPdf }, { metaFromHeadmatter }, { outlineTree, setOutline }, { pageTexts }] = await tools!
      await withPdf(temp, async (pdf) => {
        const texts = await pageTexts(pdf)
        // Slidev's print page reads `--range` before it knows its route, so it prints every
        // slide (and so does `slidev export`'s one-pass PDF): the PDF may hold them all.
        const onPages = texts.length === printed.length ? printed : texts.length === slides.length ? slides.map(s => s.no) : undefined
        if (!onPages)
          fail(`${texts.length} page(s) for ${printed.length} slides`)
        // A page printed before its slide rendered is blank. The print page waits for every
        // slide and loads itself once more when one failed (lib/export/print-deck.ts), so here
        // a blank page is an error, not a reason to render again.
        const missing = pagesMissingTitles(texts, onPages.map(no => slides[no - 1]?.title ?? ''))
        if (missing.length > 0)
          fail(`page(s) ${missing.join(', ')} of ${texts.length} do not show their slide: printed before the slides had rendered`)
        // The pages of slides outside the range go, last first so that the indices hold.
        const outside = onPages.flatMap((no, i) => printed.includes(no) ? [] : [i]).reverse()
        const entries = handoutEntries(slides, String(headmatter.title ?? ''))
        // The bookmark outline: slides nested under their section (Slidev's own is flat, and off).
        const outline = outlineTree(entries, (i) => {
          const page = onPages.indexOf(i + 1)
          return page < 0 || !printed.includes(i + 1) ? undefined : page
        })
        try {
          await finishPdf(temp, pdf, {
            meta: metaFromHeadmatter(headmatter, { creator: options.creator ?? 'Slidev export (scripts/export.ts)' }),
            pageLabel: page => `slide ${onPages[page - 1] ?? page}`,
            // The outline first: pdf-lib's getPages() still lists a removed page.
            edit: (doc) => {
              setOutline(doc, outline)
              for (const index of outside)
                doc.removePage(index)
            },
            allowed: options.allowedFonts,
            log: line => log(`export: ${line}`),
          })
        }
        catch (error) {
          if (refused.length > 0 && error instanceof ExportError)
            fail(`${error.message}: Vite refused to serve ${refused.join(', ')} (outside server.fs.allow)`)
          throw error
        }
      })
    }, (temp) => {
      if (format === 'pptx' && !hasMagic(temp, 'zip'))
        fail('slidev produced no valid PPTX')
      if (format === 'png') {
        let files: string[] = []
        try {
          files = pngFiles(temp)
        }
        catch {}
        const broken = files.filter(f => !hasMagic(join(temp, f), 'png'))
        if (files.length !== printed.length || broken.length > 0)
          fail(`slidev wrote ${files.length} PNG file(s) for ${printed.length} slides${broken.length ? ` (${broken.join(', ')} not PNG)` : ''}`)
      }
    })
  }
  finally {
    await renderer.close?.()
  }
  return renderSeconds
}

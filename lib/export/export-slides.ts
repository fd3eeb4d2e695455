/**
 * The slides export behind `npm run export`: `slidev export` into a temporary file (a folder for
 * PNG), checked, then renamed over the target (lib/export/exporter.ts). For PDF: every page must
 * show its slide's title (else export once more), every glyph must be in a bundled font, then the
 * metadata and the nested outline are written — the PDF read once for all of it.
 *
 * The `slidev` step is a parameter so that the unit tests can make it write what they want.
 */
import type { DeckSlide } from '../data/deck'
import type { ExportFormat } from './cli'
import { join } from 'node:path'
import { parseRangeString } from '@slidev/parser/core'
import { handoutEntries } from '../deck/handout'
import { ExportError, exportTimeout, fail, hasMagic, pagesMissingTitles, pngFiles, slidevFailureCause } from './export-files'
import { runSlidev, writeAtomically } from './exporter'

/**
 * The PDF tools, loaded while Slidev exports: pdf.js and pdf-lib take about 2 s to import, which
 * would otherwise come after the export, on top of it.
 */
function loadPdfTools() {
  const read = import('./pdf-read')
  return Promise.all([import('./pdf-finish'), import('./pdf-meta'), import('./pdf-outline'), read, read.then(m => m.preloadPdfJs())])
}

export type SlidevStep = (args: string[]) => Promise<{ code: number, output: string }>

export interface SlidesExport {
  format: ExportFormat
  target: string
  slides: readonly DeckSlide[]
  /** Chromium for Slidev's exporter. */
  browser: string
  /** `--range`, when given. */
  range?: string
  /** Further `slidev export` flags. */
  slidevFlags?: readonly string[]
  entry?: string
  slidev?: SlidevStep
  /** Font families allowed in the PDF (default: the bundled ones). */
  allowedFonts?: RegExp
  log?: (line: string) => void
}

/**
 * The `--timeout` for `slidev export`. Slidev applies it to each navigation, and a one-piece PDF
 * is one navigation that renders every slide: the headmatter's `export.timeout` is per deck of up
 * to 50 slides, and a longer deck gets as much more as it has slides (a cold start of 160 slides
 * on a loaded 2-core machine took 90 s). A `--timeout` given on the command line wins.
 */
export function slidevTimeout(headmatterMs: number, slides: number, flags: readonly string[] = []): number {
  const given = flags.indexOf('--timeout')
  if (given >= 0)
    return Number(flags[given + 1])
  return Math.round(headmatterMs * Math.max(1, slides / 50))
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

/** Returns the seconds spent in `slidev export` (the rest is the project's own work). */
export async function exportSlides(options: SlidesExport): Promise<number> {
  let slidevSeconds = 0
  const { format, slides } = options
  const slidev = options.slidev ?? (args => runSlidev(args))
  const log = options.log ?? console.error
  const headmatter = slides[0]?.frontmatter ?? {}
  // Page n of the output shows slide printed[n - 1] (all slides unless `--range` is given).
  const printed = parseRangeString(slides.length, options.range)
  const given = options.slidevFlags ?? []
  const timeoutMs = slidevTimeout(exportTimeout(headmatter), printed.length, given)
  const flags = [...(options.range ? ['--range', options.range] : []), ...given]
  if (!given.includes('--timeout'))
    flags.push('--timeout', String(timeoutMs))

  const tools = format === 'pdf' ? loadPdfTools() : undefined
  // Awaited below after the export; a failure of Slidev's comes first.
  tools?.catch(() => {})

  await writeAtomically(options.target, async (temp) => {
    const args = ['export', options.entry ?? 'slides.md', '--format', format, '--executable-path', options.browser, '--output', temp, ...flags]
    // Slidev's exporter can print a page before its slide has rendered (seen under load, with a
    // cold Vite cache): the page then comes out blank. Check every page for its slide's title and
    // export once more, on the now warm dev server, before giving up.
    for (let attempt = 1; ; attempt++) {
      const started = performance.now()
      const { code, output } = await slidev(args)
      slidevSeconds += (performance.now() - started) / 1000
      if (code !== 0)
        fail(`${slidevFailureCause(output, timeoutMs)} (slidev export exit ${code})`)
      if (format !== 'pdf')
        return
      if (!hasMagic(temp, 'pdf'))
        fail('slidev produced no valid PDF')
      const [{ finishPdf, withPdf }, { metaFromHeadmatter }, { outlineTree, setOutline }, { pageTexts }] = await tools!
      const done = await withPdf(temp, async (pdf) => {
        const texts = await pageTexts(pdf)
        // Slidev's one-pass PDF export ignores `--range`: the PDF may hold every slide.
        const onPages = texts.length === printed.length ? printed : texts.length === slides.length ? slides.map(s => s.no) : undefined
        const missing = onPages ? pagesMissingTitles(texts, onPages.map(no => slides[no - 1]?.title ?? '')) : []
        if (onPages && missing.length === 0) {
          const entries = handoutEntries(slides, String(headmatter.title ?? ''))
          // The bookmark outline: slides nested under their section (Slidev's own is flat, and off).
          const outline = outlineTree(entries, (i) => {
            const page = onPages.indexOf(i + 1)
            return page < 0 ? undefined : page
          })
          try {
            await finishPdf(temp, pdf, {
              meta: metaFromHeadmatter(headmatter, { creator: 'Slidev export (scripts/export.ts)' }),
              pageLabel: page => `slide ${onPages[page - 1] ?? page}`,
              edit: doc => setOutline(doc, outline),
              allowed: options.allowedFonts,
              log: line => log(`export: ${line}`),
            })
          }
          catch (error) {
            const refused = deniedFiles(output)
            if (refused.length > 0 && error instanceof ExportError)
              fail(`${error.message}: Vite refused to serve ${refused.join(', ')} (outside server.fs.allow)`)
            throw error
          }
          return true
        }
        const problem = onPages
          ? `page(s) ${missing.join(', ')} of ${texts.length} do not show their slide`
          : `${texts.length} page(s) for ${printed.length} slides`
        if (attempt >= 2)
          fail(`${problem}: Slidev printed before the slides had rendered`)
        log(`export: ${problem}; exporting again`)
        return false
      })
      if (done)
        return
    }
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
  return slidevSeconds
}

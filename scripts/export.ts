/**
 * `npm run export [-- --format pdf|png|pptx] [-- --output PATH] [-- --range 1-5 --dark …]`
 * (`npm run export:png` and `npm run export:pptx` pass the format.)
 *
 * Renders the deck with the Chromium that lib/export/chromium.ts finds into a temporary file (a
 * temporary folder for PNG) next to the target, checks the result and only then renames it over
 * the target (lib/export/export-slides.ts). A PDF is printed from Slidev's `/print` page on its
 * own server (lib/export/print-deck.ts: time per slide flat at any deck length); PNG, PPTX and
 * `--per-slide` run `slidev export`. The default target is exports/<exportFilename> from the
 * headmatter. For PDF it also fails if any character was drawn in a font outside the deck's
 * bundle, naming the slide and the character, and writes the metadata and the outline.
 */
import { statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { loadDeck } from '../lib/data/deck.ts'
import { findChromium } from '../lib/export/chromium.ts'
import { parseSlidesArgs } from '../lib/export/cli.ts'
import { slidevServer } from '../lib/export/deck-server.ts'
import { pngFiles, runExport } from '../lib/export/export-files.ts'
import { exportSlides, printRenderer, slidevRenderer } from '../lib/export/export-slides.ts'
import { defaultOutput } from '../lib/export/exporter.ts'

async function main(): Promise<number> {
  const args = parseSlidesArgs(process.argv.slice(2))
  const browser = findChromium()
  const slides = await loadDeck()
  const output = args.output ?? defaultOutput(slides[0]?.frontmatter ?? {}, args.format)
  const target = resolve(output)
  console.log(`export: ${args.format} with ${browser} → ${output}`)
  const started = performance.now()
  const renderer = args.format === 'pdf' && !args.flags.perSlide
    ? printRenderer(browser, () => slidevServer())
    : slidevRenderer(browser)
  const renderSeconds = await exportSlides({ format: args.format, target, slides, renderer, range: args.range, flags: args.flags })
  const size = args.format === 'png' ? `${pngFiles(target).length} files` : `${(statSync(target).size / 1024).toFixed(0)} KB`
  const seconds = (performance.now() - started) / 1000
  console.log(`export: wrote ${relative('.', target) || output} (${size}) in ${seconds.toFixed(1)} s (rendering ${renderSeconds.toFixed(1)} s, checks ${(seconds - renderSeconds).toFixed(1)} s)`)
  return 0
}

runExport('export', main)

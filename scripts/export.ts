import type { Buffer } from 'node:buffer'
/**
 * `npm run export [-- --format pdf|png|pptx] [-- --output PATH] [-- other slidev export flags]`
 * (`npm run export:png` and `npm run export:pptx` pass the format.)
 *
 * Runs `slidev export` with the Chromium that lib/export/chromium.ts finds, into a temporary file (a
 * temporary folder for PNG) next to the target, checks the result and only then renames it over
 * the target: a failed or interrupted export never replaces a good file with a broken one.
 *
 * For PDF it then writes the document metadata (title, author, a plain-sentence subject,
 * keywords, language zh-CN) and fails if any character was drawn in a font outside the deck's
 * bundle (Chromium's silent fallback to a system font), naming the slide and the character.
 */
import type { ExportFormat } from '../lib/export/cli'
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseRangeString } from '@slidev/parser/core'
import { loadDeck } from '../lib/data/deck'
import { handoutEntries } from '../lib/deck/handout'
import { findChromium } from '../lib/export/chromium'
import { splitFormatArg, splitOption, splitOutputArg } from '../lib/export/cli'
import { exportTimeout, fail, hasMagic, pagesMissingTitles, partialPath, pngFiles, replaceWith, runExport, slidevFailureCause } from '../lib/export/export-files'
import { describeFallback, findFontFallbacks } from '../lib/export/pdf-fonts'
import { metaFromHeadmatter, writePdfMeta } from '../lib/export/pdf-meta'
import { outlineTree, setOutline } from '../lib/export/pdf-outline'
import { readPdf } from '../lib/export/pdf-read'

const DEFAULT_OUTPUT: Record<ExportFormat, string> = {
  pdf: 'exports/ai-large-models-talk.pdf',
  png: 'exports/ai-large-models-talk-png',
  pptx: 'exports/ai-large-models-talk.pptx',
}

/** Runs `slidev export`, echoing its output; returns the exit code and the output seen. */
function runSlidev(args: string[]): Promise<{ code: number, output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk
      process.stdout.write(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk
      process.stderr.write(chunk)
    })
    child.on('exit', c => done({ code: c ?? 1, output }))
    child.on('error', error => done({ code: 1, output: String(error) }))
  })
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2)
  const { format, rest: afterFormat } = splitFormatArg(argv)
  const { output, rest } = splitOutputArg(afterFormat, DEFAULT_OUTPUT[format])
  const target = resolve(output)

  const browser = findChromium()

  const slides = await loadDeck()
  const headmatter = slides[0]?.frontmatter ?? {}
  const timeoutMs = exportTimeout(headmatter)
  // Page n of the output shows slide printed[n - 1] (all slides unless `--range` is passed on).
  const printed = parseRangeString(slides.length, splitOption(rest, ['--range']).value)

  mkdirSync(dirname(target), { recursive: true })
  const temp = partialPath(target, process.pid)
  const cleanup = () => rmSync(temp, { recursive: true, force: true })
  process.once('SIGINT', () => {
    cleanup()
    process.exit(130)
  })
  process.once('SIGTERM', () => {
    cleanup()
    process.exit(143)
  })

  try {
    const slidev = resolve('node_modules/@slidev/cli/bin/slidev.mjs')
    const args = [slidev, 'export', 'slides.md', '--format', format, '--executable-path', browser, '--output', temp, ...rest]
    console.log(`export: ${format} with ${browser} → ${output}`)
    const started = performance.now()
    // Slidev's exporter can print a page before its slide has rendered (seen under load, with a
    // cold Vite cache): the page then comes out blank. Check every page for its slide's title and
    // export once more, on the now warm dev server, before giving up.
    for (let attempt = 1; ; attempt++) {
      const { code, output: log } = await runSlidev(args)
      if (code !== 0)
        fail(`${slidevFailureCause(log, timeoutMs)} (slidev export exit ${code})`)
      if (format !== 'pdf')
        break
      if (!hasMagic(temp, 'pdf'))
        fail('slidev produced no valid PDF')
      const { texts } = await readPdf(temp)
      // Slidev's one-pass PDF export ignores `--range`: the PDF may hold every slide.
      const onPages = texts.length === printed.length ? printed : texts.length === slides.length ? slides.map(s => s.no) : undefined
      const missing = onPages ? pagesMissingTitles(texts, onPages.map(no => slides[no - 1]?.title ?? '')) : []
      if (onPages && missing.length === 0)
        break
      const problem = onPages
        ? `page(s) ${missing.join(', ')} of ${texts.length} do not show their slide`
        : `${texts.length} page(s) for ${printed.length} slides`
      if (attempt >= 2)
        fail(`${problem}: Slidev printed before the slides had rendered`)
      console.warn(`export: ${problem}; exporting again`)
    }

    if (format === 'pdf') {
      const { fallbacks } = await findFontFallbacks(temp)
      if (fallbacks.length > 0) {
        for (const f of fallbacks)
          console.error(`export: ${describeFallback(f, page => `slide ${printed[page - 1] ?? page}`)}`)
        fail(`${fallbacks.length} character(s) are not in the bundled fonts (Noto Sans SC, JetBrains Mono, KaTeX) and fell back to a system font`)
      }
      // The bookmark outline: slides nested under their section (Slidev's own is flat, and off).
      const entries = handoutEntries(slides, String(headmatter.title ?? ''))
      const outline = outlineTree(entries, (i) => {
        const page = printed.indexOf(i + 1)
        return page < 0 ? undefined : page
      })
      const bytes = await writePdfMeta(readFileSync(temp), metaFromHeadmatter(headmatter, { creator: 'Slidev export (scripts/export.ts)' }), pdf => setOutline(pdf, outline))
      writeFileSync(temp, bytes)
    }
    else if (format === 'pptx') {
      if (!hasMagic(temp, 'zip'))
        fail('slidev produced no valid PPTX')
    }
    else {
      let files: string[] = []
      try {
        files = pngFiles(temp)
      }
      catch {}
      const broken = files.filter(f => !hasMagic(join(temp, f), 'png'))
      if (files.length !== printed.length || broken.length > 0)
        fail(`slidev wrote ${files.length} PNG file(s) for ${printed.length} slides${broken.length ? ` (${broken.join(', ')} not PNG)` : ''}`)
    }

    replaceWith(temp, target, process.pid)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const size = format === 'png'
      ? `${pngFiles(target).length} files`
      : `${(statSync(target).size / 1024).toFixed(0)} KB`
    console.log(`export: wrote ${relative('.', target) || output} (${size}) in ${seconds} s`)
    return 0
  }
  finally {
    cleanup()
  }
}

runExport('export', main)

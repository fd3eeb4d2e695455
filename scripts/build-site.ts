/**
 * `npm run build:site [-- --base /repo-name/] [-- --out dist] [-- --no-notes] [-- --no-pdf]`
 *
 * The site as it is hosted: `slidev build` of the public deck, then the slides PDF printed from
 * the built site's own `/print` page (as Slidev's `download` build does, without a second server
 * that compiles the deck again) into the site (OUT/ai-large-models-talk.pdf) behind the download
 * button, with the checks of `npm run export` (lib/export/export-slides.ts).
 *
 * Every build is public: no presenter view, drawings or recording (slides.md turns them on for
 * `slidev` dev only). The speaker notes are public by default, shown under each slide in the reading view (`/read`),
 * as the handout PDF publishes them: `--no-notes`, or `publicNotes: false` in the headmatter of
 * slides.md, leaves them out of the bundle (`slidev build --without-notes`); `--notes` overrides
 * the headmatter. Absolute link-preview URLs
 * and the QR code come from `homepage` in package.json. What was built (base path,
 * output folder, notes, PDF) is recorded for `npm run preview` (lib/site/build-record.ts).
 */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { loadDeck } from '../lib/data/deck.ts'
import { READING_FILE } from '../lib/deck/reading.ts'
import { findChromium } from '../lib/export/chromium.ts'
import { openDeck, siteServer } from '../lib/export/deck-server.ts'
import { exportTimeout } from '../lib/export/export-files.ts'
import { deckPrinter, exportSlides, renderTimeout } from '../lib/export/export-slides.ts'
import { slidevBin } from '../lib/export/exporter.ts'
import { readingDocument } from '../lib/export/reading-document.ts'
import { writeBuildRecord } from '../lib/site/build-record.ts'
import { PDF_FILE } from '../lib/site/site-meta.ts'
import { normalizeBase } from '../lib/site/static-server.ts'
import { talkAddress } from '../lib/site/talk-address.ts'

/**
 * Whether the public build keeps the speaker notes (for the reading view): the build switch
 * (`build:site -- --notes` / `--no-notes`) if given, else the headmatter's `publicNotes`, else
 * true — the handout PDF publishes the notes already.
 */
export function publicNotes(flag: boolean | undefined, headmatter: Record<string, unknown>): boolean {
  if (flag !== undefined)
    return flag
  const value = headmatter.publicNotes
  if (value === undefined || value === null)
    return true
  if (typeof value !== 'boolean')
    throw new Error(`slides.md: headmatter "publicNotes" must be true or false, not ${JSON.stringify(value)}`)
  return value
}

export interface SiteBuild {
  base?: string
  out?: string
  /**
   * Speaker notes in the public build (the reading view shows them). Default: the headmatter's
   * `publicNotes`, or true.
   */
  notes?: boolean
  /** Export the PDF into the site (default true). */
  pdf?: boolean
  /** Extra `slidev build` arguments. */
  extra?: string[]
  stdio?: 'inherit' | 'pipe'
  /** Called when the site is built with its reading document (before its PDF is exported), and when the PDF is in it. */
  onStep?: (step: 'site' | 'pdf') => void
}

/** Runs node with `args`; asynchronous, so a caller's event loop (the test runner's) keeps going. */
function run(args: string[], env: NodeJS.ProcessEnv, stdio: 'inherit' | 'pipe'): Promise<void> {
  const child = spawn(process.execPath, args, { env, stdio: stdio === 'pipe' ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => stdout += chunk)
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr += chunk)
  return new Promise((done, failed) => {
    child.once('error', failed)
    child.once('close', (status) => {
      if (status === 0)
        return done()
      const output = stdio === 'pipe' ? `\n${stderr || stdout}` : ''
      failed(new Error(`${args.slice(0, 3).join(' ')} failed (exit ${status})${output}`))
    })
  })
}

/** `slidev build` arguments for a site build into `out` with notes kept or not. */
export function slidevBuildArgs(options: SiteBuild & { out: string, notes: boolean }): string[] {
  return [
    slidevBin(),
    'build',
    '--out',
    options.out,
    ...(options.base ? ['--base', options.base] : []),
    ...(options.notes ? [] : ['--without-notes']),
    ...(options.extra ?? []),
  ]
}

export async function buildSite(options: SiteBuild = {}): Promise<string> {
  const out = resolve(options.out ?? 'dist')
  const base = normalizeBase(options.base)
  const slides = await loadDeck()
  const headmatter = slides[0]?.frontmatter ?? {}
  const notes = publicNotes(options.notes, headmatter)
  const pdf = options.pdf ?? true
  // Before the build: a missing browser fails at once, with the how-to.
  const browser = findChromium()
  const stdio = options.stdio ?? 'inherit'
  const env = { ...process.env, DECK_PDF: pdf ? '1' : '0' }
  await run(slidevBuildArgs({ ...options, out, notes }), env, stdio)
  // For `npm run preview` (lib/site/build-record.ts): serve what was built, under its base path.
  writeBuildRecord({ base, outDir: out, notes, pdf })
  const deck = await openDeck(() => siteServer(out, base), browser)
  try {
    // The reading document, from the built site's own print page (lib/export/reading-document.ts).
    const html = await readingDocument(deck.browser, {
      url: deck.server.url,
      slides,
      base,
      notes,
      pdf: pdf ? PDF_FILE : undefined,
      siteUrl: talkAddress(process.cwd()),
      serviceWorker: true,
      timeoutMs: renderTimeout(exportTimeout(headmatter), slides.length),
    })
    writeFileSync(join(out, READING_FILE), html)
    options.onStep?.('site')
    if (!pdf)
      return out
    const lines: string[] = []
    try {
      await exportSlides({
        format: 'pdf',
        target: resolve(out, PDF_FILE),
        slides,
        renderer: deckPrinter(deck),
        creator: 'Slidev print of the built site (scripts/build-site.ts)',
        log: line => stdio === 'inherit' ? console.error(line) : lines.push(line),
      })
    }
    catch (error) {
      throw new Error(`the site's PDF: ${error instanceof Error ? error.message : error}${lines.map(l => `\n${l}`).join('')}`)
    }
    options.onStep?.('pdf')
    return out
  }
  finally {
    await deck.close()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      out: { type: 'string', default: 'dist' },
      notes: { type: 'boolean' },
      pdf: { type: 'boolean', default: true },
    },
    allowNegative: true,
  })
  try {
    const out = await buildSite({ base: values.base, out: values.out, notes: values.notes, pdf: values.pdf, extra: positionals })
    console.log(`build:site: deck${values.pdf ? ' and PDF' : ''} in ${out}`)
  }
  catch (error) {
    console.error(`build:site: ${error instanceof Error ? error.message : error}`)
    process.exit(1)
  }
}

/**
 * `npm run bench -- export [-- --scale N] [-- --runs R]`: wall time of `slidev export` alone and of
 * the full `npm run export` (each a fresh process), the time `npm run export` spends after
 * rendering (its checks, measured inside it: target ≤ 1 s), of the handout export, and the size of
 * the PDFs. `npm run export` prints the PDF itself from Slidev's server with a one-slide viewport
 * (lib/export/print-deck.ts), so it can take less than `slidev export` alone. Targets on a 2-core
 * machine: slides < 20 s, handout < 15 s, slides PDF < 3 MB.
 *
 * For scale, Marp (the tool a user would pick instead) prints the same slides' texts, titles
 * and notes as plain Markdown in the same run, with the same Chromium: target ≤ 3× its time.
 *
 * It also prints where the time of one export goes, measured in this process: Slidev's server
 * starting (Vite, the deck's data and fonts), Chromium starting, the print page loading and
 * rendering every slide (Vite compiling the deck's modules on demand), and the PDF printing.
 *
 * `--scale N` exports instead a longer talk, every section imported N times
 * (lib/export/scaled-deck.ts), in a temporary copy of the project with its own Vite cache, and
 * prints the time per slide, which should not grow with N.
 */
import type { BenchOptions } from '../bench.ts'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { loadDeck } from '../../lib/data/deck.ts'
import { findChromium } from '../../lib/export/chromium.ts'
import { slideSize, slidevServer } from '../../lib/export/deck-server.ts'
import { exportTimeout } from '../../lib/export/export-files.ts'
import { renderTimeout } from '../../lib/export/export-slides.ts'
import { slidevBin } from '../../lib/export/exporter.ts'
import { openPrintPage, printPdf } from '../../lib/export/print-deck.ts'
import { scaledProject } from '../../lib/export/scaled-deck.ts'

function run(args: string[], cwd: string): { seconds: number, stdout: string } {
  const started = performance.now()
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`${args.slice(0, 3).join(' ')} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`)
  return { seconds: (performance.now() - started) / 1000, stdout: result.stdout }
}

const timed = (args: string[], cwd: string) => run(args, cwd).seconds

/** The phases of one export's rendering, in seconds, as `npm run export` runs them (without its overlap of server and browser start). */
async function phases(root: string, headmatter: Record<string, unknown>, timeoutMs: number, pdf: string): Promise<Record<string, string>> {
  const { chromium } = await import('playwright-chromium')
  let last = performance.now()
  const lap = () => {
    const now = performance.now()
    const seconds = ((now - last) / 1000).toFixed(1)
    last = now
    return seconds
  }
  const server = await slidevServer('slides.md', root)
  const serverStart = lap()
  const browser = await chromium.launch({ executablePath: findChromium() })
  const browserStart = lap()
  try {
    const { page, close } = await openPrintPage(browser, { ...slideSize(headmatter), url: server.url, timeoutMs })
    const render = lap()
    await printPdf(page, { ...slideSize(headmatter), output: pdf })
    const print = lap()
    await close()
    return {
      'phase: Slidev server start (s)': serverStart,
      'phase: Chromium start (s)': browserStart,
      'phase: print page loaded and rendered (s)': render,
      'phase: page.pdf (s)': print,
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
}

/** The deck's texts as a Marp deck (components and HTML dropped), for `marp --pdf`. */
function marpDeck(slides: { content: string, note: string }[]): string {
  const body = slides.map(s => `${s.content.replace(/<[^>]*>/g, '').trim()}\n\n<!--\n${s.note}\n-->`).join('\n\n---\n\n')
  return `---\nmarp: true\n---\n\n${body}\n`
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

export default async function bench(options: BenchOptions = {}): Promise<Record<string, string | number>> {
  const runs = options.runs ?? 1
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'))
  const root = options.scale ? scaledProject(options.scale, '.', dir) : resolve('.')
  const script = (name: string) => resolve('scripts', name)
  try {
    const deck = await loadDeck('slides.md', root)
    const slides = deck.length
    // The timeout npm run export gives Slidev, so that the bare run can finish a long deck too.
    const timeout = renderTimeout(exportTimeout(deck[0]?.frontmatter ?? {}), slides)
    const pdf = join(dir, 'slides.pdf')
    const slidevOnly = [slidevBin(), 'export', 'slides.md', '--output', join(dir, 'slidev.pdf'), '--executable-path', findChromium(), '--timeout', String(timeout)]
    const full = ['--import', 'tsx', script('export.ts'), '--output', pdf]
    // Once to warm Vite's dependency cache (a copy starts cold), then the timed runs, alternating.
    // (The warm-up is `npm run export`: `slidev export` alone takes minutes at 300 slides.)
    timed(full, root)
    const marpMd = join(dir, 'marp.md')
    writeFileSync(marpMd, marpDeck(deck))
    const marpRun = [resolve('node_modules/@marp-team/marp-cli/marp-cli.js'), '--pdf', '--pdf-notes', '--browser-path', findChromium(), marpMd, '-o', join(dir, 'marp.pdf')]
    timed(marpRun, root)
    const marp: number[] = []
    const slidev: number[] = []
    const whole: number[] = []
    // What npm run export itself reports: its time after Slidev, measured inside one process,
    // free of the noise between two separate runs on a busy machine.
    const checks: number[] = []
    for (let i = 0; i < runs; i++) {
      marp.push(timed(marpRun, root))
      slidev.push(timed(slidevOnly, root))
      const { seconds, stdout } = run(full, root)
      whole.push(seconds)
      checks.push(Number(/checks ([\d.]+) s\)/.exec(stdout)?.[1] ?? Number.NaN))
    }
    const phaseFigures = await phases(root, deck[0]?.frontmatter ?? {}, timeout, join(dir, 'phases.pdf'))
    const mb = (file: string) => `${(statSync(file).size / 1024 / 1024).toFixed(2)} MB`
    const figures: Record<string, string | number> = {
      ...phaseFigures,
      'slides': slides,
      'slidev export alone (s)': median(slidev).toFixed(1),
      'npm run export (s, target < 20 at 1×)': median(whole).toFixed(1),
      'marp --pdf, the same texts (s)': median(marp).toFixed(1),
      'npm run export ÷ marp (target ≤ 3)': (median(whole) / median(marp)).toFixed(1),
      'npm run export − slidev export (s)': (median(whole) - median(slidev)).toFixed(1),
      'npm run export: checks after rendering (s, target ≤ 1)': median(checks).toFixed(1),
      'npm run export per slide (s)': (median(whole) / slides).toFixed(2),
      'slides PDF size (target < 3 MB at 1×)': mb(pdf),
    }
    if (!options.scale) {
      const handout = join(dir, 'handout.pdf')
      figures['handout export (s, target < 15)'] = timed(['--import', 'tsx', script('export-handout.ts'), '--output', handout], root).toFixed(1)
      figures['handout PDF size'] = mb(handout)
    }
    return figures
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

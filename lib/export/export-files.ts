/**
 * Atomic output for the exports: write into a temporary file (or folder) next to the target,
 * check it, and only then rename it over the target. A failed or interrupted export never
 * replaces a good file with a broken one.
 */
import { Buffer } from 'node:buffer'
import { closeSync, existsSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import process from 'node:process'

/** `talk.pdf` → `talk.partial-123.pdf` (same folder, same extension, so tools accept it). */
export function partialPath(target: string, pid: number): string {
  const ext = extname(target)
  return join(dirname(target), `${basename(target, ext)}.partial-${pid}${ext}`)
}

export function readHead(file: string, length: number): Buffer {
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(length)
    const n = readSync(fd, head, 0, length, 0)
    return head.subarray(0, n)
  }
  finally {
    closeSync(fd)
  }
}

const MAGIC = {
  pdf: Buffer.from('%PDF-', 'latin1'),
  png: Buffer.from([0x89, 0x50, 0x4E, 0x47]),
  zip: Buffer.from([0x50, 0x4B, 0x03, 0x04]),
} as const

export function hasMagic(file: string, kind: keyof typeof MAGIC): boolean {
  try {
    return statSync(file).isFile() && statSync(file).size > 64 && readHead(file, MAGIC[kind].length).equals(MAGIC[kind])
  }
  catch {
    return false
  }
}

/** PNG files in a folder, sorted by the slide number Slidev names them with (`1.png`, `2.png`, …). */
export function pngFiles(dir: string): string[] {
  return readdirSync(dir).filter(f => f.endsWith('.png')).sort((a, b) => Number.parseInt(a) - Number.parseInt(b) || a.localeCompare(b))
}

/** Renames `temp` over `target`; for folders, the old target is removed only after the swap. */
export function replaceWith(temp: string, target: string, pid: number): void {
  if (existsSync(target) && statSync(target).isDirectory()) {
    const old = `${target}.old-${pid}`
    renameSync(target, old)
    renameSync(temp, target)
    rmSync(old, { recursive: true, force: true })
    return
  }
  renameSync(temp, target)
}

/** A one-line cause for a failed `slidev export`, from what it printed. */
export function slidevFailureCause(output: string, timeoutMs: number): string {
  const timeout = /Timeout (\d+)ms exceeded/.exec(output)
  if (timeout)
    return `a slide did not finish rendering within ${Number(timeout[1]) / 1000} s (export.timeout in slides.md, scaled to the deck's length: ${timeoutMs / 1000} s)`
  const launch = /browserType\.launch: ([^\n]+)/.exec(output)
  if (launch)
    return `Chromium did not start: ${launch[1]}`
  const error = /(?:^|\n)\s*(?:error|Error)[: ]\s*([^\n]+)/.exec(output)
  return error ? error[1]!.trim() : 'slidev export failed'
}

/** A failure the export recognised and can name; the target was left untouched. */
export class ExportError extends Error {}

export function fail(message: string): never {
  throw new ExportError(message)
}

/** `export.timeout` from the headmatter, else Slidev's own default (30 s). */
export function exportTimeout(headmatter: Record<string, unknown>): number {
  return Number((headmatter.export as { timeout?: number } | undefined)?.timeout ?? 30_000)
}

/**
 * Runs an export's `main` and exits with its code. A named failure says the previous output was
 * kept; anything else (a missing browser: the one-line how-to) is printed as it is.
 */
export function runExport(name: string, main: () => Promise<number>): void {
  main().then(code => process.exit(code), (error) => {
    const message = error instanceof Error ? error.message : String(error)
    console.error(error instanceof ExportError
      ? `${name}: ${message}; the previous output was left as it was.`
      : `${name}: ${message}`)
    process.exit(1)
  })
}

/**
 * The pages of a slides PDF that do not show their slide's title (white space ignored, as text
 * extraction drops or adds it): Slidev's exporter printed them before the slide had rendered.
 * `texts[i]` is page i + 1's text; `titles[i]` the title of the slide printed there ('' = none).
 */
export function pagesMissingTitles(texts: readonly string[], titles: readonly string[]): number[] {
  const squash = (s: string) => s.replace(/\s+/g, '')
  return titles.flatMap((title, i) => title && !squash(texts[i] ?? '').includes(squash(title)) ? [i + 1] : [])
}

/**
 * What Slidev's dev server has the page log when a slide's module did not load (its virtual
 * slides module, `node/virtual/slides.ts` in @slidev/cli): the slide is then drawn as Slidev's
 * error layout. The unit test checks the installed Slidev still logs these words.
 */
export const SLIDE_LOAD_FAILURE = /slide failed to load|failed to load slide/i

/**
 * What `npm run export` and `npm run export:handout` share: the default file names (from the
 * headmatter's `exportFilename`), the Slidev binary, atomic output with clean-up on SIGINT and
 * SIGTERM; and the finishing of a PDF in lib/export/pdf-finish.ts. Nothing here loads pdf-lib or
 * pdf.js (about 2 s together), so an export can start Chromium first and load them meanwhile.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { partialPath, replaceWith } from './export-files.ts'

export type OutputKind = 'pdf' | 'png' | 'pptx' | 'handout'

/** The headmatter's `exportFilename` (Slidev's own default: `slides`). */
export function exportFilename(headmatter: Record<string, unknown>): string {
  const name = headmatter.exportFilename ?? 'slides'
  if (typeof name !== 'string' || !name.trim() || /[/\\]/.test(name))
    throw new Error(`slides.md headmatter: exportFilename must be a file name without folders, got ${JSON.stringify(name)}`)
  return name.trim()
}

/** Where each export goes unless `--output` says otherwise: `exports/<exportFilename>…`. */
export function defaultOutput(headmatter: Record<string, unknown>, kind: OutputKind): string {
  const name = exportFilename(headmatter)
  const file = { pdf: `${name}.pdf`, png: `${name}-png`, pptx: `${name}.pptx`, handout: `${name}-handout.pdf` }[kind]
  return join('exports', file)
}

/** The `slidev` executable of the installed @slidev/cli, found through its package.json `bin`. */
export function slidevBin(from: string = import.meta.url): string {
  const require = createRequire(from)
  const manifest = require.resolve('@slidev/cli/package.json')
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> }
  const entry = typeof bin === 'string' ? bin : bin?.slidev
  if (!entry)
    throw new Error(`${manifest} names no \`slidev\` bin`)
  return join(dirname(manifest), entry)
}

/** Runs `slidev …args` in `cwd`, echoing its output; resolves with the exit code and the output seen. */
export function runSlidev(args: readonly string[], cwd = process.cwd()): Promise<{ code: number, output: string }> {
  return new Promise((done) => {
    const child: ChildProcess = spawn(process.execPath, [slidevBin(), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout!.on('data', (chunk: Uint8Array) => {
      output += chunk
      process.stdout.write(chunk)
    })
    child.stderr!.on('data', (chunk: Uint8Array) => {
      output += chunk
      process.stderr.write(chunk)
    })
    child.on('exit', c => done({ code: c ?? 1, output }))
    child.on('error', error => done({ code: 1, output: String(error) }))
  })
}

/**
 * Writes `target` atomically: `produce` writes the temporary file (or folder) it is given, next
 * to the target; only when it and `verify` succeed is the temporary renamed over the target. On
 * failure, or on SIGINT / SIGTERM, the temporary is removed and the target is as it was.
 */
export async function writeAtomically(
  target: string,
  produce: (temp: string) => Promise<void>,
  verify: (temp: string) => Promise<void> | void = () => {},
): Promise<void> {
  mkdirSync(dirname(target), { recursive: true })
  const temp = partialPath(target, process.pid)
  const cleanup = () => rmSync(temp, { recursive: true, force: true })
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup()
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    await produce(temp)
    await verify(temp)
    replaceWith(temp, target, process.pid)
  }
  finally {
    cleanup()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/**
 * `npm run export [-- --output FILE] [-- other slidev export flags]`
 *
 * Runs `slidev export` with the Chromium that lib/chromium.ts finds, into a temporary file next
 * to the target, checks that the result is a PDF, and only then renames it over the target: a
 * failed or interrupted export never replaces a good PDF with a broken one.
 */
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { ChromiumNotFoundError, findChromium } from '../lib/chromium'
import { splitOutputArg } from '../lib/cli'

export const DEFAULT_OUTPUT = 'exports/ai-large-models-talk.pdf'

function startsWithPdfMagic(file: string): boolean {
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(5)
    readSync(fd, head, 0, 5, 0)
    return head.toString('latin1') === '%PDF-'
  }
  finally {
    closeSync(fd)
  }
}

async function main(): Promise<number> {
  const { output, rest } = splitOutputArg(process.argv.slice(2), DEFAULT_OUTPUT)
  const target = resolve(output)

  let browser: string
  try {
    browser = findChromium()
  }
  catch (error) {
    if (error instanceof ChromiumNotFoundError) {
      console.error(`export: ${error.message}`)
      return 1
    }
    throw error
  }

  mkdirSync(dirname(target), { recursive: true })
  const temp = `${target.replace(/\.pdf$/i, '')}.partial-${process.pid}.pdf`
  const cleanup = () => rmSync(temp, { force: true })
  process.once('SIGINT', () => {
    cleanup()
    process.exit(130)
  })

  const slidev = resolve('node_modules/@slidev/cli/bin/slidev.mjs')
  const args = [slidev, 'export', 'slides.md', '--executable-path', browser, '--output', temp, ...rest]
  console.log(`export: ${browser} → ${output}`)
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' })
    child.on('exit', c => done(c ?? 1))
    child.on('error', () => done(1))
  })

  if (code !== 0) {
    cleanup()
    console.error(`export: slidev export failed (exit ${code}); ${output} was left as it was.`)
    return code
  }
  let ok = false
  try {
    ok = statSync(temp).size > 1024 && startsWithPdfMagic(temp)
  }
  catch {}
  if (!ok) {
    cleanup()
    console.error(`export: slidev produced no valid PDF; ${output} was left as it was.`)
    return 1
  }
  renameSync(temp, target)
  console.log(`export: wrote ${output} (${(statSync(target).size / 1024).toFixed(0)} KB)`)
  return 0
}

main().then(code => process.exit(code), (error) => {
  console.error(`export: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})

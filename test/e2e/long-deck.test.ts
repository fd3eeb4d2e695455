/**
 * A longer talk exports: every section imported twice (lib/export/scaled-deck.ts; ~86 slides) in
 * a copy of the project with its own Vite cache, through `npm run export`. Before the copy let
 * Vite serve its linked packages, the KaTeX slides of every round fell back to system fonts
 * (144 characters at this length) and no PDF came out; the PDF must have one page per slide and
 * only the bundled fonts, read back with pdffonts.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { setPriority, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { loadDeck } from '../../lib/data/deck'
import { BUNDLED_FONT } from '../../lib/export/pdf-fonts'
import { scaledProject } from '../../lib/export/scaled-deck'

const SCALE = 2
const dir = mkdtempSync(join(tmpdir(), 'deck-long-'))

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * Runs node with `args` in `cwd` at a lower CPU priority (its Chromium inherits it): this export
 * needs no site build, and so yields the two cores to the build that the other browser files wait
 * for, and takes the time they then spend waiting on their pages.
 */
function exportBehind(args: string[], cwd: string): Promise<{ status: number | null, stderr: string }> {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, CHROMIUM_PATH: inject('chromiumPath') }, stdio: ['ignore', 'ignore', 'pipe'] })
  try {
    setPriority(child.pid!, 10)
  }
  catch {} // Not allowed here: it runs at the usual priority.
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr += chunk)
  return new Promise((done, failed) => {
    child.once('error', failed)
    child.once('close', status => done({ status, stderr }))
  })
}

describe(`a deck with every section ${SCALE} times`, () => {
  it('exports one page per slide, every glyph in a bundled font', async () => {
    const copy = scaledProject(SCALE, '.', dir)
    const slides = await loadDeck('slides.md', copy)
    expect(slides.length, 'slides in the longer deck').toBeGreaterThan(80)
    const pdf = join(dir, 'long.pdf')
    const started = performance.now()
    const result = await exportBehind(['--import', 'tsx', resolve('scripts/export.ts'), '--output', pdf], copy)
    expect(result.status, `npm run export failed:\n${result.stderr.slice(-3000)}`).toBe(0)
    console.log(`long deck: ${slides.length} slides in ${((performance.now() - started) / 1000).toFixed(1)} s`)

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(slides.length)
    const rows = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2)
    const families = new Set(rows.map(r => r.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')))
    expect([...families].filter(f => f.startsWith('KaTeX_')).length, 'KaTeX faces embedded').toBeGreaterThan(0)
    for (const family of families)
      expect(family, 'a font from outside the bundle').toMatch(BUNDLED_FONT)
  })
})

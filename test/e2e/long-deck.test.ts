/**
 * A longer talk exports: every section imported twice (lib/export/scaled-deck.ts; ~86 slides) in
 * a copy of the project with its own Vite cache, through `npm run export`. Before the copy let
 * Vite serve its linked packages, the KaTeX slides of every round fell back to system fonts
 * (144 characters at this length) and no PDF came out; the PDF must have one page per slide and
 * only the bundled fonts, read back with pdffonts.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { loadDeck } from '../../lib/data/deck'
import { BUNDLED_FONT } from '../../lib/export/pdf-fonts'
import { scaledProject } from '../../lib/export/scaled-deck'

const SCALE = 2
const dir = mkdtempSync(join(tmpdir(), 'deck-long-'))

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe(`a deck with every section ${SCALE} times`, () => {
  it('exports one page per slide, every glyph in a bundled font', async () => {
    const copy = scaledProject(SCALE, '.', dir)
    const slides = await loadDeck('slides.md', copy)
    expect(slides.length, 'slides in the longer deck').toBeGreaterThan(80)
    const pdf = join(dir, 'long.pdf')
    const started = performance.now()
    const result = spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/export.ts'), '--output', pdf], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: inject('chromiumPath') },
    })
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

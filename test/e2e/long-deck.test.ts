/**
 * A longer talk exports: every section imported twice (lib/export/scaled-deck.ts; ~86 slides) in
 * a copy of the project with its own Vite cache, through `npm run export`. Before the copy let
 * Vite serve its linked packages, the KaTeX slides of every round fell back to system fonts
 * (144 characters at this length) and no PDF came out; the PDF must have one page per slide and
 * only the bundled fonts, read back with pdffonts. The copy also sets the talk's address
 * (`homepage`), so the same export shows that the closing slide's QR code reads back as it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { loadDeck } from '../../lib/data/deck.ts'
import { BUNDLED_FONT } from '../../lib/export/pdf-fonts.ts'
import { scaledProject } from '../../lib/export/scaled-deck.ts'

const SCALE = 2
const ADDRESS = 'https://example.org/ai-talk/'
const dir = mkdtempSync(join(tmpdir(), 'deck-long-'))

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe(`a deck with every section ${SCALE} times`, () => {
  it('exports one page per slide, every glyph in a bundled font', async () => {
    const copy = scaledProject(SCALE, '.', dir)
    const pkg = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'))
    writeFileSync(join(copy, 'package.json'), JSON.stringify({ ...pkg, homepage: ADDRESS }))
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

    // The closing slide's QR code, read from the printed page, is the configured address.
    const closing = slides.find(s => s.frontmatter.layout === 'closing')!
    const png = join(dir, 'closing')
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', String(closing.no), '-l', String(closing.no), '-singlefile', pdf, png])
    const image = PNG.sync.read(readFileSync(`${png}.png`))
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data, `the QR code on slide ${closing.no}`).toBe(ADDRESS)
    expect(execFileSync('pdftotext', ['-f', String(closing.no), '-l', String(closing.no), pdf, '-'], { encoding: 'utf8' })).toContain(ADDRESS)
  })
})

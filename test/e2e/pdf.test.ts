/**
 * `npm run export` produces the slides PDF: one page per slide, Chinese text in the bundled
 * fonts only (no system fallback, no Type 3), and a failed export leaves a good PDF untouched.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../lib/deck'

const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-'))
const pdf = join(dir, 'slides.pdf')
const slides = await loadDeck()

function exportTo(output: string, env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--output', output], { encoding: 'utf8', env })
}

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' })
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} not found: install poppler-utils (apt-get install poppler-utils)`)
    throw error
  }
}

beforeAll(() => {
  const result = exportTo(pdf)
  if (result.status !== 0)
    throw new Error(`npm run export failed:\n${result.stdout}\n${result.stderr}`)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the slides PDF', () => {
  it('has one page per slide', () => {
    const info = poppler('pdfinfo', [pdf])
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(slides.length)
    expect(info).toMatch(/^Title:\s+AI大模型的未来发展趋势与挑战/m)
  })

  it('carries each slide\'s title as text on its page', () => {
    for (const slide of slides) {
      const text = poppler('pdftotext', ['-f', String(slide.no), '-l', String(slide.no), '-layout', pdf, '-'])
      // Titles may wrap or be spaced by layout; compare without white space.
      expect(text.replace(/\s+/g, ''), `page ${slide.no}`).toContain(slide.title.replace(/\s+/g, ''))
    }
  })

  it('embeds only the bundled fonts, none of them Type 3', () => {
    const rows = poppler('pdffonts', [pdf]).trim().split('\n').slice(2)
    expect(rows.length).toBeGreaterThan(0)
    const families = new Set(rows.map(r => r.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')))
    for (const family of families)
      expect(family, 'a font from outside the bundle').toMatch(/^(NotoSansSC|JetBrainsMono|KaTeX_)/)
    expect([...families].some(f => f.startsWith('NotoSansSC'))).toBe(true)
    for (const row of rows) {
      expect(row).not.toMatch(/Type 3/)
      // emb = yes
      expect(row.split(/\s+/).slice(-5, -4)[0]).toBe('yes')
    }
  })
})

describe('a failed export', () => {
  it('exits non-zero with a one-line how-to and leaves the existing PDF as it was', () => {
    const good = join(dir, 'good.pdf')
    writeFileSync(good, readFileSync(pdf))
    const before = readFileSync(good)
    const result = exportTo(good, { ...process.env, CHROMIUM_PATH: join(dir, 'no-such-chromium') })
    expect(result.status).not.toBe(0)
    const message = result.stderr.trim()
    expect(message.split('\n')).toHaveLength(1)
    expect(message).toMatch(/No Chromium found/)
    expect(message).toContain('npx playwright install chromium')
    expect(readFileSync(good).equals(before)).toBe(true)
    expect(existsSync(good)).toBe(true)
  })
})

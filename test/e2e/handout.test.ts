/**
 * `npm run export:handout` produces the A4 handout: a tagged PDF (structure, reading order,
 * /Lang zh-CN) with an outline, every slide with its speaker notes, the section in the running
 * header, page numbers in the footer, the references at the end, only the bundled fonts.
 */
import type { PdfReport } from '../../lib/pdf-read'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sources } from '../../data/sources'
import { loadDeck } from '../../lib/deck'
import { findFontFallbacks } from '../../lib/pdf-fonts'
import { readPdf } from '../../lib/pdf-read'
import { sliceReferences } from '../../lib/references'
import { SECTIONS } from '../../lib/sections'
import { sourceUrl } from '../../lib/sources'

const dir = mkdtempSync(join(tmpdir(), 'deck-handout-'))
const pdf = join(dir, 'handout.pdf')
const slides = await loadDeck()

function exportHandout(output: string, env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export-handout.ts', '--output', output], { encoding: 'utf8', env })
}

/** Text compared without white space (line wrapping, CJK spacing) and Markdown emphasis. */
function squash(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').replace(/\s+/g, '')
}

let report: PdfReport
let info: string

beforeAll(async () => {
  const result = exportHandout(pdf)
  if (result.status !== 0)
    throw new Error(`npm run export:handout failed:\n${result.stdout}\n${result.stderr}`)
  report = await readPdf(pdf)
  info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the handout PDF', () => {
  it('is a tagged A4 document in zh-CN', () => {
    expect(info).toMatch(/^Tagged:\s+yes/m)
    expect(info).toMatch(/^Page size:.*\(A4\)/m)
    expect(report.tagged).toBe(true)
    expect(report.lang).toBe('zh-CN')
    expect(report.info.Title).toBe(`${slides[0]!.frontmatter.title} · 讲义`)
  })

  it('has a page per slide and the references after them', () => {
    expect(report.pages).toBeGreaterThanOrEqual(slides.length + 1)
    const last = squash(report.texts.at(-1)!)
    expect(last).toContain('参考文献')
    // The list is sorted by author: its last entry ends the handout.
    expect(last).toContain(squash(sliceReferences(sources).at(-1)!.title).slice(0, 12))
  })

  it('shows every slide (its title) and every slide\'s speaker notes', () => {
    const all = squash(report.texts.join(''))
    for (const slide of slides) {
      expect(all, `slide ${slide.no} title`).toContain(squash(slide.title))
      for (const line of slide.note.split('\n').map(l => l.trim()).filter(Boolean))
        expect(all, `slide ${slide.no} note`).toContain(squash(line))
    }
  })

  it('puts the section in the running header and numbers the pages in the footer', () => {
    const pages = report.texts.map(squash)
    SECTIONS.forEach((title, i) => {
      expect(pages.some(t => t.includes(squash(`第 ${i + 1} 部分 · ${title}`))), `section ${i + 1}`).toBe(true)
    })
    pages.forEach((t, i) => expect(t, `page ${i + 1}`).toContain(`第${i + 1}页/共${report.pages}页`))
  })

  it('has an outline: sections, and the slides within them', () => {
    const titles = report.outline.map(o => o.title)
    for (const section of SECTIONS)
      expect(titles, section).toContain(section)
    for (const slide of slides.filter(s => s.title))
      expect(titles, `slide ${slide.no}`).toContain(slide.title.trim())
    // Slides of a section are nested below its divider.
    const dividerSlide = slides.findIndex(s => s.frontmatter.section === 1)
    const divider = report.outline.find(o => o.title === SECTIONS[0])!
    const next = report.outline.find(o => o.title === slides[dividerSlide + 1]!.title.trim())!
    expect(next.depth).toBe(divider.depth + 1)
  })

  it('keeps the source links live', () => {
    const urls = new Set(report.links.map(l => l.url))
    for (const source of sources)
      expect(urls, source.id).toContain(sourceUrl(source))
  })

  it('uses only the bundled fonts, none of them Type 3', async () => {
    const { fallbacks } = await findFontFallbacks(pdf)
    expect(fallbacks).toEqual([])
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2)
    for (const row of fonts) {
      expect(row).not.toMatch(/Type 3/)
      expect(row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).toMatch(/^(?:NotoSansSC|JetBrainsMono|KaTeX_)/)
    }
  })
})

describe('a failed handout export', () => {
  it('exits non-zero with the how-to and leaves the existing handout as it was', () => {
    const good = join(dir, 'good.pdf')
    writeFileSync(good, readFileSync(pdf))
    const before = readFileSync(good)
    const result = exportHandout(good, { ...process.env, CHROMIUM_PATH: join(dir, 'no-such-chromium') })
    expect(result.status).not.toBe(0)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/No Chromium found/)
    expect(readFileSync(good).equals(before)).toBe(true)
  })
})

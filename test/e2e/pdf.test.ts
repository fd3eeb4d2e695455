/**
 * The slides PDF, as the site publishes it: one page per slide, Chinese text in the bundled
 * fonts only (no system fallback, no Type 3), a bookmark per section, live source links and
 * clean metadata. `npm run build:site` prints it from the built site's `/print` page through the
 * same module as `npm run export` (lib/export/export-slides.ts, print-deck.ts); `npm run export`
 * itself, on Slidev's server, runs in long-deck.test.ts. (What a failed export does — the
 * existing PDF kept, the glyph named — is the exporter's own logic, unit-tested with a failing
 * renderer: test/unit/export/exporter.test.ts.)
 */
import type { PdfReport } from '../../lib/export/pdf-read.ts'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { sources } from '../../data/sources.ts'
import { loadDeck } from '../../lib/data/deck.ts'
import { isClosingSlide } from '../../lib/deck/layouts.ts'
import { SECTIONS } from '../../lib/deck/sections.ts'
import { sourceUrl } from '../../lib/deck/sources.ts'
import { findFontFallbacks } from '../../lib/export/pdf-fonts.ts'
import { readPdf } from '../../lib/export/pdf-read.ts'
import { PDF_FILE } from '../../lib/site/site-meta.ts'
import { builtSite } from './site.ts'

const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-'))
const pdf = join(dir, 'slides.pdf')
const slides = await loadDeck()

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

let report: PdfReport

// The global set-up builds the site with its PDF inside (test/e2e/site.ts): read that one rather
// than exporting the deck a second time.
await builtSite('pdf')

beforeAll(async () => {
  cpSync(join(inject('distDir'), PDF_FILE), pdf)
  report = await readPdf(pdf)
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

describe('the slides PDF as a document', () => {
  it('has a bookmark for every section and every titled slide, in Chinese', () => {
    const titles = report.outline.map(o => o.title)
    for (const section of SECTIONS)
      expect(titles, `section ${section}`).toContain(section)
    for (const slide of slides.filter(s => s.title))
      expect(titles, `slide ${slide.no}`).toContain(slide.title.trim())
  })

  it('nests each section\'s slides under it, each bookmark opening its slide\'s page', () => {
    for (const slide of slides.filter(s => s.title)) {
      const entry = report.outline.find(o => o.title === slide.title.trim())!
      expect(entry.page, slide.title).toBe(slide.no)
      const inSection = typeof slide.frontmatter.section !== 'number' && slides.slice(0, slide.no).some(s => s.frontmatter.section === 1)
        && !slide.frontmatter.footerLabel && !isClosingSlide(slide.frontmatter)
      expect(entry.depth, slide.title).toBe(inSection ? 1 : 0)
    }
  })

  it('links every cited source with a live link annotation', () => {
    const urls = new Set(report.links.map(l => l.url))
    for (const source of sources)
      expect(urls, source.id).toContain(sourceUrl(source))
    // Citations on content slides link too, not only the references list.
    const referencePages = slides.filter(s => s.frontmatter.footerLabel === '参考文献').map(s => s.no)
    expect(report.links.some(l => !referencePages.includes(l.page))).toBe(true)
  })

  it('carries title, author, a plain subject, keywords and the language zh-CN', () => {
    const head = slides[0]!.frontmatter
    expect(report.info.Title).toBe(head.title)
    expect(report.info.Author).toBe(head.author)
    expect(String(report.info.Subject)).toMatch(/^从 Transformer 到混合专家/)
    expect(String(report.info.Subject)).not.toMatch(/[#*\n]/)
    expect(String(report.info.Keywords)).toContain('Transformer')
    expect(report.lang).toBe('zh-CN')
  })

  it('draws every character in a bundled font (checked with pdfjs too)', async () => {
    const { fallbacks } = await findFontFallbacks(pdf)
    expect(fallbacks).toEqual([])
  })
})

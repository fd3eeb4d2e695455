/**
 * `npm run export` produces the slides PDF: one page per slide, Chinese text in the bundled
 * fonts only (no system fallback, no Type 3), a bookmark per section, live source links and
 * clean metadata; a failed export leaves a good PDF untouched.
 */
import type { PdfReport } from '../../lib/export/pdf-read'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { sources } from '../../data/sources'
import { loadDeck } from '../../lib/data/deck'
import { SECTIONS } from '../../lib/deck/sections'
import { sourceUrl } from '../../lib/deck/sources'
import { findFontFallbacks } from '../../lib/export/pdf-fonts'
import { readPdf } from '../../lib/export/pdf-read'

const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-'))
const pdf = join(dir, 'slides.pdf')
const slides = await loadDeck()

function exportTo(output: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), extra: string[] = []) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--output', output, ...extra], { encoding: 'utf8', env, cwd })
}

/** A copy of the project (node_modules linked) whose cover title gets `change`d. */
function projectCopy(change: (slidesMd: string) => string): string {
  const root = resolve('.')
  const copy = mkdtempSync(join(dir, 'project-'))
  const skip = new Set(['node_modules', '.git', '.cache', 'dist', 'exports', 'docs'])
  for (const entry of readdirSync(root).filter(e => !skip.has(e)))
    cpSync(join(root, entry), join(copy, entry), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir')
  const file = join(copy, 'slides.md')
  const before = readFileSync(file, 'utf8')
  const after = change(before)
  expect(after, 'the change applied').not.toBe(before)
  writeFileSync(file, after)
  return copy
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

let report: PdfReport

beforeAll(async () => {
  // The global set-up builds the site with `npm run export`'s PDF inside: read that one rather
  // than exporting the deck a second time.
  const built = join(inject('distDir') ?? '', 'ai-large-models-talk.pdf')
  if (existsSync(built)) {
    cpSync(built, pdf)
  }
  else {
    const result = exportTo(pdf)
    if (result.status !== 0)
      throw new Error(`npm run export failed:\n${result.stdout}\n${result.stderr}`)
  }
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
        && !slide.frontmatter.footerLabel && !['closing', 'end'].includes(String(slide.frontmatter.layout))
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

describe('an export with a character the bundled fonts lack', () => {
  it('fails, naming the slide and the character, and leaves the existing PDF as it was', () => {
    // U+2079 SUPERSCRIPT NINE is in none of the bundled Noto Sans SC subsets: Chromium would
    // draw it in a system font (DejaVu Sans here).
    const copy = projectCopy(md => md.replace(/^# (AI大模型的未来发展趋势与挑战)$/m, '# $1\u2079'))
    const good = join(dir, 'kept.pdf')
    writeFileSync(good, readFileSync(pdf))
    const before = readFileSync(good)
    const result = exportTo(good, process.env, copy, ['--range', '1'])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/slide 1: character '\u2079' \(U\+2079\) fell back to \S+/)
    expect(result.stderr).toMatch(/not in the bundled fonts/)
    expect(readFileSync(good).equals(before)).toBe(true)
  })
})

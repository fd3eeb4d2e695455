/**
 * `npm run export:handout` prints the reading document (read.html) on A4, two slides a page by
 * default: a tagged PDF (structure, reading order, /Lang zh-CN) with an outline, every slide with
 * its speaker notes (≥ 9 pt), pages used to their foot, page numbers and the data cut-off on every
 * page, only the bundled fonts. Exported from the site the global set-up built (`--site`: the
 * document the build wrote; Slidev's server is what long-deck.test.ts makes it from). One and three
 * a page are printed once each, and the document printed as a browser's Ctrl+P would.
 */
import type { PdfReport } from '../../lib/export/pdf-read.ts'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { sources } from '../../data/sources.ts'
import { loadDeck } from '../../lib/data/deck.ts'
import { cutoffText, dataCutoff } from '../../lib/deck/cutoff.ts'
import { HANDOUT_TEXT } from '../../lib/deck/handout.ts'
import { READING_TEXT } from '../../lib/deck/reading.ts'
import { SECTIONS } from '../../lib/deck/sections.ts'
import { sourceUrl } from '../../lib/deck/sources.ts'
import { findFontFallbacks } from '../../lib/export/pdf-fonts.ts'
import { readPdf } from '../../lib/export/pdf-read.ts'
import { sharedBrowser } from './browser.ts'
import { builtSite } from './site.ts'

const dir = mkdtempSync(join(tmpdir(), 'deck-handout-'))
const pdf = join(dir, 'handout.pdf')
const slides = await loadDeck()

// The global set-up builds the site while the first files run (test/e2e/site.ts).
await builtSite()

function exportHandout(output: string, extra: string[] = []) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export-handout.ts', '--site', inject('distDir'), '--output', output, ...extra], { encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`npm run export:handout ${extra.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  return result
}

const pt = (mm: number) => (mm * 72) / 25.4
/** Text items of the page body: between the running header and the footer (pdf.js y is from the bottom). */
const body = (r: PdfReport, page: number) => r.items.filter(i => i.page === page && i.y > pt(18) && i.y < pt(297 - 18) && i.str.trim())

/** Text compared without white space (line wrapping, CJK spacing) and Markdown emphasis. */
function squash(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').replace(/\s+/g, '')
}

let report: PdfReport
let info: string

beforeAll(async () => {
  exportHandout(pdf)
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

  it('flows the slides in order, about two a page, each page used to its foot', () => {
    // No more pages than two slides a sheet would take.
    expect(report.pages).toBeLessThanOrEqual(Math.ceil(slides.length / 2))
    const all = squash(report.texts.join(''))
    let at = 0
    for (const slide of slides.filter(s => s.title)) {
      const found = all.indexOf(squash(slide.title), at)
      expect(found, `slide ${slide.no} after slide ${slide.no - 1}`).toBeGreaterThanOrEqual(0)
      at = found
    }
    // Every page but the last has text in its lowest third: no layout leaves a third of the sheet empty.
    for (let page = 1; page < report.pages; page++) {
      const lowest = Math.min(...body(report, page).map(i => i.y))
      expect(lowest, `page ${page}: lowest text, pt from the bottom`).toBeLessThan(pt(18 + (297 - 36) / 3))
    }
  })

  it('sets every slide\'s speaker notes, and the models\' names in the data tables, at 9 pt or more', () => {
    // The text drawn at 9 pt or more, joined (pdf.js splits Chinese text into short items).
    const large = squash(report.items.filter(i => i.size >= 9 - 0.01).map(i => i.str).join(''))
    for (const slide of slides.filter(s => s.note.trim())) {
      const first = squash(slide.note.split('\n')[0]!).slice(0, 16)
      expect(large, `slide ${slide.no}'s notes`).toContain(first)
    }
    // Not only the slides' 3–4 pt copies: the tables beneath them name the models at 9 pt or more.
    for (const name of ['Transformer', 'DeepSeek-V3', 'Qwen3.5-397B-A17B'])
      expect(large, name).toContain(name)
  })

  it('shows every slide (its title) and every slide\'s speaker notes', () => {
    const all = squash(report.texts.join(''))
    for (const slide of slides) {
      expect(all, `slide ${slide.no} title`).toContain(squash(slide.title))
      // In pieces: a note that runs on over a page break has the next page's header, and the
      // slides drawn after it, between its halves (pdf.js gives text in the order it is drawn).
      for (const line of slide.note.split('\n').map(l => squash(l)).filter(Boolean)) {
        const pieces = Array.from({ length: Math.ceil(line.length / 12) }, (_, i) => line.slice(i * 12, i * 12 + 12))
        const missing = pieces.filter(piece => !all.includes(piece))
        expect(missing.length, `slide ${slide.no} note: ${missing.join(' / ')}`).toBeLessThanOrEqual(1)
      }
    }
  })

  it('names the handout in the running header and numbers the pages in the footer', () => {
    const label = squash(`${slides[0]!.frontmatter.title} · ${READING_TEXT.handoutSuffix}`)
    report.texts.map(squash).forEach((t, i) => {
      expect(t, `page ${i + 1}`).toContain(label)
      expect(t, `page ${i + 1}`).toContain(`第${i + 1}页/共${report.pages}页`)
    })
  })

  it('states the data cut-off the deck derives, on every page', () => {
    const cutoff = squash(cutoffText(dataCutoff(sources)))
    report.texts.map(squash).forEach((t, i) => expect(t, `page ${i + 1}`).toContain(cutoff))
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

describe('one and three slides a page, and Ctrl+P', () => {
  it('one a page: every slide starts a page, the section in the running header', async () => {
    const one = join(dir, 'one.pdf')
    exportHandout(one, ['--per-page', '1'])
    const r = await readPdf(one)
    // A slide whose data table is long goes on over a second page: a few.
    expect(r.pages).toBeGreaterThanOrEqual(slides.length)
    expect(r.pages).toBeLessThanOrEqual(slides.length + 5)
    const pages = r.texts.map(squash)
    let page = -1
    for (const slide of slides) {
      const next = pages.findIndex((t, i) => i > page && t.includes(squash(slide.title)))
      expect(next, `slide ${slide.no} starts a page after slide ${slide.no - 1}'s`).toBeGreaterThan(page)
      page = next
    }
    SECTIONS.forEach((title, i) => {
      expect(pages.some(t => t.includes(squash(HANDOUT_TEXT.section(i + 1, title)))), `section ${i + 1}`).toBe(true)
    })
  })

  it('three a page: ruled lines beside each slide, no notes, three slides on every full page', async () => {
    const three = join(dir, 'three.pdf')
    exportHandout(three, ['--per-page', '3'])
    const r = await readPdf(three)
    expect(r.pages).toBe(Math.ceil(slides.length / 3))
    r.texts.forEach((text, k) => {
      const onPage = slides.slice(3 * k, 3 * k + 3)
      const t = squash(text)
      for (const slide of onPage)
        expect(t, `page ${k + 1} shows slide ${slide.no}`).toContain(squash(slide.title))
      expect(t.split(READING_TEXT.writeHere).length - 1, `page ${k + 1}: a place to write beside each slide`).toBeGreaterThanOrEqual(onPage.length)
      for (const slide of onPage.filter(s => s.note.trim()))
        expect(t, `page ${k + 1} has no notes`).not.toContain(squash(slide.note.split('\n')[0]!).slice(0, 16))
    })
  })

  it('from Slidev\'s own server (no --site), the same document: three a page, every slide', async () => {
    const fromServer = join(dir, 'from-server.pdf')
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export-handout.ts', '--per-page', '3', '--output', fromServer], { encoding: 'utf8' })
    if (result.status !== 0)
      throw new Error(`npm run export:handout (Slidev's server) failed:\n${result.stdout}\n${result.stderr}`)
    const r = await readPdf(fromServer)
    expect(r.pages).toBe(Math.ceil(slides.length / 3))
    const all = squash(r.texts.join(''))
    for (const slide of slides)
      expect(all, `slide ${slide.no}`).toContain(squash(slide.title))
  })

  it('a browser printing the reading document gets the default layout', async () => {
    const browser = await sharedBrowser()
    try {
      const page = await browser.newPage()
      await page.goto(`${inject('deckUrl')}read`)
      await page.evaluate(() => document.fonts.ready)
      const printed = join(dir, 'ctrl-p.pdf')
      await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true })
      expect((await readPdf(printed)).pages).toBe(report.pages)
    }
    finally {
      await browser.close()
    }
  })
})

describe('a failed handout export', () => {
  it('rejects a layout it does not have, in one line, before starting anything', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export-handout.ts', '--per-page', '4', '--output', join(dir, 'four.pdf')], { encoding: 'utf8' })
    expect(result.status).not.toBe(0)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/--per-page 4: choose 1, 2, 3/)
  })

  it('says what to run when --site names a folder nothing was built into', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export-handout.ts', '--site', join(dir, 'nothing'), '--output', join(dir, 'none.pdf')], { encoding: 'utf8' })
    expect(result.status).not.toBe(0)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/no record of a build into .*nothing .*: run `npm run build:site` first/)
  })
})

/**
 * `npm run export:handout` produces the A4 handout, two slides a page by default: a tagged PDF
 * (structure, reading order, /Lang zh-CN) with an outline, every slide with its speaker notes
 * (≥ 9 pt), the section in the running header, page numbers in the footer, the references at the
 * end, only the bundled fonts. Which slides share a page is lib/deck/handout-layout.ts's, unit-tested
 * for every layout; here the default layout is exported once, from the site the global set-up
 * built (`--site`: the same script and page, without a second server compiling the deck; Slidev's
 * server itself is what long-deck.test.ts exports from), and the three-a-page layout is printed
 * from that site as a light check of the same component with ruled lines instead of notes.
 */
import type { PdfReport } from '../../lib/export/pdf-read'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { sources } from '../../data/sources'
import { loadDeck } from '../../lib/data/deck'
import { cutoffText, dataCutoff } from '../../lib/deck/cutoff'
import { HANDOUT_TEXT } from '../../lib/deck/handout'
import { handoutPageCount, mmToPx, paginate, PRINTABLE_HEIGHT_MM, PRINTABLE_WIDTH_MM, SHEET_LAYOUTS } from '../../lib/deck/handout-layout'
import { sliceReferences } from '../../lib/deck/references'
import { SECTIONS } from '../../lib/deck/sections'
import { sourceUrl } from '../../lib/deck/sources'
import { findFontFallbacks } from '../../lib/export/pdf-fonts'
import { readPdf } from '../../lib/export/pdf-read'
import { sharedBrowser } from './browser'
import { builtSite } from './site'

const dir = mkdtempSync(join(tmpdir(), 'deck-handout-'))
const pdf = join(dir, 'handout.pdf')
const slides = await loadDeck()

// The global set-up builds the site while the first files run (test/e2e/site.ts).
await builtSite()

function exportHandout(output: string, env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export-handout.ts', '--site', inject('distDir'), '--output', output], { encoding: 'utf8', env })
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

  it('prints two slides a page, in order, then the references', () => {
    const sheets = paginate(slides.map(s => ({ no: s.no, header: '' })), 2)
    // Each sheet is one page: page k shows its slides' numbers ("3 / 49" above each slide).
    sheets.forEach((sheet, k) => {
      for (const { no } of sheet.items)
        expect(squash(report.texts[k]!), `page ${k + 1} shows slide ${no}`).toContain(`${no}/${slides.length}`)
    })
    const referencePages = report.pages - sheets.length
    expect(referencePages, 'pages of references').toBeGreaterThanOrEqual(1)
    expect(referencePages).toBeLessThanOrEqual(2)
    expect(report.pages).toBe(handoutPageCount(slides.length, 2, referencePages))
    // Two slides a sheet and at most two pages of references (25 pages for 45 slides).
    expect(report.pages).toBeLessThanOrEqual(Math.ceil(slides.length / 2) + 2)
    expect(squash(report.texts[sheets.length]!)).toMatch(/^参考文献/)
    const last = squash(report.texts.at(-1)!)
    expect(last).toContain('参考文献')
    // The list is sorted by author: its last entry ends the handout.
    expect(last).toContain(squash(sliceReferences(sources).at(-1)!.title).slice(0, 12))
  })

  it('sets the speaker notes at 9 pt or more', () => {
    // Two a page, the notes are the text right of the slides (18 mm margin, the slide's frame),
    // between the running header and the footer. pdf.js splits Chinese text into short items:
    // join neighbours of one size into runs.
    const pt = (mm: number) => (mm * 72) / 25.4
    const right = pt(18 + SHEET_LAYOUTS[2].slideWidthMm)
    const runs: { page: number, size: number, text: string }[] = []
    for (const item of report.items.filter(i => i.x > right && i.y > pt(16) && i.y < pt(297 - 18))) {
      const last = runs.at(-1)
      if (last && last.page === item.page && Math.abs(last.size - item.size) < 0.05)
        last.text += item.str
      else
        runs.push({ page: item.page, size: item.size, text: item.str })
    }
    const notes = squash(slides.map(s => s.note).join(''))
    const noteRuns = runs.filter(r => squash(r.text).length >= 6 && notes.includes(squash(r.text)))
    const withNotes = slides.filter(s => s.note.trim()).length
    expect(new Set(noteRuns.map(r => r.page)).size, 'pages with notes found').toBeGreaterThanOrEqual(Math.ceil(withNotes / 2) - 1)
    for (const run of runs)
      expect(run.size, `"${run.text.slice(0, 20)}" on page ${run.page}, pt`).toBeGreaterThanOrEqual(9 - 0.01)
    const smallest = Math.min(...noteRuns.map(r => r.size))
    expect(smallest, 'smallest note text, pt').toBeGreaterThanOrEqual(9)
    expect(smallest).toBeCloseTo(SHEET_LAYOUTS[2].notesPt!, 1)
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
      expect(pages.some(t => t.includes(squash(HANDOUT_TEXT.section(i + 1, title)))), `section ${i + 1}`).toBe(true)
    })
    pages.forEach((t, i) => expect(t, `page ${i + 1}`).toContain(`第${i + 1}页/共${report.pages}页`))
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

describe('three slides a page', () => {
  it('prints from the built site: fifteen full sheets, ruled lines beside every slide, nothing wider or taller than a page', async () => {
    const browser = await sharedBrowser()
    try {
      const width = Math.floor(mmToPx(PRINTABLE_WIDTH_MM))
      const page = await browser.newPage({ viewport: { width, height: 1200 }, colorScheme: 'light' })
      await page.goto(`${inject('deckUrl')}handout?per-page=3`)
      await page.waitForFunction(total => document.querySelectorAll('[data-handout-slide] .slidev-layout').length === total, slides.length)
      await page.evaluate(() => document.fonts.ready)
      const sheets = await page.locator('.handout-sheet:not(.handout-references)').evaluateAll((els, limit) => els.map(el => ({
        slides: [...el.querySelectorAll<HTMLElement>('[data-handout-slide]')].map(s => Number(s.dataset.handoutSlide)),
        lines: [...el.querySelectorAll('[data-handout-lines]')].map(l => l.querySelectorAll('.handout-line').length),
        notes: el.querySelectorAll('.handout-notes').length,
        fits: el.getBoundingClientRect().height <= limit,
      })), mmToPx(PRINTABLE_HEIGHT_MM))
      const expected = paginate(slides.map(s => ({ no: s.no, header: '' })), 3)
      expect(sheets.map(s => s.slides)).toEqual(expected.map(s => s.items.map(e => e.no)))
      for (const sheet of sheets) {
        expect(sheet.lines, `slides ${sheet.slides.join(', ')}`).toEqual(sheet.slides.map(() => SHEET_LAYOUTS[3].lines))
        expect(sheet.notes).toBe(0)
        expect(sheet.fits, `slides ${sheet.slides.join(', ')} fit one page`).toBe(true)
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'nothing wider than the page').toBeLessThanOrEqual(width)

      // Printed: one page a sheet, then the references.
      const printed = join(dir, 'three.pdf')
      await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true })
      const three = await readPdf(printed)
      expect(three.pages - expected.length).toBeGreaterThanOrEqual(1)
      expect(three.pages - expected.length).toBeLessThanOrEqual(2)
      expect(squash(three.texts[expected.length]!)).toMatch(/^参考文献/)
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

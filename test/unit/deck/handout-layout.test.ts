import { describe, expect, it } from 'vitest'
import { handoutEntries } from '../../../lib/deck/handout'
import { DEFAULT_PER_PAGE, handoutPageCount, mmToPx, paginate, parsePerPage, PER_PAGE_CHOICES, PRINTABLE_WIDTH_MM, REFERENCES_SHEET, SHEET_LAYOUTS } from '../../../lib/deck/handout-layout'
import { SAMPLE_DECK } from './sample-deck'

const entries = handoutEntries(SAMPLE_DECK, '讲座')
const numbered = (n: number) => Array.from({ length: n }, (_, i) => ({ no: i + 1, header: `第 ${Math.floor(i / 5) + 1} 部分` }))

describe('parsePerPage', () => {
  it('takes 1, 2 or 3, as a number or text, and defaults to 2', () => {
    expect(DEFAULT_PER_PAGE).toBe(2)
    expect([undefined, '', null].map(parsePerPage)).toEqual([2, 2, 2])
    expect(['1', ' 2 ', 3].map(parsePerPage)).toEqual([1, 2, 3])
  })
  it('rejects anything else, naming the choices', () => {
    for (const bad of ['0', '4', '2.5', 'two', -1])
      expect(() => parsePerPage(bad)).toThrow(/--per-page .*: choose 1, 2, 3 slides a page/)
  })
})

describe('paginate', () => {
  it.each(PER_PAGE_CHOICES.map(n => [n]))('%i a page: every slide once, in order, every sheet full but the last', (perPage) => {
    for (const count of [1, 2, 3, 7, 44, 45, 46]) {
      const sheets = paginate(numbered(count), perPage)
      expect(sheets).toHaveLength(Math.ceil(count / perPage))
      expect(sheets.flatMap(s => s.items.map(e => e.no))).toEqual(numbered(count).map(e => e.no))
      for (const sheet of sheets.slice(0, -1))
        expect(sheet.items).toHaveLength(perPage)
      expect(sheets.at(-1)!.items.length).toBeGreaterThanOrEqual(1)
    }
    expect(paginate([], perPage)).toEqual([])
  })

  it('puts a 45-slide deck on 45, 23 and 15 sheets', () => {
    expect(PER_PAGE_CHOICES.map(n => paginate(numbered(45), n).length)).toEqual([45, 23, 15])
    expect(PER_PAGE_CHOICES.map(n => handoutPageCount(45, n))).toEqual([46, 24, 16])
    expect(handoutPageCount(45, 2)).toBeLessThanOrEqual(25)
    expect(handoutPageCount(45, 2, 2)).toBe(25)
  })

  it('heads a sheet with its slides\' section, both when it spans two, and names equal headers alike', () => {
    const sheets = paginate(entries, 2)
    expect(sheets.map(s => s.header)).toEqual(['讲座 / 第 1 部分 · 背景介绍', '第 1 部分 · 背景介绍 / 第 2 部分 · 核心概念与联系', '第 2 部分 · 核心概念与联系 / 结语', '参考文献'])
    expect(new Set(sheets.map(s => s.pageName)).size).toBe(4)
    const one = paginate(entries, 1)
    expect(one.map(s => s.header)).toEqual(entries.map(e => e.header))
    expect(one[1]!.pageName).toBe(one[2]!.pageName)
    expect(one[2]!.pageName).not.toBe(one[3]!.pageName)
    expect([...one, REFERENCES_SHEET].every(s => /^[a-z][\w-]*$/.test(s.pageName))).toBe(true)
  })
})

describe('sheet layouts', () => {
  it('fit the page\'s width, with notes of at least 9 pt where there are notes', () => {
    for (const n of PER_PAGE_CHOICES) {
      const layout = SHEET_LAYOUTS[n]
      expect(layout.perPage).toBe(n)
      expect(layout.slideWidthMm).toBeLessThan(PRINTABLE_WIDTH_MM)
      if (layout.aside === 'ruled')
        expect(layout.lines).toBeGreaterThanOrEqual(5)
      else
        expect(layout.notesPt).toBeGreaterThanOrEqual(9)
    }
    expect(SHEET_LAYOUTS[1].aside).toBe('notes-beneath')
    expect(SHEET_LAYOUTS[2].aside).toBe('notes-beside')
    expect(SHEET_LAYOUTS[3].aside).toBe('ruled')
    // Beside the slide, the notes keep a readable column (≥ 60 mm).
    expect(PRINTABLE_WIDTH_MM - SHEET_LAYOUTS[2].slideWidthMm - 5).toBeGreaterThanOrEqual(60)
    expect(mmToPx(25.4)).toBeCloseTo(96)
  })
})

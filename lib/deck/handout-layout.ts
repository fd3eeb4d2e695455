/**
 * Pagination of the A4 handout (handout/Handout.vue, `npm run export:handout -- --per-page N`):
 * which slides share a printed page, what each page's running header says, how big the slide and
 * its notes are on paper, and how many pages the PDF has. Pure: the component only renders it.
 *
 *   1 a page: the slide across the page, its speaker notes beneath (10.5 pt);
 *   2 a page (default): each slide with its speaker notes beside it (9.5 pt);
 *   3 a page: each slide with ruled lines beside it to write on (no speaker notes).
 */
import { HANDOUT_TEXT } from './handout'

export const PER_PAGE_CHOICES = [1, 2, 3] as const
export type PerPage = typeof PER_PAGE_CHOICES[number]
export const DEFAULT_PER_PAGE: PerPage = 2

export interface SheetLayout {
  perPage: PerPage
  /** Width of the slide's frame on paper, in mm (the page's printable width is 174 mm). */
  slideWidthMm: number
  /** What goes with each slide: the speaker notes beneath or beside it, or ruled lines to write on. */
  aside: 'notes-beneath' | 'notes-beside' | 'ruled'
  /** Font size of the speaker notes, in pt (none in the ruled layout). */
  notesPt?: number
  /** Number of ruled lines beside each slide (ruled layout). */
  lines?: number
}

/** A4 (210 × 297 mm) less the margins of lib/deck/handout.ts's `@page` rule (18 mm sides, 18 top, 16 bottom). */
export const PRINTABLE_WIDTH_MM = 174
export const PRINTABLE_HEIGHT_MM = 297 - 18 - 16

export const SHEET_LAYOUTS: Record<PerPage, SheetLayout> = {
  // 1 mm short of the full width: 174 mm is 657.6 px, a fraction of a pixel wider than the page.
  1: { perPage: 1, slideWidthMm: PRINTABLE_WIDTH_MM - 1, aside: 'notes-beneath', notesPt: 10.5 },
  2: { perPage: 2, slideWidthMm: 104, aside: 'notes-beside', notesPt: 9.5 },
  3: { perPage: 3, slideWidthMm: 100, aside: 'ruled', lines: 7 },
}

/** `--per-page` / `?per-page=` value → 1, 2 or 3; absent → the default (2); anything else throws. */
export function parsePerPage(value: unknown): PerPage {
  if (value === undefined || value === null || value === '')
    return DEFAULT_PER_PAGE
  const n = typeof value === 'number' ? value : Number(String(value).trim())
  if (!(PER_PAGE_CHOICES as readonly number[]).includes(n))
    throw new RangeError(`--per-page ${String(value)}: choose ${PER_PAGE_CHOICES.join(', ')} slides a page`)
  return n as PerPage
}

export interface Sheet<T> {
  /** The slides on this printed page, in deck order. */
  items: T[]
  /** Running header: the section of its slides ("A / B" when a page spans two). */
  header: string
  /** CSS page name shared by every sheet with the same header. */
  pageName: string
}

/**
 * Deals the slides out `perPage` to a sheet, in order, filling every sheet but the last: a
 * section does not start a new sheet (that would print a half-empty page per section).
 */
export function paginate<T extends { header: string }>(entries: readonly T[], perPage: PerPage): Sheet<T>[] {
  const labels: string[] = []
  const sheets: Sheet<T>[] = []
  for (let i = 0; i < entries.length; i += perPage) {
    const items = entries.slice(i, i + perPage)
    const header = [...new Set(items.map(e => e.header))].join(' / ')
    let index = labels.indexOf(header)
    if (index < 0)
      index = labels.push(header) - 1
    sheets.push({ items, header, pageName: `handout-p${index}` })
  }
  return sheets
}

/** CSS px (96 a inch) in `mm` millimetres. */
export function mmToPx(mm: number): number {
  return (mm * 96) / 25.4
}

/** The references close the handout on their own sheet(s), under their own header. */
export const REFERENCES_SHEET = { header: HANDOUT_TEXT.references, pageName: 'handout-references' } as const

/**
 * Pages of the printed handout: one per sheet of slides, then the references (one page for
 * today's sources; pass more when the list grows).
 */
export function handoutPageCount(slideCount: number, perPage: PerPage, referencePages = 1): number {
  return Math.ceil(slideCount / perPage) + referencePages
}

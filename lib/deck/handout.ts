/**
 * Pure logic of the A4 handout (the reading document on paper, lib/export/reading-page.ts): which
 * running header each slide's page carries, and the CSS paged-media rules that print it. Chromium
 * prints `@page` margin boxes, and a named page per section puts the section's name in the header
 * of every page of that section.
 */
import { isClosingSlide } from './layouts.ts'
import { MAIN_SECTIONS, sectionKicker, sectionOf, sectionTitle } from './sections.ts'

/**
 * The handout's own words. They live here, in lib/, so that lib/site/fonts.ts
 * (which reads lib/*.ts) keeps their glyphs in the subset fonts.
 */
export const HANDOUT_TEXT = {
  closing: '结语',
  /** "第 3 部分 · 核心算法原理与数学模型"; the appendix by its own title. */
  section: (k: number, title: string) => k <= MAIN_SECTIONS ? `${sectionKicker(k)} · ${title}` : title,
  pageOf: ['第 ', ' 页 / 共 ', ' 页'] as const,
}

export interface HandoutSlideInput {
  title?: string
  frontmatter: { section?: unknown, footerLabel?: unknown, layout?: unknown }
}

export interface HandoutEntry {
  /** 1-based slide number. */
  no: number
  title: string
  /** Text of the running header on this slide's page. */
  header: string
  /** CSS page name (an identifier) shared by all pages with the same header. */
  pageName: string
  /**
   * Heading level of the slide's title in the handout (and so its depth in the PDF outline):
   * 2 for section dividers and slides outside any section, 3 for slides inside a section.
   */
  level: 2 | 3
}

/** A CSS string literal for `content:`. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`
}

export function handoutEntries(slides: readonly HandoutSlideInput[], deckTitle: string): HandoutEntry[] {
  const frontmatters = slides.map(s => s.frontmatter)
  const labels: string[] = []
  return slides.map((slide, i) => {
    const fm = slide.frontmatter
    let header: string
    let inSection = false
    if (typeof fm.footerLabel === 'string') {
      header = fm.footerLabel
    }
    else if (isClosingSlide(fm)) {
      header = HANDOUT_TEXT.closing
    }
    else {
      const k = sectionOf(frontmatters, i)
      inSection = k !== undefined && typeof fm.section !== 'number'
      header = k === undefined ? deckTitle : HANDOUT_TEXT.section(k, sectionTitle(k))
    }
    let index = labels.indexOf(header)
    if (index < 0)
      index = labels.push(header) - 1
    return { no: i + 1, title: slide.title?.trim() || `幻灯片 ${i + 1}`, header, pageName: `handout-h${index}`, level: inSection ? 3 : 2 }
  })
}

export interface PageRuleOptions {
  /** Running header on the right of every page. */
  documentLabel: string
  fontFamily: string
  /**
   * The data cut-off line ("数据截至 YYYY 年 M 月"), printed in the footer of every page (left).
   * Left out when absent: the handout never makes up a date.
   */
  dataCutoff?: string
}

/**
 * The `@page` rules: A4, margins, page numbers in the footer, the section name per named page.
 * `pages` are the named pages (slides' entries or handout sheets: a page name and its header).
 */
export function handoutPageCss(pages: readonly { pageName: string, header: string }[], options: PageRuleOptions): string {
  const box = `font-family: ${options.fontFamily}; font-size: 8.5pt; color: #57606a;`
  const rules = [
    `@page {
  size: A4 portrait;
  margin: 18mm 18mm 16mm;
  @top-right { content: ${cssString(options.documentLabel)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: ${cssString(HANDOUT_TEXT.pageOf[0])} counter(page) ${cssString(HANDOUT_TEXT.pageOf[1])} counter(pages) ${cssString(HANDOUT_TEXT.pageOf[2])}; ${box} vertical-align: top; padding-top: 3mm; }${options.dataCutoff
    ? `
  @bottom-left { content: ${cssString(options.dataCutoff)}; ${box} vertical-align: top; padding-top: 3mm; }`
    : ''}
}`,
  ]
  const seen = new Set<string>()
  for (const e of pages) {
    if (seen.has(e.pageName))
      continue
    seen.add(e.pageName)
    rules.push(`@page ${e.pageName} { @top-left { content: ${cssString(e.header)}; ${box} vertical-align: bottom; padding-bottom: 3mm; } }`)
  }
  return rules.join('\n')
}

/**
 * What the deck's slide layouts (layouts/*.vue, Slidev's `end`) mean beyond their look, said once
 * for global-bottom.vue (the page footer) and lib/deck/handout.ts (the handout's running header).
 */

/** Layouts that carry no page footer: the cover, section dividers and the closing slides. */
export const FOOTERLESS_LAYOUTS = ['cover', 'section', 'end', 'closing'] as const

/** Layouts that close the talk: their handout pages are headed "结语", not by a section. */
export const CLOSING_LAYOUTS = ['closing', 'end'] as const

export interface LayoutFrontmatter {
  layout?: unknown
  /** `footer: false` hides the footer on one slide of any layout. */
  footer?: unknown
}

function isOneOf(layout: unknown, layouts: readonly string[]): boolean {
  return layouts.includes(String(layout ?? ''))
}

/** Whether a slide shows the page footer (section name and slide number). */
export function showsFooter(fm: LayoutFrontmatter): boolean {
  return !isOneOf(fm.layout, FOOTERLESS_LAYOUTS) && fm.footer !== false
}

/** Whether a slide is one of the closing slides. */
export function isClosingSlide(fm: LayoutFrontmatter): boolean {
  return isOneOf(fm.layout, CLOSING_LAYOUTS)
}

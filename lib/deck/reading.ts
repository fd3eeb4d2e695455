/**
 * The reading document's words and rules (`read.html`, lib/export/reading-page.ts): every slide in
 * order on one scrolling page with its speaker notes beneath, for phones and for paper. Which
 * visits go there on their own is decided before the deck's JavaScript loads, by
 * public/read-redirect.js, which the build hands SLIDES_SCREEN and the preference below as data
 * attributes of its script tag (lib/vite/head.ts).
 *
 * The words live here, in lib/, so that lib/site/fonts.ts keeps their glyphs in the subset fonts.
 */

/** The reading document's file in the built site; served at `/read` (and `/read.html`). */
export const READING_FILE = 'read.html'

/** Widest viewport (CSS px) that counts as a phone in portrait. */
export const NARROW_MAX_WIDTH = 600

/** Screens that stay on the slides: the others (a phone held upright) read the reading document. */
export const SLIDES_SCREEN = `(min-width: ${NARROW_MAX_WIDTH + 1}px), (min-aspect-ratio: 1/1)`

/** sessionStorage key: the visitor left the reading view for the slides; do not send them back. */
export const VIEW_PREFERENCE_KEY = 'deck:view'
export const PREFER_SLIDES = 'slides'

export const READING_TEXT = {
  /** The control on the slide view that opens the reading view. */
  openReading: '阅读视图',
  openReadingLabel: '阅读视图：逐页阅读幻灯片和讲者备注',
  /** The control in the reading view that returns to the slides. */
  backToSlides: '幻灯片视图',
  documentSuffix: '阅读版',
  handoutSuffix: '讲义',
  subtitle: '阅读视图：每张幻灯片及其讲者备注',
  subtitleNoNotes: '阅读视图：全部幻灯片',
  notes: '讲者备注',
  notesOf: (no: number) => `幻灯片 ${no} 的讲者备注`,
  dataOf: (no: number) => `幻灯片 ${no} 的数据`,
  slide: (no: number, title: string) => `幻灯片 ${no}：${title}`,
  slideNo: (no: number, total: number) => `${no} / ${total}`,
  writeHere: '笔记',
  sources: '来源',
  qrLabel: '本演讲的二维码',
  pdf: '下载 PDF',
} as const

/**
 * `aria-level`s for a slide's headings (their tag levels, in document order) when the slide sits
 * under a heading of level `parent` (the document's heading for the slide): the slide's own levels,
 * in rank order, continue below the parent, and no heading is more than one level below the one
 * before it (a slide's "## point" then "#### detail" reads as 3 then 4). At most 6.
 */
export function nestedHeadingLevels(levels: readonly number[], parent: number): number[] {
  const distinct = [...new Set(levels)].sort((a, b) => a - b)
  const out: number[] = []
  for (const level of levels) {
    const ranked = parent + 1 + distinct.indexOf(level)
    const previous = out.length ? out[out.length - 1]! : parent
    out.push(Math.max(1, Math.min(6, ranked, previous + 1)))
  }
  return out
}

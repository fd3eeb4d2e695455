/**
 * Pure logic of the reading view (`/read`, views/ReadingView.vue): every slide in order on one
 * scrolling page with its speaker notes beneath, for phones. Which visits go there on their own,
 * how a slide number maps to a place in it and back, and which slide is "in view".
 *
 * The words the reading view shows live here too, so that lib/site/fonts.ts (which reads lib/*.ts)
 * keeps their glyphs in the subset fonts.
 */

/** The reading view's route (setup/routes.ts). */
export const READ_PATH = '/read'

/** Widest viewport (CSS px) that counts as a phone in portrait. */
export const NARROW_MAX_WIDTH = 600

/** sessionStorage key: the visitor left the reading view for the slides; do not send them back. */
export const VIEW_PREFERENCE_KEY = 'deck:view'
export const PREFER_SLIDES = 'slides'

export const READING_TEXT = {
  /** The control on the slide view that opens the reading view. */
  openReading: '阅读视图',
  openReadingLabel: '阅读视图：逐页阅读幻灯片和讲者备注',
  /** The control in the reading view that returns to the slides. */
  backToSlides: '幻灯片视图',
  backToSlidesLabel: (no: number) => `返回幻灯片视图（第 ${no} 页）`,
  subtitle: '阅读视图：每张幻灯片及其讲者备注',
  subtitleNoNotes: '阅读视图：全部幻灯片',
  notes: '讲者备注',
  slide: (no: number, title: string) => `幻灯片 ${no}：${title}`,
  slideNo: (no: number, total: number) => `${no} / ${total}`,
  pdf: '下载 PDF',
} as const

export interface Viewport { width: number, height: number }

/** A phone held upright: at most NARROW_MAX_WIDTH wide and taller than wide. */
export function isNarrowPortrait({ width, height }: Viewport): boolean {
  return width > 0 && width <= NARROW_MAX_WIDTH && height > width
}

/** The slide number a hash names (`#12` → 12), or undefined when it names none of 1…total. */
export function slideFromHash(hash: string, total: number): number | undefined {
  const m = /^#?(\d+)$/.exec(hash.trim())
  if (!m)
    return undefined
  const no = Number(m[1])
  return no >= 1 && no <= total ? no : undefined
}

/** The hash of slide `no` in the reading view: `/read#12`. */
export function readingHash(no: number): string {
  return `#${no}`
}

/** The reading view's router location for slide `no` (no hash for the first slide: the top of the page). */
export function readingLocation(no: number | undefined): { path: string, hash: string } {
  return { path: READ_PATH, hash: no && no > 1 ? readingHash(no) : '' }
}

/** The slide view's router path for slide `no`. */
export function slidePath(no: number): string {
  return `/${Math.max(1, Math.floor(no))}`
}

/** What the redirect decision needs of a vue-router location. */
export interface RouteLike {
  name?: string | symbol | null
  params: Record<string, unknown>
  query: Record<string, unknown>
}

export interface RedirectContext {
  viewport: Viewport
  /** The visitor chose the slides in this tab (VIEW_PREFERENCE_KEY). */
  prefersSlides: boolean
  total: number
}

/**
 * Where a navigation to `to` should go instead, or undefined to let it be: a visit to a slide
 * (`/12`) on a phone in portrait opens the reading view at that slide, unless the visitor has
 * chosen the slides, or the page is printed, exported or embedded.
 */
export function readingRedirect(to: RouteLike, { viewport, prefersSlides, total }: RedirectContext): { path: string, hash: string } | undefined {
  if (to.name !== 'play' || prefersSlides || !isNarrowPortrait(viewport))
    return undefined
  if (['print', 'embedded', 'export'].some(key => key in to.query))
    return undefined
  const no = slideFromHash(String(to.params.no ?? ''), total)
  return readingLocation(no ?? 1)
}

/** Where one slide's block sits in the viewport (getBoundingClientRect). */
export interface SlideBox { no: number, top: number, bottom: number }

/**
 * The slide "in view": the last block whose top has passed the reading line (a third of the way
 * down the viewport), or the first block when none has. At the end of the page (`atEnd`), where
 * the last blocks can never scroll up to that line, the reading line is the viewport's bottom.
 * Boxes in page order.
 */
export function slideInView(boxes: readonly SlideBox[], viewportHeight: number, atEnd = false): number | undefined {
  if (boxes.length === 0)
    return undefined
  const line = atEnd ? viewportHeight - 1 : viewportHeight / 3
  let current = boxes[0]!.no
  for (const box of boxes) {
    if (box.top <= line)
      current = box.no
    else
      break
  }
  return current
}

/** Scale that fits a slide `slideWidth` wide into `available` px (never above 1). */
export function fitScale(available: number, slideWidth: number): number {
  if (!(available > 0) || !(slideWidth > 0))
    return 0
  return Math.min(1, available / slideWidth)
}

/**
 * `aria-level`s for a slide's headings (their tag levels, in document order) when the slide sits
 * under a heading of level `parent` (the reading view's h2 per slide): the slide's own levels, in
 * rank order, continue below the parent, and no heading is more than one level below the one
 * before it (a slide's "# title" then "### point" reads as 3 then 4). At most 6.
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

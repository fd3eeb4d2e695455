/**
 * The talk's eight sections, in the article's order. Section divider slides carry
 * `section: k` in their frontmatter; the footer and the divider layout read titles from here.
 * The talk itself is the first seven; the article's eighth, its FAQ, follows the thanks as an
 * appendix of backup slides.
 */
export const SECTIONS = [
  '背景介绍',
  '核心概念与联系',
  '核心算法原理与数学模型',
  '最佳实践：代码实例',
  '实际应用场景',
  '工具和资源推荐',
  '总结：未来发展趋势与挑战',
  '附录：常见问题与解答',
] as const

/** Sections 1–7 are the talk; 8 is the appendix. */
export const MAIN_SECTIONS = 7

/** "第 3 部分" for a part of the talk, "附录" for the appendix. */
export function sectionKicker(k: number): string {
  sectionTitle(k) // validates
  return k <= MAIN_SECTIONS ? `第 ${k} 部分` : '附录'
}

/** The footer's label: "3 · 核心算法原理与数学模型", or the appendix's own title. */
export function sectionLabel(k: number): string {
  const title = sectionTitle(k)
  return k <= MAIN_SECTIONS ? `${k} · ${title}` : title
}

export function sectionTitle(k: number): string {
  const title = SECTIONS[k - 1]
  if (title === undefined)
    throw new RangeError(`section ${k} does not exist (1–${SECTIONS.length})`)
  return title
}

/**
 * The section a slide belongs to: the nearest divider at or before it (0-based `index` into
 * `frontmatters`). Undefined before the first divider (the cover).
 */
export function sectionOf(frontmatters: readonly { section?: unknown }[], index: number): number | undefined {
  for (let i = Math.min(index, frontmatters.length - 1); i >= 0; i--) {
    const s = frontmatters[i]?.section
    if (typeof s === 'number')
      return s
  }
  return undefined
}

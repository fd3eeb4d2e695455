/** A small deck as lib/deck/handout.ts reads it: cover, two sections, the closing slide, references. */
export const SAMPLE_DECK = [
  { title: '封面', frontmatter: { layout: 'cover' } },
  { title: '背景介绍', frontmatter: { layout: 'section', section: 1 } },
  { title: '为什么', frontmatter: {} },
  { title: '核心概念', frontmatter: { layout: 'section', section: 2 } },
  { title: '什么是', frontmatter: {} },
  { title: '谢谢', frontmatter: { layout: 'closing' } },
  { title: '参考文献（一）', frontmatter: { footerLabel: '参考文献' } },
  { title: '参考文献（二）', frontmatter: { footerLabel: '参考文献' } },
]

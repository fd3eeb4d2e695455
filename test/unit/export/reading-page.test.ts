/** lib/export/reading-page.ts: the reading document's markup from captured slides. */
import type { ReadingSlide } from '../../../lib/export/reading-page.ts'
import { describe, expect, it } from 'vitest'
import { cleanSlideHtml, escapeHtml, printPageRules, readingPage } from '../../../lib/export/reading-page.ts'

function slide(no: number, extra: Partial<ReadingSlide> = {}): ReadingSlide {
  return {
    no,
    title: `第 ${no} 页`,
    html: `<div class="slidev-page" style="user-select: none;"><!--[--><div class="slidev-layout"><h1>第 ${no} 页</h1><h3>要点</h3><p>正文</p></div><!--]--></div>`,
    data: [],
    links: [],
    notes: '',
    header: no === 1 ? '讲座' : '第 1 部分 · 背景',
    pageName: no === 1 ? 'handout-h0' : 'handout-h1',
    level: no === 1 ? 2 : 3,
    ...extra,
  }
}

function page(slides: ReadingSlide[], extra = {}) {
  return readingPage({
    title: '讲座 <标题>',
    description: '描述 & 摘要',
    base: '/deck/',
    slides,
    deckCss: '.a{}',
    readingCss: '.b{}',
    cutoff: '数据截至 2026 年 4 月',
    ogImage: 'og.png',
    ...extra,
  })
}

describe('a captured slide in the document', () => {
  it('loses Vue\'s comment anchors and the selection lock', () => {
    const html = cleanSlideHtml(slide(2).html, 3)
    expect(html).not.toContain('<!--')
    expect(html).not.toContain('user-select')
  })

  it('hides its h1 (the document\'s heading says it) and nests its other headings below the document\'s', () => {
    const html = cleanSlideHtml('<h1>T</h1><h3>A</h3><h4>B</h4><h3>C</h3>', 3)
    expect(html).toBe('<h1 aria-hidden="true">T</h1><h3 aria-level="4">A</h3><h4 aria-level="5">B</h4><h3 aria-level="4">C</h3>')
  })
})

describe('the document', () => {
  it('is one article per slide, anchored by its number, titled at its outline level', () => {
    const html = page([slide(1), slide(2)])
    expect(html.match(/<article /g)).toHaveLength(2)
    expect(html).toContain('<article id="2" class="reading-slide" data-reading-slide="2" data-page="handout-h1" aria-labelledby="reading-title-2">')
    expect(html).toMatch(/<h2 id="reading-title-1"[^>]*>.*第 1 页.*<\/h2>/)
    expect(html).toMatch(/<h3 id="reading-title-2"[^>]*>.*第 2 页.*<\/h3>/)
    expect(html).toContain('<a class="reading-slide-no" href="#2"')
  })

  it('shows notes and data only where a slide has them', () => {
    const html = page([slide(1), slide(2, { notes: '<p>备注</p>', data: ['<table><caption>数据</caption></table>'] })])
    expect(html.match(/class="reading-notes"/g)).toHaveLength(1)
    expect(html.match(/class="reading-data"/g)).toHaveLength(1)
    expect(html).toContain('<div class="reading-note-body"><p>备注</p></div>')
    expect(html).toContain('<table><caption>数据</caption></table>')
    expect(html).toContain('阅读视图：每张幻灯片及其讲者备注')
    expect(page([slide(1)])).toContain('阅读视图：全部幻灯片')
  })

  it('lists a slide\'s links beneath it, each once, external ones without the opener', () => {
    const html = page([slide(1, { links: [{ href: 'https://arxiv.org/abs/1706.03762', text: 'arXiv:1706.03762', title: 'Attention <Is> All You Need' }] })])
    expect(html).toContain('<p class="reading-sources"><span class="reading-sources-label">来源</span><a href="https://arxiv.org/abs/1706.03762" rel="noopener noreferrer" title="Attention &lt;Is&gt; All You Need">arXiv:1706.03762</a></p>')
    expect(page([slide(1)])).not.toContain('reading-sources')
  })

  it('escapes the talk\'s words, allows pinch-zoom, and carries its text for search engines and link previews', () => {
    const html = page([slide(1)], { siteUrl: 'https://talk.example/' })
    expect(html).toContain('<title>讲座 &lt;标题&gt; · 阅读版</title>')
    expect(html).toContain('<meta name="description" content="描述 &amp; 摘要">')
    expect(html).toContain('<meta property="og:image" content="https://talk.example/og.png">')
    expect(html).toContain('<link rel="canonical" href="https://talk.example/read">')
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(html).toContain('<html lang="zh-CN"')
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\';')
    expect(escapeHtml('"\'&<>')).toBe('&quot;&#39;&amp;&lt;&gt;')
  })

  it('has no inline script (the CSP allows scripts from files only), and links the PDF under the base path when there is one', () => {
    const html = page([slide(1)], { pdf: 'talk.pdf', serviceWorker: true })
    expect(html).toContain('<script src="/deck/read.js" data-sw defer></script>')
    expect(page([slide(1)])).toContain('<script src="/deck/read.js" defer></script>')
    expect(html.match(/<script\b[^>]*>/g)!.every(tag => / src="\/deck\/[\w-]+\.js"/.test(tag))).toBe(true)
    expect(html).toContain('<a href="/deck/talk.pdf" download>下载 PDF</a>')
    expect(page([slide(1)])).not.toContain('.pdf')
  })
})

describe('the paper', () => {
  it('names a page per section only one slide a page, where a break between sections costs nothing', () => {
    const css = printPageRules({ slides: [slide(1), slide(2), slide(3)], title: '讲座', cutoff: '数据截至 2026 年 4 月' })
    expect(css).toContain('html[data-per-page="1"] .reading-slide[data-page="handout-h1"] { page: handout-h1; }')
    expect(css).toContain('html[data-per-page="1"] .reading-intro { page: handout-h0; }')
    expect(css.match(/\{ page: /g)).toHaveLength(3)
    expect(css).toContain('@page handout-h1 { @top-left { content: "第 1 部分 · 背景"')
    expect(css).toContain('"讲座 · 讲义"')
    expect(css).toContain('"数据截至 2026 年 4 月"')
  })
})

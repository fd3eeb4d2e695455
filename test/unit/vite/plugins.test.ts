import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../../lib/data/deck.ts'
import { slidevBin } from '../../../lib/export/exporter.ts'
import { OG_IMAGE } from '../../../lib/site/site-meta.ts'
import { PRINT_FLAG } from '../../../lib/vite/defines.ts'
import { afterViewport, bootFontFiles, bootMarkup, bootTextByWeight, deferEntry, headTags, injectBoot, plainHeadMeta, renderCover, START_SCRIPT } from '../../../lib/vite/head.ts'
import { siteEnv } from '../../../lib/vite/index.ts'
import { externalLinkRel } from '../../../lib/vite/markdown.ts'
import { readingFirstGlyphs } from '../../../lib/vite/subset-fonts.ts'
import { publicNotes, slidevBuildArgs } from '../../../scripts/build-site.ts'

describe('site environment', () => {
  it('reads the flags', () => {
    expect(siteEnv({})).toEqual({ pdf: false, siteUrl: undefined, ogImage: true })
    expect(siteEnv({ DECK_PDF: '1', DECK_OG_IMAGE: '0' })).toEqual({ pdf: true, siteUrl: undefined, ogImage: false })
  })
})

describe('speaker notes in the public build (the reading view shows them)', () => {
  it('are public by default, as the handout PDF publishes them', () => {
    expect(publicNotes(undefined, {})).toBe(true)
    expect(publicNotes(undefined, { publicNotes: true })).toBe(true)
  })

  it('the headmatter can keep them private, and the build switch overrides it', () => {
    expect(publicNotes(undefined, { publicNotes: false })).toBe(false)
    expect(publicNotes(true, { publicNotes: false })).toBe(true)
    expect(publicNotes(false, {})).toBe(false)
  })

  it('a headmatter value that is not a boolean is an error, not a guess', () => {
    expect(() => publicNotes(undefined, { publicNotes: 'no' })).toThrow(/publicNotes/)
  })

  it('without them, slidev build runs with --without-notes', () => {
    expect(slidevBuildArgs({ out: '/o', notes: true })).not.toContain('--without-notes')
    expect(slidevBuildArgs({ out: '/o', notes: false })).toContain('--without-notes')
    expect(slidevBuildArgs({ out: '/o', notes: true, base: '/deck/' })).toEqual([slidevBin(), 'build', '--out', '/o', '--base', '/deck/'])
  })
})

describe('head tags', () => {
  it('put the preview image under the base path, or at the site URL when known', () => {
    const image = (tags: ReturnType<typeof headTags>) => tags.find(t => t.attrs.property === 'og:image')!.attrs.content
    expect(image(headTags('/deck/', {}))).toBe(`/deck/${OG_IMAGE}`)
    const tags = headTags('/deck/', { siteUrl: 'https://x.io/deck/' })
    expect(image(tags)).toBe(`https://x.io/deck/${OG_IMAGE}`)
    expect(tags.find(t => t.attrs.rel === 'canonical')!.attrs.href).toBe('https://x.io/deck/')
    expect(tags.find(t => t.attrs.name === 'twitter:image')).toBeTruthy()
  })

  it('index.html carries the plain metadata, each tag once, as the site and the headmatter have it', async () => {
    const html = readFileSync('index.html', 'utf8')
    expect(html).not.toMatch(/<!DOCTYPE/i) // Slidev ignores a user index.html with a doctype
    const headmatter = (await loadDeck())[0]!.frontmatter
    for (const [attr, content] of Object.entries(plainHeadMeta(headmatter))) {
      expect(content, attr).not.toBe('')
      const tags = html.match(new RegExp(`<meta ${attr} content="([^"]*)">`, 'g')) ?? []
      expect(tags, attr).toEqual([`<meta ${attr} content="${content}">`])
    }
  })
})

describe('boot card', () => {
  const cover = renderCover('<div class="cover-kicker">技术分享</div>\n\n# AI大模型的未来发展趋势与挑战\n\n<p class="cover-sub">副标题</p>\n')

  it('is the cover slide\'s Markdown as HTML, title as <h1>', () => {
    expect(cover).toContain('<div class="cover-kicker">技术分享</div>')
    expect(cover).toContain('<h1>AI大模型的未来发展趋势与挑战</h1>')
    expect(cover).toContain('<p class="cover-sub">副标题</p>')
  })

  it('knows which of its text is bold, and which font files draw it', () => {
    expect(bootTextByWeight(cover)).toEqual({ 700: '技术分享AI大模型的未来发展趋势与挑战', 400: '\n\n副标题\n' })
    const css = [
      ['Noto Sans SC Cover', 700, 'a-700.woff2', 'U+5927'], // 大: in the title
      ['Noto Sans SC Cover', 400, 'a-400.woff2', 'U+5927'], // not in regular text
      ['Noto Sans SC Cover', 400, 'b-400.woff2', 'U+526f'], // 副: in the subtitle
      ['Noto Sans SC', 700, 'c-700.woff2', 'U+5927'], // another family
    ].map(([family, weight, file, range]) => `@font-face { font-family: '${family}'; font-style: normal; font-weight: ${weight}; src: url(./${file}) format('woff2'); unicode-range: ${range}; }`).join('\n')
    expect(bootFontFiles(css, '/fonts/fonts.css', cover).sort()).toEqual(['a-700.woff2', 'b-400.woff2'])
  })

  it('goes before #app, drawn by the cover\'s own classes, with no inline script', () => {
    const html = '<head></head><body>\n  <div id="app"></div>\n</body>'
    const out = injectBoot(html, cover)
    expect(out.indexOf('class="deck-boot"')).toBeLessThan(out.indexOf('<div id="app"></div>'))
    expect(out).toContain(bootMarkup(cover))
    expect(bootMarkup(cover)).toMatch(/^<div class="deck-boot" aria-busy="true"><div class="deck-cover">.*<div class="deck-cover-body"><div class="cover-kicker">/s)
    expect(out).toContain('<noscript>')
    expect(out).not.toMatch(/<script>/)
    expect(() => injectBoot('<body></body>', cover)).toThrow(/no empty <div id="app">/)
  })
})

describe('deferred start', () => {
  const built = [
    '<head>',
    '  <script type="module" crossorigin src="/deck/assets/index-abc.js"></script>',
    '  <link rel="modulepreload" crossorigin href="/deck/assets/vue-1.js">',
    '  <link rel="modulepreload" crossorigin href="/deck/assets/env-2.js">',
    '  <link rel="stylesheet" crossorigin href="/deck/assets/index-3.css">',
    '</head>',
  ].join('\n')

  it('loads deck-start.js under the base path, naming the entry and its imports in order', () => {
    const out = deferEntry(built, '/deck/')
    expect(out).toContain(`<script type="module" crossorigin blocking="render" src="/deck/${START_SCRIPT}" data-deck-entry="/deck/assets/index-abc.js" data-deck-modules="/deck/assets/vue-1.js /deck/assets/env-2.js"></script>`)
    expect(out).not.toContain('<script type="module" crossorigin src="/deck/assets/index-abc.js">')
    // deck-start.js preloads them once the card is painted: none before it.
    expect(out).not.toContain('modulepreload')
    expect(out).toContain('<link rel="stylesheet" crossorigin href="/deck/assets/index-3.css">')
  })

  it('the reading document\'s first screen: its characters by weight, each once, for the first font files', () => {
    const glyphs = readingFirstGlyphs([{ title: '封面', note: '第一页的**备注** "引号" & 1 < 2', content: '# 封面\n\n**粗体**正文' }, { title: '二', note: '次页', content: '' }, { title: '三', note: '不在首屏', content: '三页' }], '标题', '截止')
    expect(glyphs[700]).toBe('标题讲者备注封面二粗体正文')
    for (const c of '第一页的备注引号&<次页幻灯片截止粗体正文来源')
      expect(glyphs[400]).toContain(c)
    expect(glyphs[400]).not.toContain('屏')
    expect(glyphs[400]).not.toContain('三')
    expect(new Set(glyphs[400]).size).toBe([...glyphs[400]].length)
  })

  it('puts the redirect and the cover\'s font preloads right after the viewport, where a phone\'s media queries hold', () => {
    expect(afterViewport('<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n<title>x</title>', '<script src="/r.js"></script>'))
      .toBe('<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n<script src="/r.js"></script>\n<title>x</title>')
    expect(() => afterViewport('<head></head>', 'x')).toThrow(/viewport/)
  })

  it('fails the build when the entry script is not where Vite puts it', () => {
    expect(() => deferEntry('<head></head>', '/')).toThrow(/no entry <script/)
  })
})

describe('external Markdown links', () => {
  it('get rel="noopener noreferrer"; internal ones do not', () => {
    const attrs: Record<string, string>[] = [{ href: 'https://arxiv.org/abs/1706.03762' }, { href: './12' }]
    const tokens = attrs.map(a => ({ attrGet: (k: string) => a[k] ?? null, attrSet: (k: string, v: string) => { a[k] = v } }))
    const md = { renderer: { rules: {} as Record<string, unknown> } }
    externalLinkRel(md as never)
    const rule = md.renderer.rules.link_open as (t: unknown[], i: number, o: unknown, e: unknown, s: unknown) => string
    const self = { renderToken: () => '' }
    rule(tokens, 0, {}, {}, self)
    rule(tokens, 1, {}, {}, self)
    expect(attrs[0]!.rel).toBe('noopener noreferrer')
    expect(attrs[1]!.rel).toBeUndefined()
  })
})

describe('the boot card\'s dark colours', () => {
  it('are the html.dark tokens of styles/index.css (the card shows before Slidev sets html.dark)', () => {
    const tokens = (css: string) => Object.fromEntries([...css.matchAll(/(--deck-[\w-]+):([^;]+);/g)].map(m => [m[1], m[2]!.trim()]))
    const index = readFileSync('styles/index.css', 'utf8')
    const cover = readFileSync('styles/cover.css', 'utf8')
    const dark = tokens(/html\.dark\s*\{([^}]*)\}/.exec(index)![1]!)
    const boot = tokens(/@media \(prefers-color-scheme: dark\)\s*\{[^{]*\.deck-boot\s*\{([^}]*)\}/.exec(cover)![1]!)
    expect(Object.keys(boot).length).toBeGreaterThan(3)
    for (const [name, value] of Object.entries(boot))
      expect(value, name).toBe(dark[name])
  })
})

describe('what the site build changes in Slidev\'s modules', () => {
  const cliDist = join(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'dist')
  const serve = readdirSync(cliDist).filter(f => /^serve-.*\.mjs$/.test(f)).map(f => readFileSync(join(cliDist, f), 'utf8')).join('')

  it('the print route the site\'s PDF is printed from: still behind its flag, in the router', () => {
    // The print route the site's PDF is printed from: still behind this flag, in the router.
    expect(serve, PRINT_FLAG).toContain(`${PRINT_FLAG}:`)
    expect(readFileSync(createRequire(import.meta.url).resolve('@slidev/client/setup/routes.ts'), 'utf8')).toMatch(new RegExp(`if \\(${PRINT_FLAG}\\)[^}]*path: '/print'`))
  })
})

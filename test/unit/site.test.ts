import { describe, expect, it } from 'vitest'
import { bootMarkup, cleanMeta, externalLinkRel, headTags, injectBoot, OG_IMAGE, siteEnv } from '../../lib/site'

describe('site environment', () => {
  it('reads the flags', () => {
    expect(siteEnv({})).toEqual({ public: false, pdf: false, siteUrl: undefined, ogImage: true })
    expect(siteEnv({ DECK_PUBLIC: '1', DECK_PDF: '1', DECK_SITE_URL: 'https://x.io/deck', DECK_OG_IMAGE: '0' }))
      .toEqual({ public: true, pdf: true, siteUrl: 'https://x.io/deck/', ogImage: false })
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

  it('clean Slidev\'s JSON-quoted meta values and add the title card', () => {
    const html = '<head><meta name="description" content="&quot;## T\\n&quot;"><meta name="author" content="&quot;演讲者&quot;"></head><body><div id="app"></div></body>'
    const out = injectBoot(cleanMeta(html))
    expect(out).toContain('<meta name="author" content="演讲者">')
    expect(out).not.toContain('&quot;')
    expect(out).toContain(`<div id="app">${bootMarkup()}</div>`)
    expect(out).toMatch(/<style>\.deck-boot[^<]*<\/style>\n<\/head>/)
    expect(out).not.toMatch(/<script>/)
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

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { codePoints, codePointsInOrder, collectGlyphs, COVER_FAMILY_SUFFIX, coverGlyphs, earlyFirst, formatUnicodeRange, generateSubsetFonts, glyphTiers, parseFontFaces, parseUnicodeRange, pointsIn, tierName } from '../../../lib/site/fonts.ts'

const tmp = mkdtempSync(join(tmpdir(), 'deck-fonts-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('unicode ranges', () => {
  it('parses ranges, single points and wildcards', () => {
    expect(parseUnicodeRange('U+0-7F, U+4e00,U+4E?')).toEqual([[0, 0x7F], [0x4E00, 0x4E00], [0x4E0, 0x4EF]])
    expect(() => parseUnicodeRange('4e00')).toThrow(/bad unicode-range/)
  })

  it('formats code points compactly and round-trips', () => {
    const points = [0x20, 0x21, 0x22, 0x41, 0x4E00, 0x4E01, 0x4E03]
    const value = formatUnicodeRange(points)
    expect(value).toBe('U+20-22,U+41,U+4e00-4e01,U+4e03')
    expect(pointsIn({ ranges: parseUnicodeRange(value) }, Array.from({ length: 0x5000 }, (_, i) => i))).toEqual(points)
  })

  it('keeps printable characters only, once each, sorted', () => {
    expect(codePoints('大\n模型大 \u200B\uFEFF')).toEqual([0x20, 0x200B, 0x578B, 0x5927, 0x6A21])
    expect(codePointsInOrder('大\n模型大 \u200B\uFEFF')).toEqual([0x5927, 0x6A21, 0x578B, 0x20, 0x200B])
  })
})

describe('the glyph set', () => {
  it('comes from the sources: Markdown, data, components, layouts, lib and public scripts, plus ASCII and punctuation', () => {
    const root = join(tmp, 'deck')
    for (const [dir, file, text] of [['.', 'slides.md', '封面'], ['pages', '01.md', '背景'], ['data', 'x.ts', '\'数据\''], ['components', 'A.vue', '<b>组件</b>'], ['layouts', 'l.vue', '版式'], ['lib/deck', 'f.ts', '\'亿\''], ['public', 's.js', '\'刷新\''], ['docs', 'skip.md', '忽略']] as const) {
      mkdirSync(join(root, dir), { recursive: true })
      writeFileSync(join(root, dir, file), text)
    }
    const glyphs = new Set(collectGlyphs(root).map(cp => String.fromCodePoint(cp)))
    for (const ch of '封面背景数据组件版式亿刷新')
      expect(glyphs.has(ch), ch).toBe(true)
    expect(glyphs.has('忽')).toBe(false)
    for (const ch of 'AZaz09，。、：（）《》“”—…')
      expect(glyphs.has(ch), ch).toBe(true)
    // In the order a visitor meets them: the base set, the cover, the pages, then data and code.
    const order = collectGlyphs(root).map(cp => String.fromCodePoint(cp))
    const at = (ch: string) => order.indexOf(ch)
    expect(at('A')).toBeLessThan(at('封'))
    expect(at('封')).toBeLessThan(at('背'))
    expect(at('背')).toBeLessThan(at('数'))
  })

  it('covers every character of the real deck', () => {
    const glyphs = new Set(collectGlyphs('.'))
    const deck = ['slides.md', ...readdirSync('pages').map(f => `pages/${f}`)].map(f => readFileSync(f, 'utf8')).join('')
    const missing = codePoints(deck).filter(cp => !glyphs.has(cp))
    expect(missing.map(cp => String.fromCodePoint(cp))).toEqual([])
  })
})

describe('subsetting', () => {
  it('parses fontsource stylesheets', () => {
    const css = readFileSync('node_modules/@fontsource/noto-sans-sc/400.css', 'utf8')
    const faces = parseFontFaces(css, join(process.cwd(), 'node_modules/@fontsource/noto-sans-sc/400.css'))
    expect(faces.length).toBeGreaterThan(90)
    expect(faces[0]).toMatchObject({ family: 'Noto Sans SC', weight: '400', style: 'normal' })
    expect(faces[0]!.file).toMatch(/\.woff2$/)
  })

  it('writes small faces with the family name and exact unicode-range, and skips unchanged work', async () => {
    const outDir = join(tmp, 'out')
    const glyphs = codePoints('AI大模型 Transformer')
    const first = await generateSubsetFonts({ root: '.', outDir, glyphs })
    expect(first.written).toBe(true)
    expect(first.css).toContain('font-family: \'Noto Sans SC\'')
    expect(first.css).toContain('font-weight: 700')
    expect(first.css).toContain('font-family: \'JetBrains Mono\'')
    expect(first.css).not.toMatch(/@fontsource|\.woff\)/)
    const files = readdirSync(outDir).filter(f => f.endsWith('.woff2'))
    expect(files.length).toBe(first.files)
    for (const f of files)
      expect(first.css).toContain(`url(./${f})`)
    // A handful of glyphs: a few KB, not fontsource's 30–80 KB chunks.
    expect(first.bytes / first.files).toBeLessThan(8000)
    const ranges = [...first.css.matchAll(/unicode-range: ([^;]+);/g)].flatMap(m => parseUnicodeRange(m[1]!))
    expect(pointsIn({ ranges }, glyphs)).toEqual(glyphs)
    expect(pointsIn({ ranges }, codePoints('挑战'))).toEqual([])

    const again = await generateSubsetFonts({ root: '.', outDir, glyphs })
    expect(again.written).toBe(false)
    const more = await generateSubsetFonts({ root: '.', outDir, glyphs: codePoints('AI大模型 Transformer 挑战') })
    expect(more.written).toBe(true)
    expect(more.css).toMatch(/U\+6218|U\+6311/i)
  })
})

describe('tiers', () => {
  it('gives the cover its own small faces', async () => {
    const cover = coverGlyphs('.')
    const chars = new Set(cover.map(cp => String.fromCodePoint(cp)))
    for (const ch of '技术分享AI大模型的未来发展趋势与挑战')
      expect(chars.has(ch), ch).toBe(true)
    const [first, rest] = glyphTiers(codePoints('大模型参考文献'), codePoints('大模型'))
    expect(first).toEqual(codePoints('大模型'))
    expect(rest).toEqual(codePoints('参考文献'))
    const outDir = join(tmp, 'tiers')
    const result = await generateSubsetFonts({ root: '.', outDir, glyphs: codePoints('大模型参考文献'), cover: codePoints('大模型') })
    const names = readdirSync(outDir).filter(f => f.endsWith('.woff2'))
    expect(names.some(n => n.endsWith('-a.woff2'))).toBe(true)
    expect(names.some(n => n.endsWith('-b.woff2'))).toBe(true)
    expect(result.files).toBe(names.length)
    // The boot card's family: the cover's files again, drawn only once loaded (font-display: block).
    const faces = result.css.split('@font-face').slice(1)
    const coverFaces = faces.filter(f => f.includes(`'Noto Sans SC ${COVER_FAMILY_SUFFIX}'`))
    expect(coverFaces.length).toBeGreaterThan(0)
    for (const face of coverFaces) {
      expect(face).toContain('font-display: block;')
      expect(face).toMatch(/-a\.woff2\)/)
    }
    expect(faces.filter(f => !coverFaces.includes(f)).every(f => f.includes('font-display: swap;'))).toBe(true)
  })

  it('puts the rest in files of a fixed number of glyphs, in the order given', () => {
    const tiers = glyphTiers(codePointsInOrder('丁甲乙丙戊己'), codePoints('乙'), 2)
    expect(tiers).toEqual([codePoints('乙'), codePoints('丁甲'), codePoints('丙戊'), codePoints('己')])
    expect(glyphTiers(codePointsInOrder('甲'), codePoints('甲'), 2)).toEqual([codePoints('甲')])
    expect([0, 1, 25, 26].map(tierName)).toEqual(['a', 'b', 'z', 't26'])
  })

  it('puts the reading view\'s first characters in the first files after the cover\'s', () => {
    expect(earlyFirst(codePointsInOrder('甲乙丙丁'), codePointsInOrder('丁丙戊'))).toEqual(codePointsInOrder('丁丙甲乙'))
    // Cover 甲; 戊, last in the deck but on the first screen, joins the first file after the cover.
    expect(glyphTiers(earlyFirst(codePointsInOrder('甲乙丙丁戊'), codePoints('戊')), codePoints('甲'), 2))
      .toEqual([codePoints('甲'), codePoints('乙戊'), codePoints('丙丁')])
  })
})

describe('whole files and slices', () => {
  it('cuts each weight and tier from the whole Chinese file, and only what it lacks from the slices', async () => {
    // 大模型 and Latin are in the whole file; the superscript and the arrow are not (they are in slices).
    const glyphs = codePoints('大模型AI⁴→')
    const result = await generateSubsetFonts({ root: '.', outDir: join(tmp, 'whole'), glyphs, cover: [] })
    const faces = parseFontFaces(result.css, join(tmp, 'whole', 'fonts.css')).filter(f => f.family === 'Noto Sans SC')
    for (const weight of ['400', '700']) {
      const ofWeight = faces.filter(f => f.weight === weight)
      const whole = ofWeight.filter(f => /chinese-simplified/.test(f.file))
      expect(whole.length, weight).toBe(1)
      expect(pointsIn(whole[0]!, glyphs)).toEqual(codePoints('大模型AI'))
      // Every glyph in exactly one face of the weight: nothing is fetched twice.
      for (const cp of glyphs)
        expect(ofWeight.filter(f => pointsIn(f, [cp]).length).length, `${weight} ${String.fromCodePoint(cp)}`).toBe(1)
      expect(ofWeight.filter(f => !whole.includes(f)).flatMap(f => pointsIn(f, glyphs)).sort((a, b) => a - b)).toEqual(codePoints('⁴→'))
    }
  })
})

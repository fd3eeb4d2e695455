import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { hasMagic, pagesMissingTitles, partialPath, pngFiles, replaceWith, SLIDE_LOAD_FAILURE, slidevFailureCause } from '../../../lib/export/export-files.ts'
import { baseFontName, codepoint, describeFallback, findFontFallbacks, pagesWithForeignFonts } from '../../../lib/export/pdf-fonts.ts'
import { keywordList, metaFromHeadmatter, plainSubject, undoubled, writePdfMeta } from '../../../lib/export/pdf-meta.ts'
import { outlineTree, setOutline } from '../../../lib/export/pdf-outline.ts'
import { readPdf } from '../../../lib/export/pdf-read.ts'

describe('a slide that did not load', () => {
  it('is recognised by what the installed Slidev logs for it', () => {
    // The virtual module that loads each slide (@slidev/cli's node/virtual/slides.ts, bundled).
    const dist = join('node_modules', '@slidev', 'cli', 'dist')
    const source = readdirSync(dist).map(f => readFileSync(join(dist, f), 'utf8')).find(s => s.includes('/@slidev/slides/'))
    expect(source, 'Slidev\'s virtual slides module').toBeDefined()
    const logged = [...source!.matchAll(/console\.error\('([^']+)'/g)].map(m => m[1]!).filter(text => /slide/i.test(text))
    expect(logged.length).toBeGreaterThan(0)
    for (const text of logged)
      expect(text, text).toMatch(SLIDE_LOAD_FAILURE)
    expect('TypeError: Failed to fetch dynamically imported module').not.toMatch(SLIDE_LOAD_FAILURE)
  })
})

describe('atomic output', () => {
  it('names the temporary file next to the target with the same extension', () => {
    expect(partialPath('/a/b/talk.pdf', 42)).toBe('/a/b/talk.partial-42.pdf')
    expect(partialPath('/a/pngs', 42)).toBe('/a/pngs.partial-42')
  })

  it('recognises files by their magic bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'magic-'))
    writeFileSync(join(dir, 'a.pdf'), `%PDF-1.7\n${'x'.repeat(100)}`)
    writeFileSync(join(dir, 'b.pdf'), `<html>${'x'.repeat(100)}`)
    expect(hasMagic(join(dir, 'a.pdf'), 'pdf')).toBe(true)
    expect(hasMagic(join(dir, 'b.pdf'), 'pdf')).toBe(false)
    expect(hasMagic(join(dir, 'missing.pdf'), 'pdf')).toBe(false)
  })

  it('swaps a folder over an existing one and sorts slide PNGs numerically', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swap-'))
    mkdirSync(join(dir, 'out'))
    writeFileSync(join(dir, 'out', 'old.txt'), 'old')
    mkdirSync(join(dir, 'new'))
    for (const n of [10, 2, 1])
      writeFileSync(join(dir, 'new', `${n}.png`), '')
    replaceWith(join(dir, 'new'), join(dir, 'out'), 7)
    expect(pngFiles(join(dir, 'out'))).toEqual(['1.png', '2.png', '10.png'])
  })

  it('names the cause of a failed slidev export', () => {
    expect(slidevFailureCause('locator.waitFor: Timeout 60000ms exceeded.', 60000)).toMatch(/did not finish rendering within 60 s/)
    expect(slidevFailureCause('browserType.launch: Failed to launch', 1)).toBe('Chromium did not start: Failed to launch')
    expect(slidevFailureCause('', 1)).toBe('slidev export failed')
  })
})

describe('pages printed before their slide rendered', () => {
  it('are the pages whose text lacks their slide\'s title, white space ignored', () => {
    const texts = ['AI大模型的未来发展趋势与挑战技术分享', '', 'DALL-E与CLIP：生成vs识别 …', '第 4 页']
    const titles = ['AI大模型的未来发展趋势与挑战', '背景', 'DALL-E 与 CLIP：生成 vs 识别', '']
    expect(pagesMissingTitles(texts, titles)).toEqual([2])
    expect(pagesMissingTitles([''], ['封面'])).toEqual([1])
    expect(pagesMissingTitles([], [])).toEqual([])
  })
})

describe('font fallback messages', () => {
  it('names the slide, the character, its code point and the font', () => {
    expect(baseFontName('ABCDEF+DejaVuSans')).toBe('DejaVuSans')
    expect(codepoint('⁹')).toBe('U+2079')
    expect(codepoint('😀')).toBe('U+1F600')
    expect(describeFallback({ page: 3, char: '⁹', codepoint: 'U+2079', font: 'DejaVuSans' }, p => `slide ${p + 1}`))
      .toBe('slide 4: character \'⁹\' (U+2079) fell back to DejaVuSans')
  })
})

describe('finding text in a font outside the bundle', () => {
  it('finds the page and the characters drawn in it', async () => {
    const doc = await PDFDocument.create()
    doc.addPage()
    const font = await doc.embedFont(StandardFonts.Helvetica)
    doc.addPage().drawText('Ab', { font, x: 20, y: 20 })
    const bytes = await doc.save()
    expect(await pagesWithForeignFonts(bytes)).toEqual([2])
    expect(await pagesWithForeignFonts(bytes, /^Helvetica/)).toEqual([])
    const { fallbacks } = await findFontFallbacks(bytes)
    expect(fallbacks.map(f => describeFallback(f))).toEqual([
      'slide 2: character \'A\' (U+0041) fell back to Helvetica',
      'slide 2: character \'b\' (U+0062) fell back to Helvetica',
    ])
  })
})

describe('PDF metadata', () => {
  it('turns the Markdown info into one plain sentence', () => {
    const info = '## AI大模型的未来发展趋势与挑战\n\n从 Transformer 到混合专家（MoE）：规模。\n每个数字都附有**来源**，见 [参考文献](#refs)。\n'
    expect(plainSubject(info, 'AI大模型的未来发展趋势与挑战')).toBe('从 Transformer 到混合专家（MoE）：规模。每个数字都附有来源，见 参考文献。')
    expect(plainSubject('A talk\nabout models', '')).toBe('A talk about models')
  })

  it('splits keywords', () => {
    expect(keywordList('a, b,,c')).toEqual(['a', 'b', 'c'])
    expect(keywordList(['x', 'y'])).toEqual(['x', 'y'])
    expect(keywordList(undefined)).toEqual([])
  })

  it('repairs doubled outline titles only', () => {
    expect(undoubled('逐步解读逐步解读')).toBe('逐步解读')
    expect(undoubled('逐步解读')).toBe('逐步解读')
    expect(undoubled('')).toBe('')
  })

  it('writes title, subject, keywords and /Lang that readers see', async () => {
    const doc = await PDFDocument.create()
    doc.addPage()
    const meta = metaFromHeadmatter({ title: '标题', author: '演讲者', info: '## 标题\n\n一句话。', keywords: 'a,b', lang: 'zh-CN' })
    const file = join(mkdtempSync(join(tmpdir(), 'meta-')), 'm.pdf')
    writeFileSync(file, await writePdfMeta(await doc.save(), meta))
    const report = await readPdf(file)
    expect(report.lang).toBe('zh-CN')
    expect(report.info).toMatchObject({ Title: '标题', Author: '演讲者', Subject: '一句话。', Keywords: 'a b' })
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
  })
})

describe('slides PDF outline', () => {
  const entries = [
    { title: '封面', level: 2 as const },
    { title: '背景介绍', level: 2 as const },
    { title: '为什么', level: 3 as const },
    { title: '训练算力', level: 3 as const },
    { title: '参考文献', level: 2 as const },
  ]

  it('nests slides under the section before them, skipping slides not printed', () => {
    const tree = outlineTree(entries, i => (i === 3 ? undefined : i))
    expect(tree.map(n => n.title)).toEqual(['封面', '背景介绍', '参考文献'])
    expect(tree[1]!.children).toEqual([{ title: '为什么', page: 2, children: [] }])
  })

  it('writes an outline that PDF readers open at the right pages', async () => {
    const doc = await PDFDocument.create()
    for (let i = 0; i < 5; i++)
      doc.addPage()
    expect(setOutline(doc, outlineTree(entries, i => i))).toBe(5)
    const file = join(mkdtempSync(join(tmpdir(), 'outline-')), 'o.pdf')
    writeFileSync(file, await doc.save())
    const { outline } = await readPdf(file)
    expect(outline).toEqual([
      { title: '封面', depth: 0, page: 1 },
      { title: '背景介绍', depth: 0, page: 2 },
      { title: '为什么', depth: 1, page: 3 },
      { title: '训练算力', depth: 1, page: 4 },
      { title: '参考文献', depth: 0, page: 5 },
    ])
  })

  it('refuses a bookmark to a page that does not exist', async () => {
    const doc = await PDFDocument.create()
    doc.addPage()
    expect(() => setOutline(doc, [{ title: 'x', page: 3, children: [] }])).toThrow(/page 4 of 1/)
  })
})

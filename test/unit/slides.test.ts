/**
 * The deck as Slidev reads it (`@slidev/parser`): the roadmap after the cover, eight sections in
 * the article's order (the FAQ as an appendix after the thanks), a title and speaker notes on
 * every slide but the cover, only known sources cited, and none of the article's errors
 * (docs/facts.md §1).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sourceIds } from '../../data/sources.ts'
import { loadDeck } from '../../lib/data/deck.ts'
import { SECTIONS } from '../../lib/deck/sections.ts'

const slides = await loadDeck()
const [cover, ...rest] = slides

/** Sentences in Chinese speaker notes: text ending in 。！？ (or a final unterminated line). */
function sentences(note: string): string[] {
  return note.split(/(?<=[。！？])|\n/).map(s => s.trim()).filter(s => s.length > 1)
}

describe('slides.md', () => {
  it('imports one page file per section, in order, from its headmatter', () => {
    const source = readFileSync('slides.md', 'utf8')
    const imports = [...source.matchAll(/^src: \.\/pages\/(\d\d)-[a-z-]+\.md$/gm)].map(m => Number(m[1]))
    expect(imports).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('sets the Chinese language, bundled fonts and a local favicon', () => {
    expect(cover!.frontmatter).toMatchObject({
      lang: 'zh-CN',
      favicon: '/favicon.svg',
      fonts: { provider: 'none', sans: 'Noto Sans SC' },
    })
    expect(cover!.frontmatter.title).toBe('AI大模型的未来发展趋势与挑战')
  })

  it('puts the roadmap right after the cover', () => {
    expect(slides[1]!.title).toContain('路线图')
    expect(slides[1]!.file).toMatch(/pages\/00-roadmap\.md$/)
  })

  it('ends the talk once: 结语, then 谢谢, then only the appendix and the references', () => {
    const closings = slides.filter(s => s.frontmatter.layout === 'closing')
    expect(closings).toHaveLength(1)
    const thanks = closings[0]!
    expect(slides[thanks.no - 2]!.title).toBe('结语')
    const after = slides.slice(thanks.no)
    const appendix = after.findIndex(s => s.frontmatter.layout === 'section')
    expect(after[appendix]!.frontmatter.section).toBe(8)
    expect(after.slice(0, appendix)).toEqual([])
    expect(after.slice(appendix).every(s => s.file.includes('08-faq') || s.file.includes('09-references'))).toBe(true)
    expect(after.at(-1)!.content).toContain('<References')
  })
})

describe('sections', () => {
  const dividers = slides.filter(s => s.frontmatter.layout === 'section')

  it('opens each of the 8 sections with a divider, in order, titled as the section', () => {
    expect(dividers.map(s => s.frontmatter.section)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    dividers.forEach((s, i) => {
      expect(s.title).toBe(SECTIONS[i])
      expect(s.file).toMatch(new RegExp(`pages/0${i + 1}-[a-z-]+\\.md$`))
    })
  })

  it('gives section 7, the focus, at least six content slides before its 结语', () => {
    const s7 = slides.filter(s => s.file.includes('07-') && !['section', 'closing'].includes(String(s.frontmatter.layout)) && s.title !== '结语')
    expect(s7.length).toBeGreaterThanOrEqual(6)
  })

  it('gives every section at least two content slides', () => {
    for (let k = 1; k <= 8; k++) {
      const file = dividers[k - 1]!.file
      expect(slides.filter(s => s.file === file && s.frontmatter.layout !== 'section').length, `section ${k}`).toBeGreaterThanOrEqual(2)
    }
  })

  it('fills the two sections the article leaves empty', () => {
    const s3 = slides.filter(s => s.file.includes('03-')).map(s => s.content).join('\n')
    expect(s3).toContain('\\mathrm{Attention}(Q,K,V)=\\mathrm{softmax}')
    expect(s3).toMatch(/\\sqrt\{d_k\}/)
    expect(s3).toMatch(/CNN/)
    expect(s3).toMatch(/RNN/)
    const s4 = slides.filter(s => s.file.includes('04-')).map(s => s.content).join('\n')
    expect(s4).toMatch(/```python \{[\d|,-]+(\|all)?\}/)
    expect(s4).toContain('from transformers import pipeline')
  })

  it('uses the trend and challenge components in section 7 and ends with references', () => {
    const s7 = slides.filter(s => s.file.includes('07-')).map(s => s.content).join('\n')
    expect(s7).toContain('<ItemList kind="trend"')
    expect(s7).toContain('<ItemList kind="challenge"')
    expect(slides.at(-1)!.content).toContain('<References')
  })
})

describe('every slide after the cover', () => {
  it.each(rest.map(s => [s.no, s.title, s] as const))('slide %i (%s) has a title and 2–6 sentences of Chinese notes', (_no, title, slide) => {
    expect(title.trim().length).toBeGreaterThan(0)
    const said = sentences(slide.note)
    expect(said.length).toBeGreaterThanOrEqual(2)
    expect(said.length).toBeLessThanOrEqual(6)
    expect(slide.note).toMatch(/[\u4E00-\u9FFF]/)
  })
})

describe('facts', () => {
  const all = slides.map(s => `${s.content}\n${s.note}`).join('\n')

  it('cites only sources that exist in data/sources.ts', () => {
    const cited = [...all.matchAll(/<Cite id="([^"]+)"/g)].map(m => m[1]!)
    expect(cited.length).toBeGreaterThan(10)
    for (const id of cited)
      expect(sourceIds.has(id), id).toBe(true)
  })

  it('repeats none of the article\'s errors', () => {
    const text = slides.map(s => s.content).join('\n')
    // GPT-3 is 1750亿; 1.5亿 appears only where the slide says the article was wrong.
    for (const line of text.split('\n').filter(l => /1\.5亿/.test(l)))
      expect(line).toMatch(/原文|有误|不对/)
    // BERT is 1.1亿 / 3.4亿, never "3亿" on its own.
    for (const line of text.split('\n').filter(l => /(?<![\d.])3亿/.test(l)))
      expect(line).toMatch(/原文|有误|不对/)
    // NIPS and NeurIPS are one conference.
    expect(text).not.toMatch(/NIPS[、，,]\s*ICLR[、，,]\s*NeurIPS/)
    // DALL-E generates images; "recognition" appears only in a correction.
    for (const line of text.split('\n').filter(l => /DALL-E.*图像识别|图像识别.*DALL-E/.test(l)))
      expect(line).toMatch(/不是|不对|原文|而非|非识别/)
  })

  it('shows the corrected figures', () => {
    expect(all).toContain('1750亿')
    expect(all).toContain('3.4亿')
    expect(all).toContain('1.1亿')
    expect(all).toMatch(/NeurIPS（2018 年前缩写为 NIPS/)
  })
})

describe('figures shown once', () => {
  // A key figure is shown on one slide; other slides refer to it ("见第 7 部分").
  it.each([['GPT-3\'s energy', /<Fig id="gpt3-energy"/], ['the training cost\'s growth', /<Fig id="training-cost-growth"/], ['4–5倍 in a headline', /^# .*4–5倍/m]])('%s is on one slide', (_name, pattern) => {
    expect(slides.filter(s => pattern.test(s.content)).map(s => s.no)).toHaveLength(1)
  })
})

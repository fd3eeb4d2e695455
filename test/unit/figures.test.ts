/**
 * The deck's promise that every number comes from the data, checked on the deck as
 * `@slidev/parser` reads it: no quantity typed into a slide body (figures are `<Fig>`, `<Param>`,
 * components over the data, or the article's own words in `<ArticleQuote>`); every quantity in a
 * slide title or the speaker notes is one the data states, same value and unit; every figure and
 * every model is shown somewhere; every article quote is verbatim.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleQuotes } from '../../data/article.ts'
import { challenges } from '../../data/challenges.ts'
import { figures } from '../../data/figures.ts'
import { models } from '../../data/models.ts'
import { recentTrends, trends } from '../../data/trends.ts'
import { loadDeck } from '../../lib/data/deck.ts'
import { templateFigures } from '../../lib/deck/figures.ts'
import { findQuantities, isStated } from '../support/quantities.ts'
import { statedQuantities } from '../support/stated.ts'

const slides = await loadDeck()
const stated = statedQuantities({ figures, models, articleQuotes })
const label = (s: { no: number, title: string }) => `slide ${s.no} (${s.title})`

/** A slide body as the audience reads it, less what renders from data or is not prose. */
function bodyText(content: string): string {
  return content
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^```[\s\S]+?^```/gm, '') // code samples
    .replace(/`[^`\n]*`/g, '')
    .replace(/\$\$[\s\S]*?\$\$/g, '') // formulas: O(1), d_k …
    .replace(/\$[^$\n]+\$/g, '')
    .replace(/<[^>]*>/g, ' ') // tags and components with their props
    .replace(/^#\s.*$/m, '') // the title, checked with the notes
    .replace(/^\s*\d+\.\s/gm, '') // ordered-list numbers
}

describe('slide bodies', () => {
  it.each(slides.map(s => [label(s), s] as const))('%s types no quantity in', (_label, s) => {
    expect(findQuantities(bodyText(s.content)).map(q => q.text)).toEqual([])
  })

  it('the body check sees a typed number, and not a rendered one', () => {
    expect(findQuantities(bodyText('# 标题 4–5倍\n\n约 <Fig id="x" /> 与 1287 MWh <Cite id="patterson2021" />')).map(q => q.text)).toEqual(['1287 MWh'])
    expect(findQuantities(bodyText('$h=8$ 与 `round(x, 3)`\n```python\nx = 10\n```'))).toEqual([])
  })
})

describe('titles and speaker notes', () => {
  it.each(slides.map(s => [label(s), s] as const))('%s: every quantity is one the data states', (_label, s) => {
    const unstated = [...findQuantities(s.title), ...findQuantities(s.note)].filter(q => !isStated(q, stated))
    expect(unstated.map(q => q.text), `${label(s)} states figures the data does not`).toEqual([])
  })

  it('the check fails on a figure the data does not state, or states in another unit', () => {
    expect(findQuantities('GPT-3 有 1800亿参数').filter(q => !isStated(q, stated)).map(q => q.text)).toEqual(['1800亿参数'])
    expect(findQuantities('每年增长 2.4 个月').filter(q => !isStated(q, stated)).map(q => q.text)).toEqual(['2.4 个月'])
    expect(findQuantities('GPT-3 有 1750亿参数，每年 2.4倍').filter(q => !isStated(q, stated))).toEqual([])
  })
})

describe('data', () => {
  const pages = slides.map(s => s.content).join('\n')
  const rendered = new Set([
    ...[...pages.matchAll(/<Fig id="([^"]+)"/g)].map(m => m[1]!),
    ...[...trends, ...recentTrends, ...challenges].flatMap(i => (i.evidence ? templateFigures(i.evidence.text) : [])),
  ])

  it('every <Fig> names a figure, and every figure is shown on a slide or said in the notes', () => {
    const ids = new Set(figures.map(f => f.id))
    expect([...rendered].filter(id => !ids.has(id))).toEqual([])
    const said = slides.flatMap(s => findQuantities(`${s.title}\n${s.note}`))
    const sayIt = (f: typeof figures[number]) => said.some(q => isStated(q, statedQuantities({ figures: [f], models: [], articleQuotes: [] })))
    expect(figures.filter(f => !rendered.has(f.id) && !sayIt(f)).map(f => f.id)).toEqual([])
  })

  it('every model is shown on a slide: in a table, a chart, the MoE comparison or the timeline', () => {
    const named = new Set([...pages.matchAll(/'([a-z0-9-]+)'|model="([a-z0-9-]+)"/g)].map(m => m[1] ?? m[2]))
    expect(models.filter(m => !named.has(m.id) && !m.landmark).map(m => m.id)).toEqual([])
  })

  it('no text in the data types a quantity in: list items give theirs as {figure-id}', () => {
    for (const item of [...trends, ...recentTrends, ...challenges]) {
      const text = [item.title, item.detail, item.evidence?.text.replace(/\{[^}]*\}/g, '') ?? ''].join('\n')
      expect(findQuantities(text).map(q => q.text), item.id).toEqual([])
    }
    for (const m of models)
      expect(findQuantities([m.architecture, m.paramsNote ?? ''].join('\n')).map(q => q.text), m.id).toEqual([])
  })

  it('every article quote is the article\'s own words', () => {
    const article = readFileSync('docs/article.zh.md', 'utf8')
    for (const q of articleQuotes)
      expect(article, q.id).toContain(q.text)
  })
})

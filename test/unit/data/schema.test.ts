import { describe, expect, it } from 'vitest'
import { challenges } from '../../../data/challenges.ts'
import { figureIds, rawFigures } from '../../../data/figures.ts'
import { models, rawModels } from '../../../data/models.ts'
import { sourceIds } from '../../../data/sources.ts'
import { rawTrends, recentTrends, trends } from '../../../data/trends.ts'
import { FigureSchema, ListItemSchema, ModelSchema, SourceSchema } from '../../../lib/data/schema.ts'
import { DataError, parseRecords } from '../../../lib/data/validate.ts'

const gpt3 = rawModels.find(m => m.id === 'gpt-3')!

function parseModels(entries: unknown[]) {
  return parseRecords('fixture/models.ts', ModelSchema, entries, { sourceIds })
}

/** A copy of GPT-3's record with one change, for the rejection cases. */
function withGpt3(change: (m: Record<string, any>) => void): unknown {
  const copy = structuredClone(gpt3) as Record<string, any>
  change(copy)
  return copy
}

function rejection(entries: unknown[]): DataError {
  try {
    parseModels(entries)
  }
  catch (error) {
    if (error instanceof DataError)
      return error
    throw error
  }
  throw new Error('expected a DataError, but the entries were accepted')
}

describe('the committed data', () => {
  it('is valid and complete', () => {
    expect(models.length).toBeGreaterThanOrEqual(12)
    expect(trends).toHaveLength(4)
    expect(challenges).toHaveLength(4)
  })

  it('runs from 2017 to the 2025 generation and on, and includes the article\'s models and Chinese models', () => {
    const years = models.map(m => Number(m.date.slice(0, 4)))
    expect(Math.min(...years)).toBe(2017)
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2025)
    const ids = new Set(models.map(m => m.id))
    for (const id of ['llama-4-maverick', 'kimi-k2', 'glm-4-5', 'gpt-oss-120b', 'gpt-5'])
      expect(ids.has(id), id).toBe(true)
    expect(models.find(m => m.id === 'gpt-5')!.params.kind).toBe('undisclosed')
    expect(models.filter(m => m.inArticle).map(m => m.id).sort()).toEqual(['bert', 'dall-e', 'gpt-3'])
    expect(models.filter(m => m.chinese).length).toBeGreaterThanOrEqual(3)
  })

  it('carries the corrected figures of facts.md §1, not the article\'s', () => {
    expect(models.find(m => m.id === 'gpt-3')!.params).toEqual({ kind: 'dense', total: 175e9 })
    expect(models.find(m => m.id === 'bert')!.params).toEqual({
      kind: 'variants',
      sizes: [{ label: 'Base', total: 110e6 }, { label: 'Large', total: 340e6 }],
    })
    expect(models.find(m => m.id === 'gpt-4')!.params).toEqual({ kind: 'undisclosed' })
    expect(models.find(m => m.id === 'deepseek-v3')!.params).toEqual({ kind: 'moe', total: 671e9, active: 37e9 })
    expect(models.find(m => m.id === 'dall-e')!.modality).toBe('text-to-image')
  })

  it('cites only sources that exist, and every source is cited or listed on purpose', () => {
    const cited = new Set([...models, ...trends, ...challenges].flatMap(r => [
      ...('sources' in r ? r.sources : []),
      ...('evidence' in r && r.evidence ? r.evidence.sources : []),
    ]))
    for (const id of cited)
      expect(sourceIds.has(id), id).toBe(true)
  })
})

describe('a malformed model entry is rejected with its entry and field named', () => {
  it('a negative parameter count', () => {
    const e = rejection([withGpt3((m) => { m.params.total = -175e9 })])
    expect(e.message).toContain('"gpt-3"')
    expect(e.field).toBe('params.total')
    expect(e.message).toMatch(/positive/)
  })

  it('a missing parameter count', () => {
    const e = rejection([withGpt3((m) => { delete m.params.total })])
    expect(e.entry).toContain('gpt-3')
    expect(e.field).toBe('params.total')
    expect(e.problem).toBe('is missing')
  })

  it('a missing params object', () => {
    const e = rejection([withGpt3((m) => { delete m.params })])
    expect(e.field).toBe('params')
  })

  it('a parameter count given as a string', () => {
    const e = rejection([withGpt3((m) => { m.params.total = '175B' })])
    expect(e.field).toBe('params.total')
  })

  it('an MoE model whose active count is not below its total', () => {
    const e = rejection([withGpt3((m) => { m.params = { kind: 'moe', total: 37e9, active: 671e9 } })])
    expect(e.field).toBe('params.active')
  })

  it('a missing source', () => {
    const e = rejection([withGpt3((m) => { m.sources = [] })])
    expect(e.field).toBe('sources')
    expect(e.message).toMatch(/at least one source/)
  })

  it('an unknown source id', () => {
    const e = rejection([withGpt3((m) => { m.sources = ['nobody2099'] })])
    expect(e.field).toBe('sources')
    expect(e.message).toContain('nobody2099')
  })

  it.each(['2020-13', '2020-5', '20-05', 'May 2020', '2020-00'])('a bad date %s', (date) => {
    const e = rejection([withGpt3((m) => { m.date = date })])
    expect(e.field).toBe('date')
    expect(e.message).toContain('YYYY-MM')
  })

  it('a duplicate id, naming the first entry', () => {
    const e = rejection([gpt3, withGpt3((m) => { m.name = 'GPT-3 again' })])
    expect(e.entry).toBe('"gpt-3" (#2)')
    expect(e.field).toBe('id')
    expect(e.message).toContain('#1')
  })

  it('an entry without an id, named by position', () => {
    const e = rejection([gpt3, withGpt3((m) => { delete m.id })])
    expect(e.entry).toBe('#2')
    expect(e.field).toBe('id')
  })

  it('an unknown params kind', () => {
    const e = rejection([withGpt3((m) => { m.params = { kind: 'huge' } })])
    expect(e.field).toBe('params.kind')
  })

  it('names the file in the message', () => {
    const e = rejection([withGpt3((m) => { m.date = 'soon' })])
    expect(e.message.startsWith('fixture/models.ts: entry "gpt-3" (#1), field "date":')).toBe(true)
  })

  it('accepts the entry once it is fixed', () => {
    expect(parseModels([gpt3])).toHaveLength(1)
  })
})

describe('a malformed figure is rejected with its entry and field named', () => {
  const good = rawFigures[0]!
  it('an unknown unit, a backwards range, a missing date, an unknown source', () => {
    expect(() => parseRecords('fixture/figures.ts', FigureSchema, [{ ...good, unit: '斤' }])).toThrow(/entry "compute-growth" \(#1\), field "unit": must be one of 倍/)
    expect(() => parseRecords('fixture/figures.ts', FigureSchema, [{ ...good, value: { min: 5, max: 4 } }])).toThrow(/field "value.max": min must be smaller than max/)
    expect(() => parseRecords('fixture/figures.ts', FigureSchema, [{ ...good, stated: undefined }])).toThrow(/field "stated": is missing/)
    expect(() => parseRecords('fixture/figures.ts', FigureSchema, [{ ...good, sources: ['ghost'] }], { sourceIds })).toThrow(/field "sources": names unknown source "ghost"/)
    expect(parseRecords('fixture/figures.ts', FigureSchema, [good], { sourceIds })).toHaveLength(1)
  })
})

describe('sources and list items', () => {
  it('a source needs an arXiv id or an https URL', () => {
    const base = { id: 'x2020', authors: 'X', title: 'T', venue: 'V', date: '2020-05' }
    expect(() => parseRecords('fixture/sources.ts', SourceSchema, [base])).toThrow(/field "url": needs an arXiv id or a URL/)
    expect(() => parseRecords('fixture/sources.ts', SourceSchema, [{ ...base, url: 'http://example.com' }])).toThrow(/field "url"/)
    expect(() => parseRecords('fixture/sources.ts', SourceSchema, [{ ...base, arxiv: '2005.1' }])).toThrow(/field "arxiv"/)
    expect(parseRecords('fixture/sources.ts', SourceSchema, [{ ...base, arxiv: '2005.14165' }])).toHaveLength(1)
  })

  it('a source has a real publication date, and its year is read from it', () => {
    const base = { id: 'x2020', authors: 'X', title: 'T', venue: 'V', arxiv: '2005.14165' }
    expect(() => parseRecords('fixture/sources.ts', SourceSchema, [base])).toThrow(/entry "x2020" \(#1\), field "date": is missing/)
    for (const date of ['2020', '2020-13', '2020-5', '20-05-01', '2020-05-1'])
      expect(() => parseRecords('fixture/sources.ts', SourceSchema, [{ ...base, date }]), date).toThrow(/field "date": must be a date "YYYY-MM" or "YYYY-MM-DD"/)
    expect(() => parseRecords('fixture/sources.ts', SourceSchema, [{ ...base, date: '2025-02-30' }])).toThrow(/field "date": must be a day that exists/)
    const [ok] = parseRecords('fixture/sources.ts', SourceSchema, [{ ...base, date: '2024-02-29' }])
    expect(ok!.year).toBe(2024)
  })

  it('a list item with evidence citing an unknown source is rejected', () => {
    const item = { ...rawTrends[0]!, evidence: { text: 't', sources: ['ghost'] } }
    expect(() => parseRecords('fixture/trends.ts', ListItemSchema, [item], { sourceIds }))
      .toThrow(/fixture\/trends.ts: entry "scale" \(#1\), field "evidence.sources": names unknown source "ghost"/)
  })

  it('a list item whose evidence names an unknown figure is rejected', () => {
    const item = { ...rawTrends[0]!, evidence: { text: '每年 {ghost-figure}', sources: ['kaplan2020'] } }
    expect(() => parseRecords('fixture/trends.ts', ListItemSchema, [item], { sourceIds, figureIds }))
      .toThrow(/fixture\/trends.ts: entry "scale" \(#1\), field "evidence.text": names unknown figure "\{ghost-figure\}"/)
  })

  it('every list icon is safelisted for UnoCSS (no template names them)', async () => {
    const { default: uno } = await import('../../../uno.config.ts')
    for (const item of [...trends, ...recentTrends, ...challenges])
      expect(uno.safelist, item.id).toContain(item.icon)
  })

  it('a source\'s cited revision is later than its first publication', () => {
    const base = { id: 'x2020', authors: 'X', title: 'T', venue: 'V', arxiv: '2005.14165', date: '2020-05' }
    expect(() => parseRecords('fixture/sources.ts', SourceSchema, [{ ...base, updated: '2020-04' }])).toThrow(/field "updated": must be later/)
    expect(parseRecords('fixture/sources.ts', SourceSchema, [{ ...base, updated: '2021-01' }])[0]!.updated).toBe('2021-01')
  })

  it('a list item needs an icon class and a one-line detail', () => {
    const item = rawTrends[0]!
    expect(() => parseRecords('fixture/trends.ts', ListItemSchema, [{ ...item, icon: 'growth' }])).toThrow(/field "icon"/)
    expect(() => parseRecords('fixture/trends.ts', ListItemSchema, [{ ...item, detail: '很长'.repeat(30) }])).toThrow(/field "detail"/)
  })
})

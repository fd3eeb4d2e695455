import type { Model } from '../../../lib/data/schema.ts'
import { describe, expect, it } from 'vitest'
import { models } from '../../../data/models.ts'
import { sourceById } from '../../../data/sources.ts'
import { computeChartText, computeTable, groupByEra, paramsChartText, paramsTable, timelineText } from '../../../lib/deck/chart-text.ts'
import { computeChartLayout, paramsChartLayout, timelineLayout } from '../../../lib/deck/charts.ts'
import { ERAS } from '../../../lib/deck/scales.ts'

const frame = { width: 868, height: 362, margin: { top: 34, right: 12, bottom: 30, left: 62 } }

describe('groupByEra', () => {
  it('gives one list per era, each item in the era it names, order kept', () => {
    const items = [{ id: 'a', era: 2 }, { id: 'b', era: 0 }, { id: 'c', era: 2 }]
    const groups = groupByEra(items)
    expect(groups).toHaveLength(ERAS.length)
    expect(groups.map(g => g.map(i => i.id))).toEqual([['b'], [], ['a', 'c']])
  })
})

describe('the compute chart\'s text alternative', () => {
  const layout = computeChartLayout(models, frame)

  it('names the span and describes every point and the band', () => {
    const text = computeChartText(layout.points, '2017–2024', [4, 5])
    expect(text.title).toBe('训练算力（FLOP，对数刻度），2017–2024 年')
    for (const p of layout.points)
      expect(text.desc).toContain(p.description)
    expect(text.desc).toContain('每年增长 4–5倍')
  })

  it('has a row per plotted model: date, 10 with its exponent raised, every source', () => {
    const table = computeTable(layout.points, models, sourceById)
    expect(table.columns).toEqual(['模型', '发布', '训练算力', '来源'])
    expect(table.rows.map(r => r.id)).toEqual(layout.points.map(p => p.id))
    const gpt3 = table.rows.find(r => r.id === 'gpt-3')!
    expect(gpt3.name).toBe('GPT-3')
    expect(gpt3.cells).toEqual([{ text: '2020-05' }, { text: '3.14×10', sup: '23', after: ' FLOP' }])
    expect(gpt3.sources.map(s => s.id)).toEqual(['brown2020', 'patterson2021'])
  })

  it('names a point whose model is not among the records', () => {
    expect(() => computeTable(layout.points, models.filter(m => m.id !== 'gpt-3'), sourceById)).toThrow(/unknown model "gpt-3"/)
  })
})

describe('the parameter chart\'s text alternative', () => {
  const layout = paramsChartLayout(models, frame)
  const table = paramsTable(layout, models, '2017–2026', sourceById)

  it('lists every model, disclosed or not, by date', () => {
    expect(table.caption).toBe('参数量，2017–2026 年')
    expect(table.rows.map(r => r.id).sort()).toEqual(models.map(m => m.id).sort())
    const dates = table.rows.map(r => models.find(m => m.id === r.id)!.date)
    expect(dates).toEqual([...dates].sort())
    expect(paramsChartText(layout, '2017–2026').desc.split('；')).toHaveLength(models.length)
  })

  it('gives the size in words, without the name and date, and the first source', () => {
    const cells = (id: string) => table.rows.find(r => r.id === id)!.cells.map(c => c.text)
    expect(cells('gpt-4')).toEqual(['2023-03', '参数量未公开'])
    expect(cells('qwen3-235b')[1]).toBe('总参数 2350亿，每个 token 激活 220亿')
    const gpt3 = table.rows.find(r => r.id === 'gpt-3')!
    expect(gpt3.sources.map(s => s.id)).toEqual(['brown2020'])
    expect(gpt3.cells.every(c => c.sup === undefined)).toBe(true)
  })
})

describe('the timeline\'s text alternative', () => {
  it('titles the timeline with its years', () => {
    const landmarks: Model[] = models.filter(m => m.landmark)
    const { items } = timelineLayout(landmarks, { width: 868, height: 360, margin: { top: 4, right: 8, bottom: 4, left: 8 } })
    const text = timelineText(items, '2017–2026')
    expect(text.title).toBe('里程碑模型时间线，2017–2026 年')
  })
})

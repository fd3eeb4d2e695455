import { describe, expect, it } from 'vitest'
import { figureTag, figureValueText, fillTemplate, formatExact, splitTemplate, templateFigures, withUnit } from '../../../lib/deck/figures.ts'

describe('formatExact', () => {
  it('keeps every stated digit in Chinese units', () => {
    expect(formatExact(2.788e6)).toBe('278.8万')
    expect(formatExact(5.576e6)).toBe('557.6万')
    expect(formatExact(1e12)).toBe('1万亿')
    expect(formatExact(1.55e13)).toBe('15.5万亿')
    expect(formatExact(1287)).toBe('1287')
    expect(formatExact(552.1)).toBe('552.1')
    expect(formatExact(4e8)).toBe('4亿')
  })

  it('rejects what is not a count', () => {
    expect(() => formatExact(-1)).toThrow(RangeError)
    expect(() => formatExact(Number.NaN)).toThrow(RangeError)
  })
})

describe('figure text', () => {
  it('writes units as the style rules say', () => {
    expect(withUnit('2.4', '倍')).toBe('2.4倍')
    expect(withUnit('5.5', '%')).toBe('5.5%')
    expect(withUnit('14.8', '天')).toBe('14.8 天')
    expect(withUnit('1287', 'MWh')).toBe('1287 MWh')
    expect(withUnit('1万', '块')).toBe('1万块')
    expect(withUnit('278.8万', 'H800 GPU 小时')).toBe('278.8万 H800 GPU 小时')
  })

  it('says how exact a figure is, and gives ranges as one figure', () => {
    expect(figureValueText({ value: 5.576e6, unit: '美元', approx: 'about' })).toBe('约 557.6万美元')
    expect(figureValueText({ value: 1e9, unit: '美元', approx: 'over' })).toBe('超过 10亿美元')
    expect(figureValueText({ value: 30, unit: '个', approx: 'over' })).toBe('超过 30 个')
    expect(figureValueText({ value: { min: 4, max: 5 }, unit: '倍' })).toBe('4–5倍')
    expect(figureValueText({ value: { min: 2, max: 6 }, unit: '%' })).toBe('2%–6%')
    expect(figureValueText({ value: { min: 9, max: 900 }, unit: '倍' })).toBe('9–900倍')
  })

  it('tags estimates, forecasts and as-of dates', () => {
    expect(figureTag({})).toBe('')
    expect(figureTag({ qualifier: '预测' })).toBe('预测')
    expect(figureTag({ qualifier: '估计', asOf: '2025-06' })).toBe('估计 · 截至 2025 年 6 月')
  })
})

describe('evidence templates', () => {
  it('splits text and figures, in order', () => {
    expect(splitTemplate('每年增长 {power-growth}，见{a}')).toEqual([{ text: '每年增长 ' }, { figure: 'power-growth' }, { text: '，见' }, { figure: 'a' }])
    expect(splitTemplate('{x}')).toEqual([{ figure: 'x' }])
    expect(templateFigures('没有数字')).toEqual([])
  })

  it('fills a template with the figures as they read on the slide', () => {
    const byId = (id: string) => ({ id, what: 'w', value: 2.1, unit: '倍' as const, stated: '2024', sources: ['s'] })
    expect(fillTemplate('每年增长 {p}', byId)).toBe('每年增长 2.1倍')
  })
})

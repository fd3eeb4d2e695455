import { describe, expect, it } from 'vitest'
import { findQuantities, isStated } from '../../support/quantities.ts'

const texts = (s: string) => findQuantities(s).map(q => `${q.text}=${q.value}${q.unit ? ` ${q.unit}` : ''}`)

describe('findQuantities', () => {
  it('finds counts, multiples, percentages and measures', () => {
    expect(texts('GPT-3 有 1750亿参数，训练 14.8 天，耗电 1287 兆瓦时')).toEqual(['1750亿参数=175000000000', '14.8 天=14.8 天', '1287 兆瓦时=1287 MWh'])
    expect(texts('从 15.6% 升到 77.9%；约 20 次；30 多个')).toEqual(['15.6%=15.6 %', '77.9%=77.9 %', '20 次=20 次', '30 多个=30 个'])
  })

  it('gives both ends of a range the unit', () => {
    expect(texts('每年 4–5倍，或 4 到 5倍')).toEqual(['4=4 倍', '5倍=5 倍', '4=4 倍', '5倍=5 倍'])
  })

  it('leaves names, years, months, ordinals, table numbers and code alone', () => {
    expect(texts('GPT-3、Llama 3.1 405B、Kimi K2、V100、H800、AIME 2024、Claude Opus 4.6、GPT-4o、o1')).toEqual([])
    expect(texts('2017 年 6 月；2017–2022；第 7 部分；表 4；公式 (1)；pass@1；device=0；O(1)')).toEqual([])
  })

  it('sees a bare number that is a quantity', () => {
    expect(texts('模型维度 512，除以 8')).toEqual(['512=512', '8=8'])
  })
})

describe('isStated', () => {
  const stated = [{ value: 2.4, unit: '倍' }, { value: 175e9, unit: '' }]
  it('matches value and unit; a bare number or a bare count matches any unit', () => {
    expect(isStated({ value: 2.4, unit: '倍', text: '' }, stated)).toBe(true)
    expect(isStated({ value: 2.4, unit: '%', text: '' }, stated)).toBe(false)
    expect(isStated({ value: 2.4, unit: '', text: '' }, stated)).toBe(true)
    expect(isStated({ value: 175e9, unit: '个', text: '' }, stated)).toBe(true)
    expect(isStated({ value: 2.5, unit: '倍', text: '' }, stated)).toBe(false)
  })
})

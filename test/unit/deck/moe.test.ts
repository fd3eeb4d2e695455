import type { Model } from '../../../lib/data/schema.ts'
import { describe, expect, it } from 'vitest'
import { models } from '../../../data/models.ts'
import { formatShare, moeShares } from '../../../lib/deck/moe.ts'

function moe(id: string, date: string, total: number, active: number): Model {
  return { id, name: id, org: 'X', date, params: { kind: 'moe', total, active }, architecture: 'a', modality: 'text', inArticle: false, chinese: false, landmark: false, sources: ['s'] }
}
const dense: Model = { ...moe('d', '2020-01', 1, 0.5), params: { kind: 'dense', total: 1e9 } }

describe('moeShares', () => {
  it('computes active / total, formats both counts, and scales bars to the largest share', () => {
    const rows = moeShares([moe('b', '2025-07', 1e12, 32e9), dense, moe('a', '2024-12', 671e9, 37e9)])
    expect(rows.map(r => r.id)).toEqual(['a', 'b']) // oldest first, dense left out
    expect(rows[0]).toMatchObject({ totalText: '6710亿', activeText: '370亿', shareText: '5.5%', barPercent: 100 })
    expect(rows[1]!.shareText).toBe('3.2%')
    expect(rows[1]!.barPercent).toBeCloseTo(100 * 0.032 / (37 / 671), 6)
  })

  it('keeps the order of the ids it is given and names a wrong one', () => {
    const list = [moe('a', '2024-12', 671e9, 37e9), moe('b', '2025-07', 1e12, 32e9), dense]
    expect(moeShares(list, ['b', 'a']).map(r => r.id)).toEqual(['b', 'a'])
    expect(() => moeShares(list, ['zz'])).toThrow(/unknown model "zz"/)
    expect(() => moeShares(list, ['d'])).toThrow(/"d" is not a mixture-of-experts model/)
  })

  it('gives the shares docs/facts.md derives for the deck\'s models', () => {
    const share = Object.fromEntries(moeShares(models).map(r => [r.id, r.shareText]))
    expect(share).toMatchObject({ 'deepseek-v3': '5.5%', 'qwen3-235b': '9.4%', 'llama-4-maverick': '4.3%', 'kimi-k2': '3.2%', 'glm-4-5': '9.0%', 'gpt-oss-120b': '4.4%', 'minimax-m2': '4.3%', 'glm-5': '5.4%' })
  })
})

describe('formatShare', () => {
  it('writes one decimal and rejects what is not a share', () => {
    expect(formatShare(0.055)).toBe('5.5%')
    expect(formatShare(1)).toBe('100.0%')
    expect(() => formatShare(0)).toThrow(RangeError)
    expect(() => formatShare(1.2)).toThrow(RangeError)
  })
})

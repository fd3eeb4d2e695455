import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sources } from '../../../data/sources.ts'
import { loadDeck } from '../../../lib/data/deck.ts'
import { cutoffText, dataCutoff } from '../../../lib/deck/cutoff.ts'

describe('dataCutoff', () => {
  it('is the month of the newest date, whatever the order and precision', () => {
    expect(dataCutoff([{ date: '2024-07-31' }, { date: '2026-02' }, { date: '2025-11-30' }])).toEqual({ year: 2026, month: 2 })
    expect(dataCutoff([{ date: '2026-02-17' }, { date: '2026-02' }])).toEqual({ year: 2026, month: 2 })
    expect(dataCutoff([{ date: '1994-03' }])).toEqual({ year: 1994, month: 3 })
  })

  it('rejects no records and a malformed date', () => {
    expect(() => dataCutoff([])).toThrow(/needs at least one/)
    expect(() => dataCutoff([{ date: '2026' }])).toThrow(/not a YYYY-MM date/)
  })

  it('reads as "数据截至 YYYY 年 M 月" without a leading zero', () => {
    expect(cutoffText({ year: 2026, month: 2 })).toBe('数据截至 2026 年 2 月')
    expect(cutoffText({ year: 2025, month: 11 })).toBe('数据截至 2025 年 11 月')
  })
})

describe('the deck\'s cut-off', () => {
  const text = cutoffText(dataCutoff(sources))

  it('is stated in the README, as the data says it', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(text)
  })

  it('is shown on the roadmap and the closing slide', async () => {
    const slides = await loadDeck()
    expect(slides[1]!.content).toContain('<DataCutoff />')
    expect(slides.find(s => s.frontmatter.layout === 'closing')!.content).toContain('<DataCutoff />')
  })
})

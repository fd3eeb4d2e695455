import { describe, expect, it } from 'vitest'
import { describeParams, formatCount, formatParams, formatScientific, paramsMagnitude } from '../../../lib/deck/format.ts'

describe('formatCount', () => {
  it.each([
    [175e9, '1750亿'],
    [340e6, '3.4亿'],
    [110e6, '1.1亿'],
    [1.5e9, '15亿'],
    [65e6, '6500万'],
    [213e6, '2.13亿'],
    [671e9, '6710亿'],
    [37e9, '370亿'],
    [1e8, '1亿'],
    [1e12, '1万亿'],
    [1.6e12, '1.6万亿'],
    [12_000, '1.2万'],
    [9999, '9999'],
    [6144, '6144'],
    [2.5, '2.5'],
    [604, '604'],
    [0, '0'],
  ])('%d → %s', (n, expected) => {
    expect(formatCount(n)).toBe(expected)
  })

  it('moves a value that rounds up across a unit boundary to the larger unit', () => {
    expect(formatCount(99_999_999)).toBe('1亿')
    expect(formatCount(9_999_600_000_000 / 10)).toBe('1万亿')
    expect(formatCount(99_996)).toBe('10万')
  })

  it('keeps three significant figures by default and fewer on request', () => {
    expect(formatCount(123_456_789)).toBe('1.23亿')
    expect(formatCount(123_456_789, 2)).toBe('1.2亿')
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1])('rejects %d', (n) => {
    expect(() => formatCount(n)).toThrow(RangeError)
  })
})

describe('formatParams', () => {
  it('formats each kind of parameter count', () => {
    expect(formatParams({ kind: 'dense', total: 175e9 })).toBe('1750亿')
    expect(formatParams({ kind: 'moe', total: 671e9, active: 37e9 })).toBe('6710亿（激活370亿）')
    expect(formatParams({ kind: 'variants', sizes: [{ label: 'Base', total: 110e6 }, { label: 'Large', total: 340e6 }] })).toBe('1.1亿 / 3.4亿')
    expect(formatParams({ kind: 'range', min: 7e9, max: 65e9 })).toBe('70亿–650亿')
    expect(formatParams({ kind: 'undisclosed' })).toBe('未公开')
  })

  it('describes counts in words for screen readers', () => {
    expect(describeParams({ kind: 'moe', total: 235e9, active: 22e9 })).toBe('总参数 2350亿，每个 token 激活 220亿')
    expect(describeParams({ kind: 'undisclosed' })).toBe('参数量未公开')
  })

  it('gives a magnitude for sorting, none when undisclosed', () => {
    expect(paramsMagnitude({ kind: 'moe', total: 671e9, active: 37e9 })).toBe(671e9)
    expect(paramsMagnitude({ kind: 'variants', sizes: [{ label: 'a', total: 1 }, { label: 'b', total: 5 }] })).toBe(5)
    expect(paramsMagnitude({ kind: 'range', min: 7e9, max: 65e9 })).toBe(65e9)
    expect(paramsMagnitude({ kind: 'undisclosed' })).toBeUndefined()
  })
})

describe('formatScientific', () => {
  it.each([
    [3.14e23, '3.14×10²³'],
    [2.3e19, '2.3×10¹⁹'],
    [3.8e25, '3.8×10²⁵'],
    [4.05e22, '4.05×10²²'],
    [1e-3, '1×10⁻³'],
    [5, '5'],
  ])('%d → %s', (n, expected) => {
    expect(formatScientific(n)).toBe(expected)
  })

  it('rejects zero and negatives', () => {
    expect(() => formatScientific(0)).toThrow(RangeError)
    expect(() => formatScientific(-2)).toThrow(RangeError)
  })
})

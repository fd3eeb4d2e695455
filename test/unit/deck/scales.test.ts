import { describe, expect, it } from 'vitest'
import {
  areaStrips,
  countTicks,
  decades,
  decimalYear,
  eraIndex,
  flopTicks,
  growthLines,
  legendRow,
  logScale,
  overlaps,
  placeLabels,
  plotBox,
  scientific,
  scientificText,
  segmentHitsBox,
  segmentsCross,
  textWidth,
  yearScale,
  yearTicks,
} from '../../../lib/deck/scales.ts'

const SUPER_OR_SUBSCRIPT = /[\u2070-\u209F\u00B2\u00B3\u00B9]/
const plot = plotBox({ width: 868, height: 362, margin: { top: 34, right: 12, bottom: 30, left: 62 } })

describe('plotBox', () => {
  it('is the frame inside its margins', () => {
    expect(plot).toEqual({ x: 62, y: 34, width: 794, height: 298 })
  })
  it('rejects margins that leave no room', () => {
    expect(() => plotBox({ width: 100, height: 100, margin: { top: 60, right: 0, bottom: 60, left: 0 } })).toThrow(/no room/)
  })
})

describe('decimalYear', () => {
  it('puts a month at its middle', () => {
    expect(decimalYear('2020-01')).toBeCloseTo(2020 + 0.5 / 12)
    expect(decimalYear('2020-05')).toBeCloseTo(2020.375)
    expect(decimalYear('2024-12')).toBeCloseTo(2024 + 11.5 / 12)
  })
  it('rejects anything but YYYY-MM', () => {
    expect(() => decimalYear('2020-13')).toThrow(RangeError)
    expect(() => decimalYear('2020')).toThrow(/YYYY-MM/)
  })
})

describe('decades and count ticks', () => {
  it('lists the powers of ten inside a domain', () => {
    expect(decades(3e7, 5e12)).toEqual([1e8, 1e9, 1e10, 1e11, 1e12])
    expect(decades(1e18, 1e27, 2)).toEqual([1e18, 1e20, 1e22, 1e24, 1e26])
    expect(decades(1e8, 1e8)).toEqual([1e8])
    expect(() => decades(0, 10)).toThrow(RangeError)
  })

  it('labels parameter ticks in readable Chinese units', () => {
    const ticks = countTicks(logScale([3e7, 5e12], plot))
    expect(ticks.map(t => t.label)).toEqual(['1亿', '10亿', '100亿', '1000亿', '1万亿'])
    // Larger counts are higher up, one decade apart.
    const gaps = ticks.slice(1).map((t, i) => ticks[i]!.pos - t.pos)
    expect(gaps.every(g => g > 0)).toBe(true)
    for (const g of gaps)
      expect(g).toBeCloseTo(gaps[0]!, 6)
  })

  it('rejects a log domain that includes zero', () => {
    expect(() => logScale([0, 1e12], plot)).toThrow(RangeError)
  })

  it('labels years from the first whole year', () => {
    const ticks = yearTicks(yearScale([2017, 2025.75], plot))
    expect(ticks.map(t => t.label)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'])
    expect(ticks[0]!.pos).toBe(plot.x)
    expect(yearTicks(yearScale([2017, 2025.75], plot), 2).map(t => t.value)).toEqual([2017, 2019, 2021, 2023, 2025])
  })
})

describe('scientific notation without Unicode superscripts', () => {
  it('splits mantissa and exponent', () => {
    expect(scientific(3.14e23)).toEqual({ mantissa: '3.14', exponent: 23 })
    expect(scientific(2.3e19)).toEqual({ mantissa: '2.3', exponent: 19 })
    expect(scientific(1e20)).toEqual({ exponent: 20 })
    expect(scientific(4.05e22)).toEqual({ mantissa: '4.05', exponent: 22 })
  })
  it('writes a plain-text form for screen readers', () => {
    expect(scientificText(3.8e25)).toBe('3.8×10^25')
    expect(scientificText(1e18)).toBe('10^18')
    expect(scientificText(3.8e25)).not.toMatch(SUPER_OR_SUBSCRIPT)
  })
  it('gives FLOP ticks every other decade', () => {
    const ticks = flopTicks(logScale([1e18, 1e27], plot))
    expect(ticks.map(t => t.exponent)).toEqual([18, 20, 22, 24, 26])
    expect(ticks.every(t => t.mantissa === undefined && !SUPER_OR_SUBSCRIPT.test(t.label))).toBe(true)
  })
  it('rejects zero and negatives', () => {
    expect(() => scientific(0)).toThrow(RangeError)
    expect(() => scientific(-1)).toThrow(RangeError)
  })
})

describe('textWidth', () => {
  it('counts CJK characters as one em and Latin as less', () => {
    expect(textWidth('参数', 15)).toBe(30)
    expect(textWidth('GPT-3', 15)).toBeLessThan(5 * 15)
    expect(textWidth('GPT-3', 15)).toBeGreaterThan(5 * 15 * 0.5)
  })
})

describe('placeLabels', () => {
  const bounds = { x: 0, y: 0, width: 400, height: 200 }
  const req = (id: string, x: number, y: number) => ({ id, x, y, width: 60, height: 20 })

  it('puts a lone label right of its point', () => {
    const [p] = placeLabels([req('a', 100, 100)], [], bounds)
    expect(p!.anchor).toBe('start')
    expect(p!.box.x).toBeGreaterThan(100)
  })

  it('moves a label inside the bounds at the right edge', () => {
    const [p] = placeLabels([req('a', 390, 100)], [], bounds)
    expect(p!.anchor).toBe('end')
    expect(p!.box.x + p!.box.width).toBeLessThanOrEqual(400)
  })

  it('keeps crowded labels apart and off the obstacles', () => {
    const points = [req('a', 100, 100), req('b', 110, 104), req('c', 120, 98), req('d', 130, 102)]
    const obstacles = points.map(p => ({ x: p.x - 6, y: p.y - 6, width: 12, height: 12 }))
    const placed = placeLabels(points, obstacles, bounds)
    expect(placed.map(p => p.id)).toEqual(['a', 'b', 'c', 'd'])
    for (const [i, p] of placed.entries()) {
      for (const q of placed.slice(i + 1))
        expect(overlaps(p.box, q.box), `${p.id} and ${q.id}`).toBe(false)
      for (const o of obstacles)
        expect(overlaps(p.box, o)).toBe(false)
    }
  })

  it('still places every label when there is no free spot', () => {
    const tiny = { x: 0, y: 0, width: 70, height: 22 }
    const placed = placeLabels([req('a', 35, 11), req('b', 35, 11)], [], tiny)
    expect(placed).toHaveLength(2)
  })
})

describe('eras', () => {
  it('groups the years in three click steps', () => {
    expect(['2017-06', '2019-10', '2020-05', '2022-10', '2023-02', '2025-04'].map(eraIndex)).toEqual([0, 0, 1, 1, 2, 2])
    expect(() => eraIndex('2016-12')).toThrow(/outside/)
  })
})

describe('growthLines', () => {
  const points = [{ year: 2018, value: 1e20 }, { year: 2020, value: 1e22 }, { year: 2022, value: 1e24 }]

  it('draws each rate with its slope through the points\' centre', () => {
    const [four, five] = growthLines(points, [4, 5], [2017, 2025])
    for (const line of [four!, five!]) {
      const slope = (Math.log10(line.to.value) - Math.log10(line.from.value)) / (line.to.year - line.from.year)
      expect(slope).toBeCloseTo(Math.log10(line.rate), 9)
      // Through (mean year, mean log): 2020, 1e22.
      expect(Math.log10(line.from.value) + slope * (2020 - 2017)).toBeCloseTo(22, 9)
    }
    // The faster rate is lower before the centre and higher after it.
    expect(five!.from.value).toBeLessThan(four!.from.value)
    expect(five!.to.value).toBeGreaterThan(four!.to.value)
  })

  it('rejects a rate that is not growth, and no points', () => {
    expect(() => growthLines(points, [1], [2017, 2025])).toThrow(/exceed 1/)
    expect(() => growthLines([], [4], [2017, 2025])).toThrow(/at least one/)
  })
})

describe('legendRow', () => {
  it('lays entries left to right without overlap', () => {
    const row = legendRow([{ key: 'a', text: '稠密模型', swatch: 12 }, { key: 'b', text: 'MoE 总参数', swatch: 14 }], 15)
    expect(row[0]!.x).toBe(0)
    expect(row[0]!.textX).toBe(20)
    expect(row[1]!.x).toBeGreaterThan(row[0]!.textX + textWidth('稠密模型', 15))
  })
})

describe('segment geometry', () => {
  it('segmentHitsBox: through, beside, and touching with a pad', () => {
    const box = { x: 10, y: 10, width: 10, height: 10 }
    expect(segmentHitsBox({ x1: 0, y1: 15, x2: 30, y2: 15 }, box)).toBe(true)
    expect(segmentHitsBox({ x1: 25, y1: 0, x2: 25, y2: 30 }, box)).toBe(false)
    expect(segmentHitsBox({ x1: 21, y1: 0, x2: 21, y2: 30 }, box, 2)).toBe(true)
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 5, y2: 5 }, box)).toBe(false)
  })

  it('segmentsCross: crossing, apart, and collinear overlap', () => {
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true)
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false)
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 5, y1: 0, x2: 15, y2: 0 })).toBe(true)
  })

  it('areaStrips: the area between two lines, clipped, in strips', () => {
    const strips = areaStrips(() => 10, () => 30, 0, 40, { x: 0, y: 0, width: 20, height: 25 }, 5)
    expect(strips).toHaveLength(4)
    expect(strips[0]).toEqual({ x: 0, y: 10, width: 5, height: 15 })
  })
})

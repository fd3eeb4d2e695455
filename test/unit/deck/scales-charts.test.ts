import type { Model } from '../../../lib/data/schema.ts'
import { describe, expect, it } from 'vitest'
import { models } from '../../../data/models.ts'
import { loadDeck } from '../../../lib/data/deck.ts'
import { ModelSchema } from '../../../lib/data/schema.ts'
import { chineseDate, computeChartLayout, computeChartMarks, LABEL_SIZE, MARK_RADIUS, paramsChartLayout, paramsChartMarks, paramsPoints, sharedLabel, superscript, timelineLayout, timelineMarks, timelineSub } from '../../../lib/deck/charts.ts'
import { timeDomain } from '../../../lib/deck/geometry.ts'
import { selectModels } from '../../../lib/deck/models-table.ts'
import { decimalYear, labelCollisions, logScale, overlaps, plotBox, yearScale } from '../../../lib/deck/scales.ts'
import { sparkDots } from '../../../lib/deck/spark.ts'

/** The models the deck's parameter chart shows: its `:ids` as the page gives them. */
const deck = await loadDeck()
const paramsIds = [...deck.map(s => s.content).join('\n').matchAll(/<ParamsChart :ids="\[([^\]]*)\]"/g)].map(m => [...m[1]!.matchAll(/'([^']+)'/g)].map(i => i[1]!))
const onSlide = selectModels(models, { rows: paramsIds[0] })

const SUPER_OR_SUBSCRIPT = /[\u2070-\u209F\u00B2\u00B3\u00B9]/
const frame = { width: 868, height: 362, margin: { top: 34, right: 12, bottom: 30, left: 62 } }

describe('paramsPoints', () => {
  it('gives dense models one value', () => {
    expect(paramsPoints({ kind: 'dense', total: 175e9 })).toEqual([{ role: 'dense', value: 175e9, text: '1750亿' }])
  })
  it('keeps MoE total and active apart, total first', () => {
    expect(paramsPoints({ kind: 'moe', total: 671e9, active: 37e9 })).toEqual([
      { role: 'total', value: 671e9, text: '总 6710亿' },
      { role: 'active', value: 37e9, text: '激活 370亿' },
    ])
  })
  it('lists variants largest first, and a range by its ends', () => {
    expect(paramsPoints({ kind: 'variants', sizes: [{ label: 'Base', total: 110e6 }, { label: 'Large', total: 340e6 }] }).map(p => p.text)).toEqual(['Large 3.4亿', 'Base 1.1亿'])
    expect(paramsPoints({ kind: 'range', min: 7e9, max: 65e9 }).map(p => p.role)).toEqual(['max', 'min'])
  })
  it('invents nothing for an undisclosed size', () => {
    expect(paramsPoints({ kind: 'undisclosed' })).toEqual([])
  })
})

describe('sharedLabel', () => {
  it('drops the prefix the names share', () => {
    expect(sharedLabel(['DeepSeek-V3', 'DeepSeek-R1'])).toBe('DeepSeek-V3 / R1')
    expect(sharedLabel(['GPT-3'])).toBe('GPT-3')
    expect(sharedLabel(['PaLM', 'GLM-130B'])).toBe('PaLM / GLM-130B')
  })
})

describe('paramsChartLayout', () => {
  const layout = paramsChartLayout(onSlide, frame)
  const disclosed = onSlide.filter(m => m.params.kind !== 'undisclosed')

  it('reads the chart\'s models from the page', () => {
    expect(paramsIds).toHaveLength(1)
    expect(onSlide.length).toBeGreaterThanOrEqual(15)
  })

  it('gives every model with a parameter count a mark, in date order', () => {
    expect(layout.marks.map(m => m.id).sort()).toEqual(disclosed.map(m => m.id).sort())
    const xs = layout.marks.map(m => m.x)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
  })

  it('shows an undisclosed model as such, without a value', () => {
    expect(layout.undisclosed.map(u => u.id)).toEqual(onSlide.filter(m => m.params.kind === 'undisclosed').map(m => m.id))
    expect(layout.undisclosed.map(u => u.id)).toContain('gpt-4')
    const gpt4 = layout.undisclosed[0]!
    expect(gpt4.label.text).toBe('GPT-4')
    expect(gpt4.description).toContain('参数量未公开')
    expect([gpt4.y0, gpt4.y1]).toEqual([layout.plot.y, layout.plot.y + layout.plot.height])
  })

  it('draws MoE totals above their active parameters', () => {
    const moe = layout.marks.filter(m => m.kind === 'moe')
    expect(moe.map(m => m.id)).toEqual(onSlide.filter(m => m.params.kind === 'moe').map(m => m.id))
    expect(moe.length).toBeGreaterThanOrEqual(5)
    for (const m of moe) {
      expect(m.points.map(p => p.role)).toEqual(['total', 'active'])
      expect(m.points[0]!.y).toBeLessThan(m.points[1]!.y)
    }
    expect(layout.marks.find(m => m.id === 'deepseek-v3')!.description).toBe('DeepSeek-V3（2024-12）：总参数 6710亿，每个 token 激活 370亿')
  })

  it('puts marks on the log scale: ten times the parameters, one tick higher', () => {
    const y = (id: string) => layout.marks.find(m => m.id === id)!.points[0]!.y
    const decade = layout.yTicks[0]!.pos - layout.yTicks[1]!.pos
    // GPT-2 1.5e9 and GPT-3 175e9: log10(175 / 1.5) decades apart.
    expect(y('gpt-2') - y('gpt-3')).toBeCloseTo(decade * Math.log10(175 / 1.5), 6)
    expect(layout.yTicks.map(t => t.label)).toEqual(['1亿', '10亿', '100亿', '1000亿', '1万亿'])
  })

  it('labels every mark once (models drawn together share one label) and keeps labels apart', () => {
    const labels = [...layout.marks.flatMap(m => m.label ? [m.label] : []), ...layout.undisclosed.map(u => u.label)]
    expect(labels.map(l => l.text)).toContain('DeepSeek-V3 / R1')
    expect(layout.marks.find(m => m.id === 'deepseek-r1')!.label).toBeUndefined()
    for (const [i, a] of labels.entries()) {
      expect(a.box.x).toBeGreaterThanOrEqual(layout.plot.x)
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(layout.plot.x + layout.plot.width)
      for (const b of labels.slice(i + 1))
        expect(overlaps(a.box, b.box), `${a.text} / ${b.text}`).toBe(false)
    }
    // No label covers a dot.
    for (const m of layout.marks) {
      for (const p of m.points) {
        const r = MARK_RADIUS[p.role]
        for (const l of labels)
          expect(overlaps(l.box, { x: m.x - r, y: p.y - r, width: 2 * r, height: 2 * r }), `${l.text} on ${m.id}`).toBe(false)
      }
    }
  })

  it('has a legend row above the plot and no Unicode superscripts anywhere', () => {
    expect(layout.legend.entries.map(e => e.key)).toEqual(['dense', 'sizes', 'total', 'active', 'undisclosed'])
    expect(layout.legend.y).toBeLessThan(layout.plot.y)
    expect(JSON.stringify(layout)).not.toMatch(SUPER_OR_SUBSCRIPT)
  })
})

describe('computeChartLayout', () => {
  const layout = computeChartLayout(models, { width: 560, height: 348, margin: { top: 12, right: 12, bottom: 30, left: 52 } })

  it('plots exactly the models whose training compute is published', () => {
    expect(layout.points.map(p => p.id)).toEqual(models.filter(m => m.trainingFlop !== undefined).map(m => m.id))
    expect(layout.points.map(p => p.valueText)).toEqual(['2.3×10^19', '4.05×10^22', '3.14×10^23', '2.56×10^24', '3.8×10^25'])
    expect(layout.points.find(p => p.id === 'gpt-3')).toMatchObject({ mantissa: '3.14', exponent: 23 })
  })

  it('draws the 4–5×/yr band as a closed path across the plot, labelled with its source\'s figure', () => {
    expect(layout.band.path).toMatch(/^M[\d.-]+,[\d.-]+(L[\d.-]+,[\d.-]+){3}Z$/)
    expect(layout.band.label.text).toBe('Epoch AI 趋势：每年 4–5倍')
    expect(layout.band.rates).toEqual([4, 5])
  })

  it('keeps value labels apart, inside the plot, with no Unicode superscripts', () => {
    const boxes = [...layout.points.map(p => p.label.box), layout.band.label.box]
    for (const [i, a] of boxes.entries()) {
      expect(a.y).toBeGreaterThanOrEqual(layout.plot.y)
      expect(a.y + a.height).toBeLessThanOrEqual(layout.plot.y + layout.plot.height)
      for (const b of boxes.slice(i + 1))
        expect(overlaps(a, b)).toBe(false)
    }
    expect(JSON.stringify(layout)).not.toMatch(SUPER_OR_SUBSCRIPT)
  })

  it('leaves out models without published compute and fails clearly with none', () => {
    const gpt4 = models.find(m => m.id === 'gpt-4')!
    expect(() => computeChartLayout([gpt4], { width: 560, height: 348, margin: { top: 12, right: 12, bottom: 30, left: 52 } })).toThrow(/at least one/)
  })
})

describe('no label collides with anything on the deck\'s charts', () => {
  it('the parameter chart, as the slide shows it', () => {
    expect(labelCollisions(paramsChartMarks(paramsChartLayout(onSlide, frame)))).toEqual([])
  })

  it('the compute chart, the Epoch AI band included', () => {
    const layout = computeChartLayout(models, { width: 560, height: 318, margin: { top: 12, right: 12, bottom: 30, left: 52 } })
    expect(layout.band.strips.length).toBeGreaterThan(50)
    expect(labelCollisions(computeChartMarks(layout))).toEqual([])
  })

  it('the timeline, year labels included', () => {
    const layout = timelineLayout(models.filter(m => m.landmark), { width: 868, height: 360, margin: { top: 4, right: 8, bottom: 4, left: 8 } })
    expect(labelCollisions(timelineMarks(layout))).toEqual([])
  })

  it('the check sees a label on the band, on a rule and on another label', () => {
    const layout = paramsChartLayout(onSlide, frame)
    const gpt5 = layout.undisclosed.find(u => u.id === 'gpt-5')!
    const moved = { ...paramsChartMarks(layout), labels: [{ id: 'x', text: 'x', box: { x: gpt5.x - 5, y: 100, width: 10, height: 10 } }] }
    expect(labelCollisions(moved)).toContain('label "x" is crossed by the line of gpt-5')
    const compute = computeChartMarks(computeChartLayout(models, { width: 560, height: 318, margin: { top: 12, right: 12, bottom: 30, left: 52 } }))
    const strip = compute.areas[20]!.box
    expect(labelCollisions({ ...compute, labels: [{ id: 'y', text: 'y', box: strip }, { id: 'z', text: 'z', box: strip }] }))
      .toEqual(expect.arrayContaining(['label "y" overlaps label "z"', 'label "y" lies on the area of the Epoch AI band']))
  })
})

describe('superscript', () => {
  it('sets an exponent smaller and raises it far enough that its top clears the base\'s', () => {
    const { fontSize, dy } = superscript(LABEL_SIZE)
    expect(fontSize).toBeLessThan(LABEL_SIZE)
    expect(fontSize).toBeGreaterThanOrEqual(LABEL_SIZE * 0.7)
    // Labels are centred on their line (dominant-baseline: central) and digits are ~0.73 em tall:
    // the exponent's top sits well above the base's, its centre above the base's top half.
    expect(dy - 0.73 * fontSize / 2).toBeLessThan(-0.73 * LABEL_SIZE / 2 - 3)
    expect(dy).toBeLessThan(-0.73 * LABEL_SIZE / 4)
    expect(superscript(30).dy).toBeCloseTo(2 * dy)
  })
})

describe('timelineLayout', () => {
  const landmarks = models.filter(m => m.landmark)
  const layout = timelineLayout(landmarks, { width: 868, height: 360, margin: { top: 4, right: 8, bottom: 4, left: 8 } })

  it('shows every landmark, from 2017 to the newest landmark\'s year, in date order', () => {
    expect(landmarks.length).toBeGreaterThanOrEqual(10)
    expect(layout.items.map(i => i.id)).toEqual([...landmarks].sort((a, b) => a.date.localeCompare(b.date)).map(m => m.id))
    expect(layout.ticks[0]!.label).toBe('2017')
    expect(layout.ticks.at(-1)!.label).toBe(String(Math.max(...landmarks.map(m => Number(m.date.slice(0, 4))))))
  })

  it('places labels inside the frame, apart, and no stem through another label', () => {
    const { plot, axisY } = layout
    for (const [i, a] of layout.items.entries()) {
      expect(a.box.x).toBeGreaterThanOrEqual(plot.x)
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(plot.x + plot.width)
      expect(a.box.y).toBeGreaterThanOrEqual(plot.y)
      expect(a.box.y + a.box.height).toBeLessThanOrEqual(plot.y + plot.height)
      const stem = { x: a.x - 1, y: Math.min(axisY, a.stemY), width: 2, height: Math.abs(axisY - a.stemY) }
      for (const b of layout.items) {
        if (b === a)
          continue
        expect(overlaps(stem, b.box), `${a.id}'s stem through ${b.id}`).toBe(false)
        if (layout.items.indexOf(b) > i)
          expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false)
      }
    }
  })

  it('writes sizes short, and undisclosed as such', () => {
    const sub = (id: string) => layout.items.find(i => i.id === id)!.sub
    expect(sub('gpt-3')).toBe('1750亿')
    expect(sub('deepseek-v3')).toBe('6710亿/激活370亿')
    expect(sub('gpt-5')).toBe('参数未公开')
    expect(sub('gpt-4')).toBe('参数未公开')
    expect(layout.items.find(i => i.id === 'gpt-4')!.undisclosed).toBe(true)
    expect(timelineSub({ kind: 'range', min: 7e9, max: 65e9 })).toBe('70亿–650亿')
    expect(layout.items.find(i => i.id === 'gpt-3')!.description).toBe('2020 年 5 月：GPT-3（OpenAI），1750亿参数')
    expect(chineseDate('2017-06')).toBe('2017 年 6 月')
  })
})

describe('the landmark flag', () => {
  it('defaults to false', () => {
    const raw = { id: 'x', name: 'X', org: 'O', date: '2020-01', params: { kind: 'dense', total: 1 }, architecture: 'a', modality: 'text', sources: ['brown2020'] }
    expect((ModelSchema.parse(raw) as Model).landmark).toBe(false)
  })
})

describe('sparkDots', () => {
  it('has one dot per disclosed model, MoE marked', () => {
    const { dots } = sparkDots(models, { width: 300, height: 150, margin: { top: 8, right: 8, bottom: 8, left: 8 } })
    expect(dots).toHaveLength(models.filter(m => m.params.kind !== 'undisclosed').length)
    expect(dots.filter(d => d.moe).map(d => d.id)).toEqual(models.filter(m => m.params.kind === 'moe').map(m => m.id))
  })

  it('puts each dot where the charts\' d3 scales would, with the largest count of each model', () => {
    const frame = { width: 300, height: 150, margin: { top: 8, right: 8, bottom: 8, left: 8 } }
    const plot = plotBox(frame)
    const x = yearScale(timeDomain(models), plot)
    const y = logScale([3e7, 5e12], plot)
    const { dots } = sparkDots(models, frame)
    for (const dot of dots) {
      const m = models.find(model => model.id === dot.id)!
      expect(dot.x, dot.id).toBeCloseTo(x(decimalYear(m.date)), 9)
      expect(dot.y, dot.id).toBeCloseTo(y(paramsPoints(m.params)[0]!.value), 9)
    }
  })
})

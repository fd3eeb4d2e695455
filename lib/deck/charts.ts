/**
 * Geometry of the deck's three charts, computed from `data/models.ts` records: parameter growth
 * (log scale, MoE total vs active, undisclosed sizes marked as such), training compute with the
 * Epoch AI 4–5×/yr reference band, and the landmark timeline. Components render these objects
 * as SVG and add nothing but styling.
 */
import type { Model, Params } from '../data/schema.ts'
import type { Anchor, Box, ChartMarks, Frame, LabelRequest, PlacedLabel, PlacedLegendEntry, Scientific, Segment, Tick } from './scales.ts'
import { describeParams, formatCount } from './format.ts'
import { timeDomain } from './geometry.ts'
import { areaStrips, countTicks, decimalYear, eraIndex, flopTicks, growthLines, legendRow, logScale, overlaps, placeLabels, plotBox, scientific, scientificText, textWidth, yearScale, yearTicks } from './scales.ts'

export const LABEL_SIZE = 15

/**
 * A raised exponent ("10" + "26"): set at 3/4 of the label size and moved up by `dy` on its own
 * `<tspan>`. Not `baseline-shift`, which Firefox ignores (it drew 10²⁶ as "1026"), and not Unicode
 * superscripts, which fall back to a system font in the PDF. `dy` moves the rest of the line too,
 * so an exponent must be the last thing in its `<text>` (or be followed by a `dy` of `-dy`).
 */
export function superscript(fontSize = LABEL_SIZE): { fontSize: number, dy: number } {
  return { fontSize: fontSize * 0.75, dy: -Math.round(fontSize * 0.42 * 100) / 100 }
}

/* ---------------------------------------------------------------- parameters */

export type PointRole = 'dense' | 'total' | 'active' | 'size' | 'min' | 'max'

export interface ParamsPoint {
  role: PointRole
  value: number
  y: number
  /** "1750亿"; for variants prefixed with the size's name: "Large 3.4亿". */
  text: string
}

export interface ParamsMark {
  id: string
  name: string
  date: string
  era: number
  x: number
  kind: Exclude<Params['kind'], 'undisclosed'>
  /** Largest first. */
  points: ParamsPoint[]
  /** "GPT-3（2020-05）：1750亿参数" — for `<title>` and the accessible table. */
  description: string
  /** Absent when the mark shares the label of the model drawn at the same place. */
  label?: PlacedLabel & { text: string }
}

export interface UndisclosedMark {
  id: string
  name: string
  date: string
  era: number
  x: number
  /** The dashed rule's ends: the full height of the plot. */
  y0: number
  y1: number
  description: string
  label: PlacedLabel & { text: string }
}

export interface ParamsChartOptions {
  years?: readonly [number, number]
  domain?: readonly [number, number]
  fontSize?: number
}

export interface ParamsChartLayout {
  plot: Box
  xTicks: Tick[]
  yTicks: Tick[]
  marks: ParamsMark[]
  undisclosed: UndisclosedMark[]
  /** One row above the plot; `y` is its centre line. */
  legend: { y: number, entries: PlacedLegendEntry[] }
}

/** The values a parameter record contributes to the chart, largest first; none when undisclosed. */
export function paramsPoints(p: Params): Omit<ParamsPoint, 'y'>[] {
  switch (p.kind) {
    case 'dense':
      return [{ role: 'dense', value: p.total, text: formatCount(p.total) }]
    case 'moe':
      return [
        { role: 'total', value: p.total, text: `总 ${formatCount(p.total)}` },
        { role: 'active', value: p.active, text: `激活 ${formatCount(p.active)}` },
      ]
    case 'variants':
      return [...p.sizes].sort((a, b) => b.total - a.total).map(s => ({ role: 'size', value: s.total, text: `${s.label} ${formatCount(s.total)}` }))
    case 'range':
      return [
        { role: 'max', value: p.max, text: formatCount(p.max) },
        { role: 'min', value: p.min, text: formatCount(p.min) },
      ]
    case 'undisclosed':
      return []
  }
}

/** Radius of a mark's dot, by role: MoE totals are the larger hollow ring. */
export const MARK_RADIUS: Record<PointRole, number> = { dense: 6, total: 7, active: 5, size: 5, min: 5, max: 5 }

/**
 * One label for several names: the first in full, the rest without the prefix they share with
 * it up to a "-" or space: ["DeepSeek-V3", "DeepSeek-R1"] → "DeepSeek-V3 / R1".
 */
export function sharedLabel(names: readonly string[]): string {
  const [first, ...rest] = names
  if (first === undefined)
    throw new RangeError('sharedLabel: needs at least one name')
  return [first, ...rest.map((name) => {
    let cut = 0
    for (let i = 0; i < Math.min(first.length, name.length) && first[i] === name[i]; i++) {
      if (first[i] === '-' || first[i] === ' ')
        cut = i + 1
    }
    return name.slice(cut)
  })].join(' / ')
}

function describe(m: Model): string {
  return `${m.name}（${m.date}）：${describeParams(m.params)}${m.paramsNote ? `（${m.paramsNote}）` : ''}`
}

/** The parameter chart's legend: what each kind of mark means. */
export const PARAMS_LEGEND = [
  { key: 'dense', text: '稠密模型', swatch: 12 },
  { key: 'sizes', text: '同一论文的多个规模', swatch: 34 },
  { key: 'total', text: 'MoE 总参数', swatch: 14 },
  { key: 'active', text: '每个 token 激活的参数', swatch: 10 },
  { key: 'undisclosed', text: '未公开（不作猜测）', swatch: 4 },
] as const

export function paramsChartLayout(models: readonly Model[], frame: Frame, options: ParamsChartOptions = {}): ParamsChartLayout {
  // The time axis runs on past the newest model (without ticks) to leave room for its label.
  const { years = timeDomain(models, 1), domain = [3e7, 5e12], fontSize = LABEL_SIZE } = options
  const plot = plotBox(frame)
  const x = yearScale(years, plot)
  const y = logScale(domain, plot)
  const lineHeight = Math.round(fontSize * 1.3)

  const dated = [...models].sort((a, b) => a.date.localeCompare(b.date))
  const shown = dated.filter(m => m.params.kind !== 'undisclosed')
  const hidden = dated.filter(m => m.params.kind === 'undisclosed')

  const geometry = shown.map((m) => {
    const points = paramsPoints(m.params).map(p => ({ ...p, y: y(p.value) }))
    return { m, x: x(decimalYear(m.date)), points }
  })
  // Dots, the lines joining a model's dots, and the undisclosed rules: labels keep off them.
  const obstacles: Box[] = geometry.flatMap(({ x: cx, points }) =>
    points.map(p => ({ x: cx - MARK_RADIUS[p.role] - 2, y: p.y - MARK_RADIUS[p.role] - 2, width: 2 * MARK_RADIUS[p.role] + 4, height: 2 * MARK_RADIUS[p.role] + 4 })))
  const lines: Segment[] = [
    ...geometry.filter(g => g.points.length > 1).map(({ x: cx, points }) => ({ x1: cx, y1: points[0]!.y, x2: cx, y2: points.at(-1)!.y })),
    ...hidden.map((m) => {
      const cx = x(decimalYear(m.date))
      return { x1: cx, y1: plot.y, x2: cx, y2: plot.y + plot.height }
    }),
  ]

  // Models drawn on top of each other (DeepSeek-V3 and R1: same sizes, a month apart) share
  // one label, "DeepSeek-V3 / R1".
  const groups: (typeof geometry)[] = []
  for (const g of geometry) {
    const last = groups.at(-1)?.at(-1)
    const same = last && Math.abs(last.x - g.x) < 2 * MARK_RADIUS.total + 4
      && last.points.length === g.points.length && last.points.every((p, i) => p.value === g.points[i]!.value)
    if (same)
      groups.at(-1)!.push(g)
    else
      groups.push([g])
  }
  const requests: (LabelRequest & { text: string })[] = [
    // Undisclosed labels first: they sit at the foot of their rule and have little choice. The
    // name alone: the legend says what a dashed rule means, and a long label ends up far away.
    ...hidden.map((m) => {
      const text = m.shortName ?? m.name
      return { id: m.id, text, x: x(decimalYear(m.date)), y: plot.y + plot.height - lineHeight / 2 - 2, width: textWidth(text, fontSize), height: lineHeight }
    }),
    ...groups.map((group) => {
      const text = sharedLabel(group.map(g => g.m.shortName ?? g.m.name))
      const first = group[0]!
      const cx = (first.x + group.at(-1)!.x) / 2
      const alternatives = first.points.length > 1 ? [{ x: cx, y: first.points.at(-1)!.y }] : []
      return { id: first.m.id, text, x: cx, y: first.points[0]!.y, alternatives, width: textWidth(text, fontSize), height: lineHeight }
    }),
  ]
  const placed = new Map(placeLabels(requests, obstacles, plot, 8, lines).map((p, i) => [p.id, { ...p, text: requests[i]!.text }]))

  return {
    plot,
    xTicks: yearTicks(x, 1, Math.floor(years[1] - 1)),
    yTicks: countTicks(y),
    legend: { y: Math.round(plot.y / 2) - 2, entries: legendRow(PARAMS_LEGEND, fontSize).map(e => ({ ...e, x: e.x + plot.x, textX: e.textX + plot.x })) },
    marks: geometry.map(({ m, x: cx, points }) => ({
      id: m.id,
      name: m.name,
      date: m.date,
      era: eraIndex(m.date),
      x: cx,
      kind: m.params.kind as ParamsMark['kind'],
      points,
      description: describe(m),
      label: placed.get(m.id),
    })),
    undisclosed: hidden.map(m => ({
      id: m.id,
      name: m.name,
      date: m.date,
      era: eraIndex(m.date),
      x: x(decimalYear(m.date)),
      y0: plot.y,
      y1: plot.y + plot.height,
      description: describe(m),
      label: placed.get(m.id)!,
    })),
  }
}

/** What the parameter chart draws, for `labelCollisions`: its labels, dots, joins and rules. */
export function paramsChartMarks(layout: ParamsChartLayout): ChartMarks {
  return {
    labels: [...layout.marks.flatMap(m => (m.label ? [m.label] : [])), ...layout.undisclosed.map(u => u.label)]
      .map(l => ({ id: l.id, text: l.text, box: l.box, leader: l.leader })),
    marks: layout.marks.flatMap(m => m.points.map(p => ({ id: m.id, box: { x: m.x - MARK_RADIUS[p.role], y: p.y - MARK_RADIUS[p.role], width: 2 * MARK_RADIUS[p.role], height: 2 * MARK_RADIUS[p.role] } }))),
    lines: [
      ...layout.marks.filter(m => m.points.length > 1).map(m => ({ id: m.id, line: { x1: m.x, y1: m.points[0]!.y, x2: m.x, y2: m.points.at(-1)!.y } })),
      ...layout.undisclosed.map(u => ({ id: u.id, line: { x1: u.x, y1: u.y0, x2: u.x, y2: u.y1 } })),
    ],
    areas: [],
  }
}

/* ---------------------------------------------------------------- compute */

export interface ComputePoint extends Scientific {
  id: string
  name: string
  date: string
  era: number
  x: number
  y: number
  value: number
  /** "3.14×10^23" */
  valueText: string
  description: string
  label: PlacedLabel
}

export interface ComputeChartOptions {
  years?: readonly [number, number]
  domain?: readonly [number, number]
  /** Growth per year of the reference band (Epoch AI: 4–5×). */
  rates?: readonly number[]
  fontSize?: number
}

export interface ComputeChartLayout {
  plot: Box
  xTicks: Tick[]
  yTicks: (Tick & Scientific)[]
  points: ComputePoint[]
  /** The band between the slowest and fastest rate, as an SVG path, and where to label it. */
  band: { path: string, rates: readonly number[], label: PlacedLabel & { text: string }, strips: Box[] }
}

/** "3.14×10" + a raised "23": the label's width with the exponent set smaller. */
function scientificWidth(prefix: string, s: Scientific, fontSize: number): number {
  return textWidth(`${prefix}${s.mantissa ? `${s.mantissa}×` : ''}10`, fontSize) + textWidth(String(s.exponent), superscript(fontSize).fontSize)
}

export function computeChartLayout(models: readonly Model[], frame: Frame, options: ComputeChartOptions = {}): ComputeChartLayout {
  const { years = timeDomain(models.filter(m => m.trainingFlop !== undefined), 1), domain = [1e19, 1e27], rates = [4, 5], fontSize = LABEL_SIZE } = options
  const plot = plotBox(frame)
  const x = yearScale(years, plot)
  const y = logScale(domain, plot)
  const lineHeight = Math.round(fontSize * 1.3)

  const withFlop = models
    .filter((m): m is Model & { trainingFlop: number } => m.trainingFlop !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date))
  const base = withFlop.map(m => ({ m, year: decimalYear(m.date), value: m.trainingFlop, sci: scientific(m.trainingFlop) }))

  const lines = growthLines(base, rates, years)
  const slow = lines[0]!
  const fast = lines.at(-1)!
  const corners = [
    [x(slow.from.year), y(slow.from.value)],
    [x(slow.to.year), y(slow.to.value)],
    [x(fast.to.year), y(fast.to.value)],
    [x(fast.from.year), y(fast.from.value)],
  ].map(([px, py], i) => `${i ? 'L' : 'M'}${px!.toFixed(1)},${py!.toFixed(1)}`)
  const path = `${corners.join('')}Z`

  // The band, as thin strips between its two lines: labels keep off it as off the dots.
  const lineAt = (line: typeof slow) => (px: number) => {
    const t = (x.invert(px) - line.from.year) / (line.to.year - line.from.year)
    return y(10 ** (Math.log10(line.from.value) + t * (Math.log10(line.to.value) - Math.log10(line.from.value))))
  }
  const bandBoxes = areaStrips(lineAt(fast), lineAt(slow), plot.x, plot.x + plot.width, plot)
  const obstacles: Box[] = [...base.map(({ year, value }) => ({ x: x(year) - 7, y: y(value) - 7, width: 14, height: 14 })), ...bandBoxes]
  const requests: LabelRequest[] = base.map(({ m, year, value, sci }) => ({
    id: m.id,
    x: x(year),
    y: y(value),
    width: scientificWidth(`${m.name} `, sci, fontSize),
    height: lineHeight,
  }))
  // The band's label goes last, beside the early, empty end of the band (a fifth of the way along).
  const bandText = `Epoch AI 趋势：每年 ${rates.join('–')}倍`
  const bandX = x(years[0] + (years[1] - years[0]) * 0.2)
  requests.push({ id: '(band)', x: bandX, y: (lineAt(slow)(bandX) + lineAt(fast)(bandX)) / 2, width: textWidth(bandText, fontSize), height: lineHeight })
  const placed = placeLabels(requests, obstacles, plot)

  return {
    plot,
    xTicks: yearTicks(x),
    yTicks: flopTicks(y),
    points: base.map(({ m, year, value, sci }, i) => ({
      id: m.id,
      name: m.name,
      date: m.date,
      era: eraIndex(m.date),
      x: x(year),
      y: y(value),
      value,
      ...sci,
      valueText: scientificText(value),
      description: `${m.name}（${m.date}）：训练算力 ${scientificText(value)} FLOP`,
      label: placed[i]!,
    })),
    band: { path, rates, label: { ...placed.at(-1)!, text: bandText }, strips: bandBoxes },
  }
}

/** What the compute chart draws, for `labelCollisions`: its labels, dots and the band. */
export function computeChartMarks(layout: ComputeChartLayout): ChartMarks {
  return {
    labels: [...layout.points.map(p => ({ id: p.id, text: p.name, box: p.label.box, leader: p.label.leader })), { id: '(band)', text: layout.band.label.text, box: layout.band.label.box, leader: layout.band.label.leader }],
    marks: layout.points.map(p => ({ id: p.id, box: { x: p.x - 6, y: p.y - 6, width: 12, height: 12 } })),
    lines: [],
    areas: layout.band.strips.map(box => ({ id: 'the Epoch AI band', box })),
  }
}

/* ---------------------------------------------------------------- timeline */

/** "2020-05" → "2020 年 5 月". */
export function chineseDate(date: string): string {
  decimalYear(date) // validates
  return `${date.slice(0, 4)} 年 ${Number(date.slice(5, 7))} 月`
}

/** The timeline's second line: the size, short (MoE with its active count: "6710亿/激活370亿"). */
export function timelineSub(p: Params): string {
  switch (p.kind) {
    case 'moe':
      return `${formatCount(p.total)}/激活${formatCount(p.active)}`
    case 'undisclosed':
      return '参数未公开'
    case 'dense':
      return formatCount(p.total)
    case 'variants':
      return p.sizes.map(s => formatCount(s.total)).join(' / ')
    case 'range':
      return `${formatCount(p.min)}–${formatCount(p.max)}`
  }
}

export type Side = 'above' | 'below'

export interface TimelineItem {
  id: string
  name: string
  sub: string
  date: string
  era: number
  /** The model's date on the axis. */
  x: number
  side: Side
  lane: number
  anchor: Anchor
  /** Text position (`text-anchor` = anchor) of the name and the sub line, as baselines. */
  textX: number
  nameY: number
  subY: number
  /** The stem from the axis to the label. */
  stemY: number
  box: Box
  undisclosed: boolean
  description: string
}

export interface TimelineOptions {
  years?: readonly [number, number]
  /** Label rows on each side of the axis. */
  lanes?: number
  fontSize?: number
  nameSize?: number
}

export interface TimelineLayout {
  plot: Box
  axisY: number
  ticks: Tick[]
  /** Baseline of the year labels: a row of their own at the foot, where no stem reaches. */
  yearY: number
  items: TimelineItem[]
}

export function timelineLayout(models: readonly Model[], frame: Frame, options: TimelineOptions = {}): TimelineLayout {
  const { years = timeDomain(models, 0.6), lanes = 3, fontSize = 17, nameSize = 19 } = options
  const plot = plotBox(frame)
  const x = yearScale(years, plot)
  // The year labels get the bottom row: under the axis, the stems of the labels below would cross them.
  const yearRow = fontSize + 8
  const yearY = plot.y + plot.height - 4
  const axisY = plot.y + (plot.height - yearRow) / 2
  const clearAbove = 14
  const clearBelow = 14
  const rowGap = 6
  const height = Math.round(nameSize * 1.25 + fontSize * 1.25)
  const pad = 2

  const candidatesFor = (m: Model): TimelineItem[] => {
    const cx = x(decimalYear(m.date))
    const sub = timelineSub(m.params)
    const width = Math.max(textWidth(m.shortName ?? m.name, nameSize), textWidth(sub, fontSize))
    const out: TimelineItem[] = []
    for (let lane = 0; lane < lanes; lane++) {
      for (const side of ['above', 'below'] as const) {
        for (const anchor of ['middle', 'start', 'end'] as const) {
          const left = anchor === 'start' ? cx - pad : anchor === 'end' ? cx + pad - width : cx - width / 2
          const top = side === 'above'
            ? axisY - clearAbove - (lane + 1) * height - lane * rowGap
            : axisY + clearBelow + lane * (height + rowGap)
          out.push({
            id: m.id,
            name: m.shortName ?? m.name,
            sub,
            date: m.date,
            era: eraIndex(m.date),
            x: cx,
            side,
            lane,
            anchor,
            textX: anchor === 'start' ? left : anchor === 'end' ? left + width : cx,
            nameY: top + nameSize,
            subY: top + height - fontSize * 0.25,
            stemY: side === 'above' ? top + height : top,
            box: { x: left, y: top, width, height },
            undisclosed: m.params.kind === 'undisclosed',
            description: `${chineseDate(m.date)}：${m.name}（${m.org}），${describeParams(m.params)}`,
          })
        }
      }
    }
    return out
  }
  const stemOf = (it: TimelineItem): Box => ({ x: it.x - 1, y: Math.min(axisY, it.stemY), width: 2, height: Math.abs(axisY - it.stemY) })
  const ownCost = (it: TimelineItem): number => {
    const { box } = it
    const outside = box.x < plot.x || box.x + box.width > plot.x + plot.width || box.y < plot.y || box.y + box.height > plot.y + plot.height - yearRow
    return (outside ? 1e6 : 0) + it.lane * 10 + (it.anchor === 'middle' ? 0 : 1)
  }
  const pairCost = (a: TimelineItem, b: TimelineItem): number => {
    let cost = 0
    // Keep 8 px between labels side by side; rows are already `rowGap` apart.
    if (overlaps({ ...a.box, x: a.box.x - 8, width: a.box.width + 16 }, b.box))
      cost += 1000
    if (overlaps(stemOf(a), b.box, 2) || overlaps(stemOf(b), a.box, 2))
      cost += 1000
    return cost
  }
  // Beam search (100 states) over every model's candidate positions: the cheapest arrangement found, where
  // a label overlapping another or a stem crossing a label costs most, a higher row little.
  // Models go left to right; a label can only meet the labels of models less than `reach` to
  // its left, so states that agree on those are interchangeable and only the cheapest is kept.
  interface State { item: TimelineItem, parent?: State, cost: number }
  const reach = 2 * Math.max(...models.map(m => textWidth(m.name, nameSize))) + 24
  let beam: (State | undefined)[] = [undefined]
  for (const m of [...models].sort((a, b) => a.date.localeCompare(b.date))) {
    const best = new Map<string, State>()
    const options = candidatesFor(m)
    for (const state of beam) {
      for (const c of options) {
        let cost = (state?.cost ?? 0) + ownCost(c)
        let key = `${c.lane}${c.side}${c.anchor}`
        for (let s: State | undefined = state; s && s.item.x > c.x - reach; s = s.parent) {
          cost += pairCost(c, s.item)
          key += `|${s.item.lane}${s.item.side}${s.item.anchor}`
        }
        const seen = best.get(key)
        if (!seen || cost < seen.cost)
          best.set(key, { item: c, parent: state, cost })
      }
    }
    beam = [...best.values()].sort((a, b) => a.cost - b.cost).slice(0, 100)
  }
  const placed: TimelineItem[] = []
  for (let s = beam[0]; s; s = s.parent)
    placed.unshift(s.item)
  return { plot, axisY, ticks: yearTicks(x), yearY, items: placed }
}

/** What the timeline draws, for `labelCollisions`: model labels and year labels, stems and dots. */
export function timelineMarks(layout: TimelineLayout, fontSize = 17): ChartMarks {
  return {
    labels: [
      ...layout.items.map(it => ({ id: it.id, text: it.name, box: it.box })),
      ...layout.ticks.map((t) => {
        const width = textWidth(t.label, fontSize)
        return { id: `year-${t.label}`, text: t.label, box: { x: t.pos - width / 2, y: layout.yearY - fontSize, width, height: fontSize + 4 } }
      }),
    ],
    marks: layout.items.map(it => ({ id: it.id, box: { x: it.x - 5, y: layout.axisY - 5, width: 10, height: 10 } })),
    // A stem runs from the axis to its own label: the part that could cross something else.
    lines: layout.items.map(it => ({ id: it.id, line: { x1: it.x, y1: layout.axisY + (it.side === 'above' ? -6 : 6), x2: it.x, y2: it.stemY + (it.side === 'above' ? 1 : -1) } })),
    areas: [],
  }
}

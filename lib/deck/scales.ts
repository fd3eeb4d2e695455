/**
 * Scales, ticks and label maths for the deck's SVG charts (`components/*Chart.vue`,
 * `components/ModelTimeline.vue`). Pure functions over numbers: the components only draw what
 * `lib/deck/charts.ts` computes from these, so no coordinate is typed by hand in a template.
 */
import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale'
import type { Box } from './geometry.ts'
import { scaleLinear, scaleLog } from 'd3-scale'
import { formatCount } from './format.ts'
import { decimalYear } from './geometry.ts'

export type { Box, Frame, Margin } from './geometry.ts'
export { decimalYear, plotBox } from './geometry.ts'

/** Horizontal time axis: decimal years → x, left to right across the plot. */
export function yearScale(years: readonly [number, number], plot: Box): ScaleLinear<number, number> {
  return scaleLinear().domain(years).range([plot.x, plot.x + plot.width])
}

/** Vertical log axis: counts → y, small at the bottom. */
export function logScale(domain: readonly [number, number], plot: Box): ScaleLogarithmic<number, number> {
  if (!(domain[0] > 0 && domain[1] > domain[0]))
    throw new RangeError(`logScale: expected 0 < min < max, got [${domain.join(', ')}]`)
  return scaleLog().domain(domain).range([plot.y + plot.height, plot.y])
}

/**
 * The integer powers of ten within [lo, hi] whose exponent is a multiple of `every`:
 * decades(3e7, 2e12) → [1e8, 1e9, 1e10, 1e11, 1e12]; decades(1e18, 1e26, 2) → 1e18, 1e20, …
 */
export function decades(lo: number, hi: number, every = 1): number[] {
  if (!(lo > 0 && hi >= lo))
    throw new RangeError(`decades: expected 0 < lo ≤ hi, got [${lo}, ${hi}]`)
  const out: number[] = []
  for (let e = Math.ceil(Math.log10(lo) - 1e-9); e <= Math.floor(Math.log10(hi) + 1e-9); e++) {
    if (e % every === 0)
      out.push(Number(`1e${e}`))
  }
  return out
}

export interface Tick { value: number, pos: number, label: string }

/** Count ticks in Chinese units, one per decade: 1亿, 10亿, 100亿, 1000亿, 1万亿. */
export function countTicks(scale: ScaleLogarithmic<number, number>): Tick[] {
  const [lo, hi] = scale.domain() as [number, number]
  return decades(lo, hi).map(value => ({ value, pos: scale(value), label: formatCount(value) }))
}

/**
 * Whole years inside the domain, labelled "2017", "2018", …; `every` thins them, `last` stops
 * them early (a chart may run past its data to leave room for labels).
 */
export function yearTicks(scale: ScaleLinear<number, number>, every = 1, last = Number.POSITIVE_INFINITY): Tick[] {
  const [lo, hi] = scale.domain() as [number, number]
  const out: Tick[] = []
  for (let y = Math.ceil(lo); y <= Math.min(Math.floor(hi), last); y++) {
    if ((y - Math.ceil(lo)) % every === 0)
      out.push({ value: y, pos: scale(y), label: String(y) })
  }
  return out
}

/**
 * A number in scientific notation as parts, so SVG can raise the exponent with a `<tspan>`
 * rather than Unicode superscripts (which fall back to a system font in the PDF):
 * 3.14e23 → { mantissa: "3.14", exponent: 23 }; 1e20 → { mantissa: undefined, exponent: 20 }.
 */
export interface Scientific { mantissa?: string, exponent: number }

export function scientific(n: number, digits = 3): Scientific {
  if (!Number.isFinite(n) || n <= 0)
    throw new RangeError(`scientific: expected a finite, positive number, got ${n}`)
  const [m, e] = n.toExponential(digits - 1).split('e') as [string, string]
  const mantissa = String(Number(m))
  return mantissa === '1' ? { exponent: Number(e) } : { mantissa, exponent: Number(e) }
}

/** Plain-text form for screen readers and `<desc>`: "3.14×10^23", "10^20". */
export function scientificText(n: number, digits = 3): string {
  const { mantissa, exponent } = scientific(n, digits)
  return `${mantissa ? `${mantissa}×` : ''}10^${exponent}`
}

/** FLOP ticks every `every` decades, as scientific parts. */
export function flopTicks(scale: ScaleLogarithmic<number, number>, every = 2): (Tick & Scientific)[] {
  const [lo, hi] = scale.domain() as [number, number]
  return decades(lo, hi, every).map(value => ({ value, pos: scale(value), label: scientificText(value), ...scientific(value) }))
}

/**
 * Estimated width of a one-line label in the deck font (Noto Sans SC, bold): CJK characters are
 * one em, capitals 0.7, digits 0.6, other Latin 0.56. Errs wide (checked against Chromium's
 * measurements of the chart labels), so labels placed with it do not touch.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const ch of text) {
    if (/[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch))
      ems += 1
    else if (ch === ' ')
      ems += 0.3
    else if (/[A-Z×–—]/.test(ch))
      ems += 0.7
    else if (/\d/.test(ch))
      ems += 0.6
    else
      ems += 0.56
  }
  return ems * fontSize
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

function inside(a: Box, bounds: Box): boolean {
  return a.x >= bounds.x && a.y >= bounds.y && a.x + a.width <= bounds.x + bounds.width && a.y + a.height <= bounds.y + bounds.height
}

/** A straight line on a chart: a rule, a join between two dots, a leader. */
export interface Segment { x1: number, y1: number, x2: number, y2: number }

/** Whether segment `s` passes through box `b` grown by `pad` on every side (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box, pad = 0): boolean {
  const dx = s.x2 - s.x1
  const dy = s.y2 - s.y1
  let t0 = 0
  let t1 = 1
  const edges: [number, number][] = [
    [-dx, s.x1 - (b.x - pad)],
    [dx, b.x + b.width + pad - s.x1],
    [-dy, s.y1 - (b.y - pad)],
    [dy, b.y + b.height + pad - s.y1],
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0)
        return false
      continue
    }
    const t = q / p
    if (p < 0)
      t0 = Math.max(t0, t)
    else
      t1 = Math.min(t1, t)
    if (t0 > t1)
      return false
  }
  return true
}

/** Whether two segments cross or touch. */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (p: Segment, x: number, y: number) => Math.sign((p.x2 - p.x1) * (y - p.y1) - (p.y2 - p.y1) * (x - p.x1))
  const a1 = side(a, b.x1, b.y1)
  const a2 = side(a, b.x2, b.y2)
  const b1 = side(b, a.x1, a.y1)
  const b2 = side(b, a.x2, a.y2)
  if (a1 !== a2 && b1 !== b2)
    return true
  // Collinear: cross when their extents overlap.
  return a1 === 0 && a2 === 0 && segmentHitsBox(a, { x: Math.min(b.x1, b.x2), y: Math.min(b.y1, b.y2), width: Math.abs(b.x2 - b.x1), height: Math.abs(b.y2 - b.y1) })
}

/**
 * An area between two curves over [x0, x1] (a reference band), as vertical strips `step` wide and
 * clipped to `clip`: boxes that label placement avoids and a collision check can test.
 */
export function areaStrips(top: (x: number) => number, bottom: (x: number) => number, x0: number, x1: number, clip: Box, step = 4): Box[] {
  const strips: Box[] = []
  for (let x = Math.max(x0, clip.x); x < Math.min(x1, clip.x + clip.width); x += step) {
    const w = Math.min(step, clip.x + clip.width - x)
    const ys = [top(x), top(x + w), bottom(x), bottom(x + w)]
    const y0 = Math.max(clip.y, Math.min(...ys))
    const y1 = Math.min(clip.y + clip.height, Math.max(...ys))
    if (y1 > y0)
      strips.push({ x, y: y0, width: w, height: y1 - y0 })
  }
  return strips
}

/** What a chart draws that its labels must keep clear of. */
export interface ChartMarks {
  labels: readonly { id: string, text: string, box: Box, leader?: Segment }[]
  /** Dots and other solid marks. */
  marks: readonly { id: string, box: Box }[]
  /** Rules and joins. */
  lines: readonly { id: string, line: Segment }[]
  /** Filled areas (a band), as strips. */
  areas: readonly { id: string, box: Box }[]
}

/**
 * Every collision on a chart, as a sentence naming both parties: a label over another label, a
 * mark, a line, an area or another label's leader. Empty when every label stands clear.
 */
export function labelCollisions(chart: ChartMarks): string[] {
  const found: string[] = []
  const { labels } = chart
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) {
      if (overlaps(a.box, b.box))
        found.push(`label "${a.text}" overlaps label "${b.text}"`)
    }
    for (const b of labels) {
      if (b !== a && b.leader && segmentHitsBox(b.leader, a.box))
        found.push(`the leader of "${b.text}" crosses label "${a.text}"`)
    }
    for (const m of chart.marks) {
      if (overlaps(a.box, m.box))
        found.push(`label "${a.text}" covers the mark of ${m.id}`)
      if (a.leader && m.id !== a.id && segmentHitsBox(a.leader, m.box))
        found.push(`the leader of "${a.text}" runs through the mark of ${m.id}`)
    }
    for (const l of chart.lines) {
      if (segmentHitsBox(l.line, a.box))
        found.push(`label "${a.text}" is crossed by the line of ${l.id}`)
    }
    const area = chart.areas.find(s => overlaps(a.box, s.box))
    if (area)
      found.push(`label "${a.text}" lies on the area of ${area.id}`)
  }
  return found
}

export type Anchor = 'start' | 'middle' | 'end'

export interface LabelRequest {
  id: string
  /** The point the label names. */
  x: number
  y: number
  /** Estimated width and height of the label's box. */
  width: number
  height: number
  /** Other points the label may sit beside, tried after the main one (a mark's lower end). */
  alternatives?: readonly { x: number, y: number }[]
}

export interface PlacedLabel {
  id: string
  /** A thin line from the point to the label, when the label had to move away from it. */
  leader?: { x1: number, y1: number, x2: number, y2: number }
  /** Where to put an SVG `<text>` with `text-anchor` = `anchor` and `dominant-baseline: central`. */
  x: number
  y: number
  anchor: Anchor
  box: Box
}

/** Candidate positions around a point, nearest first: right, left (level, a little up or down), above, below, diagonals. */
function candidates(r: LabelRequest, gap: number): { dx: number, dy: number, anchor: Anchor }[] {
  const out: { dx: number, dy: number, anchor: Anchor }[] = []
  const up = r.height / 2 + gap
  for (const k of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const d = gap * k
    out.push(
      { dx: d, dy: 0, anchor: 'start' },
      { dx: -d, dy: 0, anchor: 'end' },
      { dx: d, dy: -r.height * k / 2, anchor: 'start' },
      { dx: -d, dy: -r.height * k / 2, anchor: 'end' },
      { dx: d, dy: r.height * k / 2, anchor: 'start' },
      { dx: -d, dy: r.height * k / 2, anchor: 'end' },
      { dx: 0, dy: -(up + (k - 1) * r.height), anchor: 'middle' },
      { dx: 0, dy: up + (k - 1) * r.height, anchor: 'middle' },
      { dx: d, dy: -(up + (k - 1) * r.height), anchor: 'start' },
      { dx: d, dy: up + (k - 1) * r.height, anchor: 'start' },
      { dx: -d, dy: -(up + (k - 1) * r.height), anchor: 'end' },
      { dx: -d, dy: up + (k - 1) * r.height, anchor: 'end' },
      // Above or below, mostly to one side of the point: a label between two rules.
      { dx: d, dy: -(up + (k - 1) * r.height), anchor: 'end' },
      { dx: d, dy: up + (k - 1) * r.height, anchor: 'end' },
      { dx: -d, dy: -(up + (k - 1) * r.height), anchor: 'start' },
      { dx: -d, dy: up + (k - 1) * r.height, anchor: 'start' },
    )
  }
  return out
}

function boxAt(x: number, y: number, anchor: Anchor, r: LabelRequest): Box {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - r.width : x - r.width / 2
  return { x: left, y: y - r.height / 2, width: r.width, height: r.height }
}

/**
 * Greedy label placement: each label, in the given order, takes the first candidate position
 * that stays inside `bounds` and touches nothing: no label already placed, no obstacle (the marks),
 * no line (rules, joins, the leaders of labels already placed), and whose own leader, when it needs
 * one, crosses nothing either. When none is free it takes the one that collides least, so every
 * label is placed (and `labelCollisions` reports what is left).
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], bounds: Box, gap = 8, lines: readonly Segment[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = []
  for (const r of requests) {
    let best: PlacedLabel | undefined
    let bestCost = Number.POSITIVE_INFINITY
    const others = [...placed.map(p => p.box), ...obstacles]
    const segments = [...lines, ...placed.flatMap(p => (p.leader ? [p.leader] : []))]
    const tries = [{ x: r.x, y: r.y }, ...(r.alternatives ?? [])].flatMap(from => candidates(r, gap).map(c => ({ from, c })))
    for (const { from, c } of tries) {
      const x = from.x + c.dx
      const y = from.y + c.dy
      const box = boxAt(x, y, c.anchor, r)
      const label = withLeader({ id: r.id, x, y, anchor: c.anchor, box }, from, gap)
      let cost = inside(box, bounds) ? 0 : 1e6
      for (const o of others)
        cost += overlapArea(box, o) + (overlaps(box, o, 2) ? 1 : 0)
      for (const s of segments)
        cost += segmentHitsBox(s, box, 1) ? 500 : 0
      if (label.leader) {
        for (const o of placed)
          cost += segmentHitsBox(label.leader, o.box, 1) ? 500 : 0
        for (const o of obstacles)
          cost += segmentHitsBox(label.leader, o) ? 500 : 0
        for (const s of segments)
          cost += segmentsCross(label.leader, s) ? 50 : 0
      }
      if (cost < bestCost) {
        best = label
        bestCost = cost
        if (cost === 0)
          break
      }
    }
    placed.push(best!)
  }
  return placed
}

/** Adds a leader line when the label's box is more than 2.5 gaps from its point. */
function withLeader(p: PlacedLabel, r: { x: number, y: number }, gap: number): PlacedLabel {
  const nx = Math.max(p.box.x, Math.min(r.x, p.box.x + p.box.width))
  const ny = Math.max(p.box.y, Math.min(r.y, p.box.y + p.box.height))
  const d = Math.hypot(nx - r.x, ny - r.y)
  if (d <= gap * 2.5)
    return p
  // Start just outside the mark (radius ≈ gap) and stop short of the text.
  const ux = (nx - r.x) / d
  const uy = (ny - r.y) / d
  return { ...p, leader: { x1: r.x + ux * gap, y1: r.y + uy * gap, x2: nx - ux * 2, y2: ny - uy * 2 } }
}

/** The talk's three eras: each is one click step on the charts when presenting. */
export const ERAS = [
  { id: 'early', from: 2017, to: 2019, label: '2017–2019' },
  { id: 'middle', from: 2020, to: 2022, label: '2020–2022' },
  // Open-ended: a model of a later year joins the last step rather than breaking the charts.
  { id: 'recent', from: 2023, to: 9999, label: '2023 年以来' },
] as const

/** 0, 1 or 2: the era a `YYYY-MM` date falls in. */
export function eraIndex(date: string): number {
  const year = Math.floor(decimalYear(date))
  const i = ERAS.findIndex(e => year >= e.from && year <= e.to)
  if (i < 0)
    throw new RangeError(`eraIndex: ${date} is outside ${ERAS[0].from}–${ERAS.at(-1)!.to}`)
  return i
}

/**
 * A reference band for a constant growth rate: for each rate (4× and 5× per year) the line with
 * that slope in log space that best fits `points` (least squares, fixed slope: it passes through
 * the points' mean year and mean log value), evaluated at the ends of `years`.
 */
export function growthLines(points: readonly { year: number, value: number }[], rates: readonly number[], years: readonly [number, number]) {
  if (points.length === 0)
    throw new RangeError('growthLines: needs at least one point')
  const meanYear = points.reduce((s, p) => s + p.year, 0) / points.length
  const meanLog = points.reduce((s, p) => s + Math.log10(p.value), 0) / points.length
  return rates.map((rate) => {
    if (!(rate > 1))
      throw new RangeError(`growthLines: a growth rate must exceed 1, got ${rate}`)
    const at = (year: number) => 10 ** (meanLog + Math.log10(rate) * (year - meanYear))
    return { rate, from: { year: years[0], value: at(years[0]) }, to: { year: years[1], value: at(years[1]) } }
  })
}

export interface LegendEntry { key: string, text: string, /** Width of the symbol drawn before the text. */ swatch: number }
export interface PlacedLegendEntry extends LegendEntry { /** Left edge of the symbol. */ x: number, /** Start of the text. */ textX: number }

/** Lays a legend out in one row, left to right: symbol, `inner` gap, text, `gap` to the next. */
export function legendRow(entries: readonly LegendEntry[], fontSize: number, gap = 22, inner = 8): PlacedLegendEntry[] {
  let x = 0
  return entries.map((e) => {
    const placed = { ...e, x, textX: x + e.swatch + inner }
    x = placed.textX + textWidth(e.text, fontSize) + gap
    return placed
  })
}

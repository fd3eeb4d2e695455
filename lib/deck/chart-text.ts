/**
 * The charts' text alternatives: the SVG's `<title>` and `<desc>`, and the rows of the visually
 * hidden table beside it (components/SrOnlyTable.vue). Built here from the layouts of
 * lib/deck/charts.ts, so the components only render them and the words can be tested.
 */
import type { Model, Source } from '../data/schema.ts'
import type { ComputePoint, ParamsChartLayout, TimelineItem } from './charts.ts'
import { ERAS } from './scales.ts'

/** A cell's text; a number in scientific notation adds its raised exponent and what follows it. */
export interface TableCell {
  text: string
  /** Drawn as `<sup>`: "2.3×10" + "19" + " FLOP". */
  sup?: string
  after?: string
}

export interface TableRow {
  /** Model id (`data-model` on the row). */
  id: string
  /** The row's header cell. */
  name: string
  cells: TableCell[]
  /** The last column's links. */
  sources: Source[]
}

export interface ChartTable {
  caption: string
  /** Column headers, the row header's and the sources' included. */
  columns: readonly string[]
  rows: TableRow[]
}

/** What a chart's SVG is called and says (`<title>`, `<desc>`). */
export interface ChartText {
  title: string
  desc: string
}

type SourceLookup = (id: string) => Source

function modelById(models: readonly Model[], id: string): Model {
  const m = models.find(r => r.id === id)
  if (!m)
    throw new Error(`chart table: unknown model "${id}"`)
  return m
}

/**
 * Items grouped by the era they fall in (`era`, an index into ERAS), one list per era, so each
 * era can be its own click step.
 */
export function groupByEra<T extends { era: number }>(items: readonly T[]): T[][] {
  return ERAS.map((_, i) => items.filter(it => it.era === i))
}

/* ---------------------------------------------------------------- compute */

export function computeChartText(points: readonly ComputePoint[], span: string, rates: readonly number[]): ChartText {
  return {
    title: `训练算力（FLOP，对数刻度），${span} 年`,
    desc: `${points.map(p => p.description).join('；')}。参考带：Epoch AI 统计的知名模型训练算力每年增长 ${rates.join('–')}倍（统计至 2024 年 5 月），斜率取自该统计，位置按图中模型对齐。`,
  }
}

/** One row per plotted model: release, compute ("2.3×10" + raised "19" + " FLOP"), every source. */
export function computeTable(points: readonly ComputePoint[], models: readonly Model[], sourceById: SourceLookup): ChartTable {
  return {
    caption: '训练算力（FLOP）',
    columns: ['模型', '发布', '训练算力', '来源'],
    rows: points.map(p => ({
      id: p.id,
      name: p.name,
      cells: [
        { text: p.date },
        { text: `${p.mantissa ? `${p.mantissa}×` : ''}10`, sup: String(p.exponent), after: ' FLOP' },
      ],
      sources: modelById(models, p.id).sources.map(sourceById),
    })),
  }
}

/* ---------------------------------------------------------------- parameters */

/** Every model of the chart, disclosed or not, by date: the order of the text alternatives. */
function paramsEntries(layout: ParamsChartLayout) {
  return [...layout.marks, ...layout.undisclosed].sort((a, b) => a.date.localeCompare(b.date))
}

export function paramsChartText(layout: ParamsChartLayout, span: string): ChartText {
  return {
    title: `参数量的增长，${span} 年（对数刻度）`,
    desc: paramsEntries(layout).map(m => m.description).join('；'),
  }
}

/** One row per model: release, its size in words (the description after "："), its first source. */
export function paramsTable(layout: ParamsChartLayout, models: readonly Model[], span: string, sourceById: SourceLookup): ChartTable {
  return {
    caption: `参数量，${span} 年`,
    columns: ['模型', '发布', '参数量', '来源'],
    rows: paramsEntries(layout).map(m => ({
      id: m.id,
      name: m.name,
      cells: [
        { text: m.date },
        { text: m.description.slice(m.description.indexOf('：') + 1) },
      ],
      sources: [sourceById(modelById(models, m.id).sources[0]!)],
    })),
  }
}

/* ---------------------------------------------------------------- timeline */

export function timelineText(items: readonly TimelineItem[], span: string): ChartText {
  return {
    title: `里程碑模型时间线，${span} 年`,
    desc: items.map(it => it.description).join('；'),
  }
}

/**
 * The models table's logic: which rows, in which order, which columns, and each cell's text.
 * `components/ModelsTable.vue` only renders what this returns.
 */
import type { Model, Source } from '../data/schema.ts'
import { describeParams, formatParams, paramsMagnitude } from './format.ts'
import { sourceLabel } from './sources.ts'

export const COLUMNS = ['name', 'org', 'year', 'params', 'architecture', 'modality', 'source'] as const
export type ColumnKey = typeof COLUMNS[number]

export const COLUMN_LABELS: Record<ColumnKey, string> = {
  name: '模型',
  org: '机构',
  year: '年份',
  params: '参数量',
  architecture: '架构',
  modality: '模态',
  source: '来源',
}

export const MODALITY_LABELS: Record<Model['modality'], string> = {
  'text': '文本',
  'text-code': '文本+代码',
  'text-to-image': '文本 → 图像',
  'image-text-to-text': '图文 → 文本',
}

export type SortKey = 'date' | 'params' | 'name'
export type SortOrder = 'asc' | 'desc'

export interface TableOptions {
  /** Model ids to show, in this order unless `sort` is given; default: all. */
  rows?: readonly string[]
  columns?: readonly ColumnKey[]
  sort?: SortKey
  order?: SortOrder
  /** Model ids to emphasise. */
  highlight?: readonly string[]
}

export interface TableRow {
  id: string
  cells: Record<ColumnKey, string>
  /** Spoken form of the parameter cell, for `title` and screen readers. */
  paramsLabel: string
  /** What the count covers when not the whole model, shown under it. */
  paramsNote?: string
  undisclosed: boolean
  highlighted: boolean
  /** The records its source column links to (components/SourceLink.vue). */
  sources: Source[]
}

function compareBy(key: SortKey): (a: Model, b: Model) => number {
  switch (key) {
    case 'date':
      return (a, b) => a.date.localeCompare(b.date)
    case 'name':
      return (a, b) => a.name.localeCompare(b.name, 'zh-CN')
    case 'params':
      // Undisclosed sizes sort last in either order: they are not "small".
      return (a, b) => (paramsMagnitude(a.params) ?? Number.POSITIVE_INFINITY) - (paramsMagnitude(b.params) ?? Number.POSITIVE_INFINITY)
  }
}

export function selectModels(models: readonly Model[], options: TableOptions = {}): Model[] {
  let selected: Model[]
  if (options.rows) {
    selected = options.rows.map((id) => {
      const found = models.find(m => m.id === id)
      if (!found)
        throw new Error(`unknown model id "${id}" (see data/models.ts)`)
      return found
    })
  }
  else {
    selected = [...models]
  }
  if (options.sort) {
    const cmp = compareBy(options.sort)
    const sign = options.order === 'desc' ? -1 : 1
    selected.sort((a, b) => {
      if (options.sort === 'params') {
        const ua = a.params.kind === 'undisclosed'
        const ub = b.params.kind === 'undisclosed'
        if (ua !== ub)
          return ua ? 1 : -1
      }
      return sign * cmp(a, b)
    })
  }
  return selected
}

export function toTableRows(
  models: readonly Model[],
  sourcesById: (id: string) => Source,
  options: TableOptions = {},
): TableRow[] {
  const highlight = new Set(options.highlight ?? [])
  return selectModels(models, options).map((m) => {
    const sources = m.sources.map(sourcesById)
    return {
      id: m.id,
      cells: {
        name: m.name,
        org: m.org,
        year: m.date.slice(0, 4),
        params: formatParams(m.params),
        architecture: m.architecture,
        modality: MODALITY_LABELS[m.modality],
        source: sources.map(sourceLabel).join('; '),
      },
      paramsLabel: describeParams(m.params) + (m.paramsNote ? `（${m.paramsNote}）` : ''),
      paramsNote: m.paramsNote,
      undisclosed: m.params.kind === 'undisclosed',
      highlighted: highlight.has(m.id),
      sources,
    }
  })
}

export function resolveColumns(columns?: readonly ColumnKey[]): ColumnKey[] {
  const chosen = columns ?? COLUMNS
  for (const c of chosen) {
    if (!COLUMNS.includes(c))
      throw new Error(`ModelsTable: unknown column "${c}"; use one of ${COLUMNS.join(', ')}`)
  }
  return [...chosen]
}

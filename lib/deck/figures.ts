/**
 * How a figure from `data/figures.ts` reads on a slide: "每年" and the like stay in the page, the
 * figure gives the number, its unit, how exact it is (约 / 超过 / 多) and its qualifier
 * (估计 / 预测 / 推算 / 截至 …). Also the evidence templates of the trend and challenge lists
 * ("… {figure-id} …"), split into text and figures.
 */
import type { Figure } from '../data/schema.ts'
import { chineseDate } from './charts.ts'

const MAGNITUDES = [
  { value: 1e12, name: '万亿' },
  { value: 1e8, name: '亿' },
  { value: 1e4, name: '万' },
] as const

/** Drops floating-point noise (2.788e6 / 1e4 = 278.79999…) without rounding a stated digit away. */
function exact(n: number): string {
  return String(Number(n.toPrecision(12)))
}

/**
 * A stated number in Chinese units, every digit the source gives kept: 2.788e6 → "278.8万",
 * 1e12 → "1万亿", 1287 → "1287". (`formatCount` rounds to three digits, for sizes.)
 */
export function formatExact(n: number): string {
  if (!Number.isFinite(n) || n < 0)
    throw new RangeError(`formatExact: expected a finite, non-negative number, got ${n}`)
  for (const m of MAGNITUDES) {
    if (n >= m.value)
      return `${exact(n / m.value)}${m.name}`
  }
  return exact(n)
}

/** "2.4" + "倍" → "2.4倍"; "14.8" + "天" → "14.8 天"; "278.8万" + "H800 GPU 小时" → "278.8万 H800 GPU 小时". */
export function withUnit(number: string, unit: Figure['unit']): string {
  if (unit === '倍' || unit === '%')
    return `${number}${unit}`
  const cjk = /^[\u4E00-\u9FFF]/.test(unit)
  return /[万亿]$/.test(number) && cjk ? `${number}${unit}` : `${number} ${unit}`
}

/** The figure's value with its unit and how exact it is: "约 557.6万美元", "超过 30 个", "4–5倍", "2%–6%". */
export function figureValueText(f: Pick<Figure, 'value' | 'unit' | 'approx'>): string {
  let core: string
  if (typeof f.value === 'number') {
    core = withUnit(formatExact(f.value), f.unit)
  }
  else {
    const min = formatExact(f.value.min)
    const max = formatExact(f.value.max)
    core = f.unit === '%' ? `${min}%–${max}%` : withUnit(`${min}–${max}`, f.unit)
  }
  if (f.approx === 'about')
    return `约 ${core}`
  if (f.approx === 'over')
    return `超过 ${core}`
  return core
}

/** The qualifier shown beside a figure: "估计", "预测", "截至 2025 年 6 月", "估计 · 截至 2025 年 6 月". */
export function figureTag(f: Pick<Figure, 'qualifier' | 'asOf'>): string {
  return [f.qualifier, f.asOf && `截至 ${chineseDate(f.asOf)}`].filter(Boolean).join(' · ')
}

/** What a screen reader and the tooltip say: "GPT-3 训练耗电：1287 MWh（Patterson et al. 2021，表 4）". */
export function figureDescription(f: Figure, cite: string): string {
  const tag = figureTag(f)
  return `${f.what}：${figureValueText(f)}${tag ? `（${tag}）` : ''}，出处 ${cite}${f.where ? ` ${f.where}` : ''}`
}

export type TemplatePart = { text: string } | { figure: string }

// Anything in braces is a placeholder: a misspelt one is then an unknown figure, reported when the
// data loads (lib/data/validate.ts), not shown as literal text.
const PLACEHOLDER = /\{([^{}]*)\}/g

/** "每年增长 {power-growth}" → [{ text: '每年增长 ' }, { figure: 'power-growth' }]. */
export function splitTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = []
  let last = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last)
      parts.push({ text: template.slice(last, m.index) })
    parts.push({ figure: m[1]! })
    last = m.index + m[0].length
  }
  if (last < template.length)
    parts.push({ text: template.slice(last) })
  return parts
}

/** The ids a template names. */
export function templateFigures(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map(m => m[1]!)
}

/** The template as plain text, each figure as it reads on the slide. */
export function fillTemplate(template: string, figureById: (id: string) => Figure): string {
  return splitTemplate(template).map(p => 'text' in p ? p.text : figureValueText(figureById(p.figure))).join('')
}

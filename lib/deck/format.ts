/**
 * Formatting of counts for a Chinese-speaking audience: 万 (1e4), 亿 (1e8), 万亿 (1e12),
 * as a speaker would say them (1750亿, 3.4亿, 6710亿（激活370亿）).
 */
import type { Params } from '../data/schema.ts'

const UNITS = [
  { value: 1e12, name: '万亿' },
  { value: 1e8, name: '亿' },
  { value: 1e4, name: '万' },
] as const

/** Round to `digits` significant figures and drop trailing zeros: 3.40 → "3.4". */
function significant(n: number, digits: number): string {
  return String(Number(n.toPrecision(digits)))
}

/**
 * 175e9 → "1750亿", 340e6 → "3.4亿", 65e6 → "6500万", 1.6e12 → "1.6万亿".
 * Three significant figures from 1万 up; a value that rounds up to the next unit moves to it
 * (99_999_999 → "1亿", not "10000万"). Smaller integers are written in full.
 */
export function formatCount(n: number, digits = 3): string {
  if (!Number.isFinite(n) || n < 0)
    throw new RangeError(`formatCount: expected a finite, non-negative number, got ${n}`)
  // Below 1万 a count is written out in full (6144, not 6140).
  if (n < 1e4)
    return Number.isInteger(n) ? String(n) : significant(n, digits)
  const rounded = Number(n.toPrecision(digits))
  for (const unit of UNITS) {
    if (rounded >= unit.value)
      return `${significant(rounded / unit.value, digits)}${unit.name}`
  }
  return significant(rounded, digits)
}

export const UNDISCLOSED = '未公开'

/** The table's 参数量 cell. */
export function formatParams(p: Params): string {
  switch (p.kind) {
    case 'dense':
      return formatCount(p.total)
    case 'moe':
      return `${formatCount(p.total)}（激活${formatCount(p.active)}）`
    case 'variants':
      return p.sizes.map(s => formatCount(s.total)).join(' / ')
    case 'range':
      return `${formatCount(p.min)}–${formatCount(p.max)}`
    case 'undisclosed':
      return UNDISCLOSED
  }
}

/** Spoken form for screen readers and titles: "总参数 6710亿，每个 token 激活 370亿". */
export function describeParams(p: Params): string {
  switch (p.kind) {
    case 'dense':
      return `${formatCount(p.total)}参数`
    case 'moe':
      return `总参数 ${formatCount(p.total)}，每个 token 激活 ${formatCount(p.active)}`
    case 'variants':
      return p.sizes.map(s => `${s.label} ${formatCount(s.total)}`).join('，')
    case 'range':
      return `${formatCount(p.min)}至${formatCount(p.max)}参数`
    case 'undisclosed':
      return '参数量未公开'
  }
}

/** Largest disclosed parameter count (total for MoE), for sorting; undefined when undisclosed. */
export function paramsMagnitude(p: Params): number | undefined {
  switch (p.kind) {
    case 'dense':
    case 'moe':
      return p.total
    case 'variants':
      return Math.max(...p.sizes.map(s => s.total))
    case 'range':
      return p.max
    case 'undisclosed':
      return undefined
  }
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** 3.14e23 → "3.14×10²³" (FLOP and other quantities spanning many orders of magnitude). */
export function formatScientific(n: number, digits = 3): string {
  if (!Number.isFinite(n) || n <= 0)
    throw new RangeError(`formatScientific: expected a finite, positive number, got ${n}`)
  const [mantissa, exponent] = n.toExponential(digits - 1).split('e') as [string, string]
  const exp = Number(exponent)
  const sup = String(Math.abs(exp)).split('').map(d => SUPERSCRIPT[Number(d)]).join('')
  const m = String(Number(mantissa))
  return exp === 0 ? m : `${m}×10${exp < 0 ? '⁻' : ''}${sup}`
}

/**
 * One count of a model record, for a sentence: the size named `size` of a paper's several, an MoE
 * model's total (default) or active count, a dense model's size. Throws for anything else, so a
 * slide cannot ask for a count the data does not state.
 */
export function paramText(m: { id: string, params: Params }, pick: { size?: string, part?: 'total' | 'active' } = {}): string {
  const p = m.params
  if (pick.size !== undefined) {
    const size = p.kind === 'variants' ? p.sizes.find(s => s.label === pick.size) : undefined
    if (!size)
      throw new Error(`paramText: model "${m.id}" has no size "${pick.size}"`)
    return formatCount(size.total)
  }
  if (p.kind === 'moe')
    return formatCount(pick.part === 'active' ? p.active : p.total)
  if (p.kind === 'dense' && pick.part !== 'active')
    return formatCount(p.total)
  throw new Error(`paramText: model "${m.id}" (${p.kind}) has no single ${pick.part ?? 'total'} count`)
}

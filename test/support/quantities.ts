import { FIGURE_UNITS } from '../../lib/data/schema.ts'

/**
 * Finds the quantities in a line of Chinese text ("1750亿", "每年 4–5倍", "14.8 天", "约 20 次")
 * and tells whether the data states them. Model names (GPT-3, Llama 3.1, H800), years, months,
 * ordinals (第 7 部分), table and equation numbers and code (pass@1, device=0) are not quantities.
 * Used by the tests that hold slide titles and speaker notes to the data, and slide bodies to
 * rendering every number from it.
 */

export interface Quantity {
  value: number
  /** Canonical unit ('' when the text gives none: "1750亿", "512"). */
  unit: string
  /** As written, e.g. "4–5倍" is two quantities, "4" and "5倍", both with unit 倍. */
  text: string
}

const MAGNITUDE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 }

/**
 * Units as the text may write them, longest first, and the unit the data uses for each: every unit
 * of `FIGURE_UNITS` as itself (参数 as a bare count), plus the spoken forms the notes use.
 */
const SPOKEN: Record<string, string> = { 'GPU 小时': 'H800 GPU 小时', '兆瓦时': 'MWh', '吨二氧化碳当量': '吨', 'FLOP': 'FLOP' }
const UNIT_ALIASES: [written: string, unit: string][] = [
  ...FIGURE_UNITS.map(u => [u, u === '参数' ? '' : u] as [string, string]),
  ...Object.entries(SPOKEN),
].sort((a, b) => b[0].length - a[0].length)

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const UNIT_PATTERN = UNIT_ALIASES.map(([w]) => escape(w)).join('|')
// A number not glued to a name or code on its left (GPT-3, V100, pass@1, device=0, O(1), 3.1),
// its 万/亿, an optional 多 ("30 多个"), and its unit.
const QUANTITY = new RegExp(`(?<![\\w.@=\\-/(^])(\\d+(?:\\.\\d+)?)(万亿|亿|万)?(\\s*多)?(?:\\s?(${UNIT_PATTERN}))?`, 'g')
const RANGE_JOIN = /^\s*[到至–—\-~]\s*$/

/** Every quantity in `text`, in order. A range "4–5倍" or "4 到 5倍" gives both ends the unit. */
export function findQuantities(text: string): Quantity[] {
  const found: (Quantity & { start: number, end: number, bare: boolean })[] = []
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, digits, magnitude, , written] = m
    const start = m.index
    const end = start + whole.length
    const before = text.slice(0, start)
    const after = text.slice(end)
    const bare = !magnitude && !written
    if (bare) {
      // A year ("2017", "2017 年"), a month or day, or the number of a part, table or formula.
      if (/^(?:19|20)\d\d$/.test(digits!) || /^\s*[年月日号]/.test(after))
        continue
      if (/(?:[第表图§]|公式|部分)\s*$/.test(before))
        continue
      // Part of a name written with spaces ("Llama 3.1", "Kimi K2", "AIME 2024", "Claude Opus 4.6").
      if (/[A-Z]\w*\s$/i.test(before) || /^[A-Z]/i.test(after))
        continue
    }
    const unit = written ? UNIT_ALIASES.find(([w]) => w === written)![1] : ''
    const value = Number(digits) * (magnitude ? MAGNITUDE[magnitude]! : 1)
    found.push({ value, unit, text: whole.trim(), start, end, bare })
  }
  // "4–5倍", "4 到 5倍", "9倍到 900倍": a bare first end takes the second end's unit.
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i]!
    const b = found[i + 1]!
    if (a.unit === '' && !/[万亿]/.test(a.text) && b.unit && RANGE_JOIN.test(text.slice(a.end, b.start)))
      a.unit = b.unit
  }
  return found.map(({ value, unit, text: t }) => ({ value, unit, text: t }))
}

/** A quantity the data states, with its canonical unit ('' for a bare count such as a model's size). */
export interface StatedQuantity {
  value: number
  unit: string
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))
}

/**
 * Whether `q` is one of `stated`: the same value and unit. A quantity written without a unit
 * ("1750亿", "512") matches a stated value in any unit; a count stated without a unit (a model's
 * size) matches a quantity in any unit.
 */
export function isStated(q: Quantity, stated: readonly StatedQuantity[]): boolean {
  return stated.some(s => same(s.value, q.value) && (q.unit === '' || s.unit === '' || s.unit === q.unit))
}

/**
 * Every quantity the deck's data states, for the test that holds slide titles and speaker notes
 * to it: the figures (both ends of a range), the models' sizes and training compute, the MoE
 * shares and total/active ratios derived from them, and the figures of the article quotes (shown
 * only as the article's words).
 */
import type { ArticleQuote, Figure, Model } from '../../lib/data/schema.ts'
import type { StatedQuantity } from './quantities.ts'
import { paramsPoints } from '../../lib/deck/charts.ts'
import { moeShares } from '../../lib/deck/moe.ts'
import { findQuantities } from './quantities.ts'

export function statedQuantities(data: { figures: readonly Figure[], models: readonly Model[], articleQuotes: readonly ArticleQuote[] }): StatedQuantity[] {
  const unit = (u: string) => (u === '参数' ? '' : u)
  const out: StatedQuantity[] = []
  for (const f of data.figures) {
    const values = typeof f.value === 'number' ? [f.value] : [f.value.min, f.value.max]
    out.push(...values.map(value => ({ value, unit: unit(f.unit) })))
  }
  for (const m of data.models) {
    out.push(...paramsPoints(m.params).map(p => ({ value: p.value, unit: '' })))
    if (m.trainingFlop !== undefined)
      out.push({ value: m.trainingFlop, unit: 'FLOP' })
  }
  for (const r of moeShares(data.models)) {
    out.push({ value: Number.parseFloat(r.shareText), unit: '%' })
    // How many times the active count the total is, to one decimal ("18.1倍"), as the notes say it.
    out.push({ value: Number((r.total / r.active).toFixed(1)), unit: '倍' })
  }
  for (const q of data.articleQuotes)
    out.push(...findQuantities(q.text))
  return out
}

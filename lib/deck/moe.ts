/**
 * The share of a mixture-of-experts model's parameters that each token uses (active / total),
 * for the trend slide on open-weights MoE models. Derived from `data/models.ts`, never typed in.
 */
import type { Model } from '../data/schema.ts'
import { formatCount } from './format.ts'

export interface MoeShareRow {
  id: string
  name: string
  org: string
  date: string
  total: number
  active: number
  /** active / total, 0–1 */
  share: number
  /** "6710亿" */
  totalText: string
  /** "370亿" */
  activeText: string
  /** "5.5%" */
  shareText: string
  /** 0–100: the bar's length against `scaleMax`. */
  barPercent: number
  /** First source id, for the row's link. */
  source: string
}

/** "5.5%": one decimal, as the percentages in `docs/facts.md`. */
export function formatShare(share: number): string {
  if (!(share > 0 && share <= 1))
    throw new RangeError(`formatShare: expected a share in (0, 1], got ${share}`)
  return `${(share * 100).toFixed(1)}%`
}

/**
 * One row per MoE model among `models` (all of them, or `ids` in that order), oldest first when
 * no ids are given; bars are scaled so the largest share fills `scaleMax` of the width.
 */
export function moeShares(models: readonly Model[], ids?: readonly string[]): MoeShareRow[] {
  const picked = ids
    ? ids.map((id) => {
        const m = models.find(r => r.id === id)
        if (!m)
          throw new Error(`moeShares: unknown model "${id}"`)
        if (m.params.kind !== 'moe')
          throw new Error(`moeShares: "${id}" is not a mixture-of-experts model`)
        return m
      })
    : [...models].filter(m => m.params.kind === 'moe').sort((a, b) => a.date.localeCompare(b.date))
  const rows = picked.map((m) => {
    const p = m.params as Extract<Model['params'], { kind: 'moe' }>
    const share = p.active / p.total
    return { m, p, share }
  })
  const max = Math.max(...rows.map(r => r.share))
  return rows.map(({ m, p, share }) => ({
    id: m.id,
    name: m.name,
    org: m.org,
    date: m.date,
    total: p.total,
    active: p.active,
    share,
    totalText: formatCount(p.total),
    activeText: formatCount(p.active),
    shareText: formatShare(share),
    barPercent: 100 * share / max,
    source: m.sources[0]!,
  }))
}

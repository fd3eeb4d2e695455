/**
 * The deck's data cut-off: the month of the newest source in `data/sources.ts`. The deck, the
 * handout and the README say "数据截至 YYYY 年 M 月" from this, so adding a newer source moves the
 * date everywhere at once (a unit test holds the README to it).
 */

export interface Cutoff {
  year: number
  /** 1–12 */
  month: number
}

/**
 * The newest `YYYY-MM` / `YYYY-MM-DD` date among the records (a cited revision's `updated` date
 * counts: the deck is as current as the newest text it cites), as year and month.
 */
export function dataCutoff(records: readonly { date: string, updated?: string }[]): Cutoff {
  if (records.length === 0)
    throw new RangeError('dataCutoff: needs at least one dated record')
  const newest = records.map(r => r.updated ?? r.date).reduce((a, b) => (b.slice(0, 7) > a.slice(0, 7) ? b : a))
  const year = Number(newest.slice(0, 4))
  const month = Number(newest.slice(5, 7))
  if (!Number.isInteger(year) || !(month >= 1 && month <= 12))
    throw new RangeError(`dataCutoff: "${newest}" is not a YYYY-MM date`)
  return { year, month }
}

/** { year: 2026, month: 2 } → "数据截至 2026 年 2 月" */
export function cutoffText(c: Cutoff): string {
  return `数据截至 ${c.year} 年 ${c.month} 月`
}

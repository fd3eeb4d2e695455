/**
 * Plot geometry without d3: the frame of an SVG on the slide canvas and dates as decimal years.
 * lib/deck/scales.ts re-exports it for the charts; the cover's small picture (lib/deck/spark.ts) uses it
 * alone, so the first slide does not load d3-scale.
 */
export interface Box { x: number, y: number, width: number, height: number }
export interface Margin { top: number, right: number, bottom: number, left: number }
/** An SVG drawn at 1:1 on the 980 × 552 canvas: `width` × `height` CSS pixels. */
export interface Frame { width: number, height: number, margin: Margin }

/** The plotting area inside a frame's margins. */
export function plotBox(frame: Frame): Box {
  const { width, height, margin } = frame
  const box = { x: margin.left, y: margin.top, width: width - margin.left - margin.right, height: height - margin.top - margin.bottom }
  if (box.width <= 0 || box.height <= 0)
    throw new RangeError(`plotBox: margins leave no room in a ${width} × ${height} frame`)
  return box
}

/** `YYYY-MM` → the year as a number, at the middle of the month: "2020-05" → 2020.375. */
/**
 * The chart's time axis for these records: from the start of the first model's year to `pad`
 * years after the newest model (room for its label), so a newer model widens the axis by itself.
 */
export function timeDomain(records: readonly { date: string }[], pad = 0.75): [number, number] {
  if (records.length === 0)
    throw new RangeError('timeDomain: needs at least one record')
  const years = records.map(r => decimalYear(r.date))
  return [Math.floor(Math.min(...years)), Math.max(...years) + pad]
}

/** "2017–2026": the first and last year of the records, for chart titles and captions. */
export function yearSpanText(records: readonly { date: string }[]): string {
  const years = records.map(r => Number(r.date.slice(0, 4)))
  return `${Math.min(...years)}–${Math.max(...years)}`
}

export function decimalYear(date: string): number {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(date)
  if (!match)
    throw new RangeError(`decimalYear: expected "YYYY-MM", got "${date}"`)
  return Number(match[1]) + (Number(match[2]) - 0.5) / 12
}

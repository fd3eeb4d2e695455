import type { Model } from '../data/schema.ts'
/**
 * The cover's small picture of growth: each disclosed model's largest parameter count (MoE:
 * total) against its date, on a log scale, without labels. Plain arithmetic instead of
 * d3-scale, so the first slide does not load the charts' code (lib/deck/charts.ts, lib/deck/scales.ts);
 * a test checks it against the charts' scales.
 */
import type { Box, Frame } from './geometry.ts'
import { paramsMagnitude } from './format.ts'
import { decimalYear, plotBox, timeDomain } from './geometry.ts'

export interface SparkDot { id: string, x: number, y: number, moe: boolean }

export interface SparkOptions {
  /** Time axis, in decimal years. */
  years?: readonly [number, number]
  /** Parameter axis (log), as for the full parameter chart. */
  domain?: readonly [number, number]
}

export function sparkDots(models: readonly Model[], frame: Frame, { years = timeDomain(models), domain = [3e7, 5e12] }: SparkOptions = {}): { plot: Box, dots: SparkDot[] } {
  const plot = plotBox(frame)
  const x = (year: number) => plot.x + (year - years[0]) / (years[1] - years[0]) * plot.width
  const y = (count: number) => plot.y + plot.height - Math.log(count / domain[0]) / Math.log(domain[1] / domain[0]) * plot.height
  const dots = models.flatMap((m) => {
    const top = paramsMagnitude(m.params)
    return top === undefined ? [] : [{ id: m.id, x: x(decimalYear(m.date)), y: y(top), moe: m.params.kind === 'moe' }]
  })
  return { plot, dots }
}

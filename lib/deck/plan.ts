/**
 * The time plan at work: how long a slide's notes take to say, which part a slide belongs to,
 * when the plan expects the speaker to be on it, and whether the speaker is ahead or behind.
 * Pure, for the presenter view (components/PacePanel.vue) and the tests alike.
 */
import type { Plan } from '../data/schema.ts'
import { MAIN_SECTIONS, sectionOf } from './sections.ts'

export interface PlanSlide {
  note?: string
  content?: string
  frontmatter: Record<string, unknown>
}

/** A slide the audience needs time to read: a chart, the MoE table, a formula, code. */
const NEEDS_READING = /<(?:ParamsChart|ComputeChart|ModelTimeline|MoeShare)\b|\$\$|^```/m

/** Characters a speaker says: the notes without white space or Markdown marks. */
export function spokenChars(note = ''): number {
  return [...note.replace(/[\s*_`#>]/g, '')].length
}

/** Minutes slide `s` takes at the plan's pace: its notes, plus the reading allowance if it needs one. */
export function slideMinutes(s: PlanSlide, plan: Pick<Plan, 'charsPerMinute' | 'readingAllowance'>): number {
  return spokenChars(s.note) / plan.charsPerMinute + (NEEDS_READING.test(s.content ?? '') ? plan.readingAllowance : 0)
}

/** The part (1–7) of each slide; undefined for the appendix and references. Slides before part 1's divider open part 1. */
export function slideParts(slides: readonly PlanSlide[]): (number | undefined)[] {
  const fms = slides.map(s => s.frontmatter as { section?: unknown })
  return slides.map((_, i) => {
    const k = sectionOf(fms, i) ?? 1
    return k <= MAIN_SECTIONS ? k : undefined
  })
}

export interface PartEstimate { part: number, planned: number, estimated: number }

/** Each part's planned minutes beside the minutes its notes take. */
export function partEstimates(slides: readonly PlanSlide[], plan: Plan): PartEstimate[] {
  const parts = slideParts(slides)
  return plan.minutes.map((planned, i) => ({
    part: i + 1,
    planned,
    estimated: slides.reduce((sum, s, j) => sum + (parts[j] === i + 1 ? slideMinutes(s, plan) : 0), 0),
  }))
}

export interface SlideWindow {
  part: number
  /** The part's planned minutes. */
  partMinutes: number
  /** When the plan has the speaker arrive at and leave this slide, in minutes from the start. */
  start: number
  end: number
}

/**
 * When the plan expects each slide: a part's minutes spread over its slides in proportion to what
 * each slide's notes take. Undefined for the appendix.
 */
export function planWindows(slides: readonly PlanSlide[], plan: Plan): (SlideWindow | undefined)[] {
  const parts = slideParts(slides)
  const weights = slides.map(s => Math.max(slideMinutes(s, plan), 0.05))
  const partStart = plan.minutes.map((_, i) => plan.minutes.slice(0, i).reduce((a, b) => a + b, 0))
  const partWeight = plan.minutes.map((_, i) => weights.reduce((sum, w, j) => sum + (parts[j] === i + 1 ? w : 0), 0))
  const done = plan.minutes.map(() => 0)
  return slides.map((_, j) => {
    const part = parts[j]
    if (part === undefined)
      return undefined
    const k = part - 1
    const scale = plan.minutes[k]! / partWeight[k]!
    const start = partStart[k]! + done[k]! * scale
    done[k]! += weights[j]!
    return { part, partMinutes: plan.minutes[k]!, start, end: partStart[k]! + done[k]! * scale }
  })
}

export type PaceState = 'ahead' | 'on' | 'behind'

/** Ahead of the plan (still before the slide's window), on it, or behind (past its end), by whole minutes. */
export function paceAt(elapsedMinutes: number, w: SlideWindow): { state: PaceState, minutes: number } {
  if (elapsedMinutes > w.end + 0.5)
    return { state: 'behind', minutes: Math.round(elapsedMinutes - w.end) }
  if (elapsedMinutes < w.start - 0.5)
    return { state: 'ahead', minutes: Math.round(w.start - elapsedMinutes) }
  return { state: 'on', minutes: 0 }
}

/** "第 7 部分 · 计划 11 分钟 · 落后 2 分钟" (or 提前 …, 按计划); the appendix is outside the plan. */
export function paceText(w: SlideWindow | undefined, elapsedMinutes?: number): string {
  if (!w)
    return '附录 · 计划外'
  const head = `第 ${w.part} 部分 · 计划 ${w.partMinutes} 分钟`
  if (elapsedMinutes === undefined)
    return head
  const p = paceAt(elapsedMinutes, w)
  return `${head} · ${p.state === 'on' ? '按计划' : `${p.state === 'ahead' ? '提前' : '落后'} ${p.minutes} 分钟`}`
}

/** The talk's planned length in minutes. */
export function plannedTotal(plan: Pick<Plan, 'minutes'>): number {
  return plan.minutes.reduce((a, b) => a + b, 0)
}

/** Minutes the timer shows: running from `startedAt`, paused at `pausedAt`; none while stopped. */
export function timerMinutes(t: { status: string, startedAt: number, pausedAt: number }, now: number): number | undefined {
  if (t.status === 'stopped' || !t.startedAt)
    return undefined
  return ((t.status === 'paused' ? t.pausedAt : now) - t.startedAt) / 60_000
}

export interface RehearsalRow { part: number, planned: number, actual: number }

/** A rehearsal's seconds per slide (by slide number) added up per part, beside the plan. */
export function rehearsalByPart(seconds: Readonly<Record<number, number>>, slides: readonly PlanSlide[], plan: Pick<Plan, 'minutes'>): RehearsalRow[] {
  const parts = slideParts(slides)
  return plan.minutes.map((planned, i) => ({
    part: i + 1,
    planned,
    actual: Object.entries(seconds).reduce((sum, [no, s]) => sum + (parts[Number(no) - 1] === i + 1 ? s / 60 : 0), 0),
  }))
}

/** The cover's line about the talk's shape: "7 个部分 + 附录 · 约 40 分钟". */
export function talkOutline(parts: number, minutes?: number): string {
  const head = `${parts} 个部分 + 附录`
  if (minutes === undefined)
    return head
  if (!(minutes > 0))
    throw new RangeError(`talkOutline: ${minutes} is not a length in minutes`)
  return `${head} · 约 ${Math.round(minutes)} 分钟`
}

/**
 * The talk keeps to its slot: each part's speaker notes, at the plan's pace, fit the part's planned
 * minutes (data/plan.ts); the headmatter's `duration` (Slidev's timer) is the plan's total; and the
 * presenter view's pace logic says ahead, on plan or behind correctly.
 */
import { parseTimeString } from '@slidev/parser/utils'
import { describe, expect, it } from 'vitest'
import { plan } from '../../data/plan.ts'
import { loadDeck } from '../../lib/data/deck.ts'
import { paceAt, paceText, partEstimates, plannedTotal, planWindows, rehearsalByPart, slideMinutes, slideParts, timerMinutes } from '../../lib/deck/plan.ts'
import { SECTIONS } from '../../lib/deck/sections.ts'

const slides = await loadDeck()

describe('the time plan', () => {
  it('is what Slidev\'s timer counts against', () => {
    expect(parseTimeString(String(slides[0]!.frontmatter.duration)).seconds).toBe(plannedTotal(plan) * 60)
  })

  it.each(partEstimates(slides, plan).map(e => [e.part, SECTIONS[e.part - 1], e] as const))('part %i (%s): its notes fit its planned minutes', (_part, _title, e) => {
    const said = `part ${e.part} (${SECTIONS[e.part - 1]}): the notes take ${e.estimated.toFixed(1)} min at ${plan.charsPerMinute} characters a minute, the plan gives ${e.planned} min`
    expect(e.estimated, `${said}: shorten the notes or give the part more time`).toBeLessThanOrEqual(e.planned)
    expect(e.estimated, `${said}: the plan leaves too much unsaid; give the time to another part`).toBeGreaterThanOrEqual(e.planned * (1 - plan.slack))
  })

  it('the check sees notes that grow past their part', () => {
    const longer = slides.map(s => s.file.includes('03-') ? { ...s, note: `${s.note}${'很'.repeat(400)}` } : s)
    const part3 = partEstimates(longer, plan).find(e => e.part === 3)!
    expect(part3.estimated).toBeGreaterThan(part3.planned)
  })
})

describe('the pace logic', () => {
  const fake = [
    { frontmatter: {}, note: '开'.repeat(220) },
    { frontmatter: { section: 1 }, note: '一'.repeat(220) },
    { frontmatter: {}, note: '二'.repeat(440), content: '<ComputeChart />' },
    { frontmatter: { section: 2 }, note: '三'.repeat(220) },
    { frontmatter: { section: 8 }, note: '附'.repeat(220) },
  ]
  const tiny = { ...plan, minutes: [6, 2, 1, 1, 1, 1, 1] }

  it('estimates a slide from its notes and what the audience must read', () => {
    expect(slideMinutes(fake[1]!, plan)).toBeCloseTo(1)
    expect(slideMinutes(fake[2]!, plan)).toBeCloseTo(2 + plan.readingAllowance)
  })

  it('gives the opening slides to part 1 and the appendix to no part', () => {
    expect(slideParts(fake)).toEqual([1, 1, 1, 2, undefined])
    expect(slideParts(slides).at(-1)).toBeUndefined()
  })

  it('spreads a part\'s minutes over its slides by what they take, parts back to back', () => {
    const w = planWindows(fake, tiny)
    expect(w[0]).toEqual({ part: 1, partMinutes: 6, start: 0, end: 6 / 4.5 })
    expect(w[2]!.end).toBeCloseTo(6)
    expect(w[3]).toMatchObject({ part: 2, start: 6, end: 8 })
    expect(w[4]).toBeUndefined()
    const real = planWindows(slides, plan).filter(x => x !== undefined)
    expect(real.at(-1)!.end).toBeCloseTo(plannedTotal(plan))
    for (const [i, x] of real.entries())
      expect(x.start).toBeCloseTo(i ? real[i - 1]!.end : 0)
  })

  it('says ahead, on plan or behind, in whole minutes', () => {
    const w = { part: 7, partMinutes: 11, start: 30, end: 31 }
    expect(paceAt(30.5, w)).toEqual({ state: 'on', minutes: 0 })
    expect(paceAt(33.2, w)).toEqual({ state: 'behind', minutes: 2 })
    expect(paceAt(27, w)).toEqual({ state: 'ahead', minutes: 3 })
    expect(paceText(w, 33.2)).toBe('第 7 部分 · 计划 11 分钟 · 落后 2 分钟')
    expect(paceText(w, 27)).toBe('第 7 部分 · 计划 11 分钟 · 提前 3 分钟')
    expect(paceText(w, 30)).toBe('第 7 部分 · 计划 11 分钟 · 按计划')
    expect(paceText(w)).toBe('第 7 部分 · 计划 11 分钟')
    expect(paceText(undefined, 3)).toBe('附录 · 计划外')
  })
})

describe('the rehearsal record', () => {
  it('reads the timer as Slidev runs it', () => {
    expect(timerMinutes({ status: 'stopped', startedAt: 0, pausedAt: 0 }, 1e6)).toBeUndefined()
    expect(timerMinutes({ status: 'running', startedAt: 1_000, pausedAt: 0 }, 121_000)).toBe(2)
    expect(timerMinutes({ status: 'paused', startedAt: 1_000, pausedAt: 61_000 }, 1e9)).toBe(1)
  })

  it('adds each part\'s slides up and leaves the appendix out', () => {
    const fake = [{ frontmatter: {} }, { frontmatter: { section: 1 } }, { frontmatter: { section: 2 } }, { frontmatter: { section: 8 } }]
    expect(rehearsalByPart({ 1: 30, 2: 90, 3: 150, 4: 600 }, fake, { minutes: [2, 3, 1, 1, 1, 1, 1] }).slice(0, 3)).toEqual([
      { part: 1, planned: 2, actual: 2 },
      { part: 2, planned: 3, actual: 2.5 },
      { part: 3, planned: 1, actual: 0 },
    ])
  })
})

/**
 * The presenter's pace panel on Slidev's timer (mocked here: `sharedState.timer` and the slide
 * context): the part and its plan, ahead / on plan / behind as the timer runs, the rehearsal
 * record per part, and a reset of the timer clearing it.
 */
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, reactive, ref } from 'vue'
import { plan } from '../../data/plan.ts'

const timer = reactive({ status: 'stopped' as 'stopped' | 'running' | 'paused', startedAt: 0, pausedAt: 0 })
const current = ref(1)
// Part 1: the opening and one slide; part 2 from the divider on; then the appendix.
const slides = [
  { frontmatter: {}, note: '开'.repeat(220) },
  { frontmatter: { section: 1 }, note: '一'.repeat(220) },
  { frontmatter: { section: 2 }, note: '二'.repeat(220) },
  { frontmatter: { section: 3 }, note: '三'.repeat(220) },
  { frontmatter: { section: 8 }, note: '附'.repeat(220) },
].map((slide, i) => ({ no: i + 1, meta: { slide } }))

vi.mock('@slidev/client', () => ({
  sharedState: { timer },
  useSlideContext: () => ({ $nav: computed(() => ({ slides, currentSlideNo: current.value })) }),
}))

const { default: PacePanel } = await import('../../components/PacePanel.vue')

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 })
  localStorage.clear()
  Object.assign(timer, { status: 'stopped', startedAt: 0, pausedAt: 0 })
  current.value = 1
})
afterEach(() => vi.useRealTimers())

async function tick(ms: number) {
  await vi.advanceTimersByTimeAsync(ms)
  await flushPromises()
}

describe('PacePanel', () => {
  it('names the part and its plan before the timer starts', () => {
    const panel = mount(PacePanel)
    expect(panel.find('.pace-text').text()).toBe(`第 1 部分 · 计划 ${plan.minutes[0]} 分钟`)
    expect(panel.attributes('data-pace')).toBe('idle')
  })

  it('says behind, in words and colour, when the timer runs past the slide\'s window', async () => {
    const panel = mount(PacePanel)
    Object.assign(timer, { status: 'running', startedAt: Date.now() })
    await tick(1000)
    expect(panel.find('.pace-text').text()).toBe(`第 1 部分 · 计划 ${plan.minutes[0]} 分钟 · 按计划`)
    // Part 1's window is its first 6 minutes: nine minutes on its first slide is behind.
    timer.startedAt -= 9 * 60_000
    await tick(1000)
    expect(panel.attributes('data-pace')).toBe('behind')
    expect(panel.find('.pace-text').text()).toMatch(/^第 1 部分 · 计划 \d+ 分钟 · 落后 \d+ 分钟$/)
  })

  it('says ahead on a later part\'s slide early on, and 计划外 in the appendix', async () => {
    const panel = mount(PacePanel)
    Object.assign(timer, { status: 'running', startedAt: Date.now() })
    current.value = 4
    await tick(1000)
    expect(panel.attributes('data-pace')).toBe('ahead')
    expect(panel.find('.pace-text').text()).toContain(`第 3 部分 · 计划 ${plan.minutes[2]} 分钟 · 提前`)
    current.value = 5
    await tick(1000)
    expect(panel.find('.pace-text').text()).toBe('附录 · 计划外')
  })

  it('records the rehearsal per part while the timer runs, and a reset clears it', async () => {
    const panel = mount(PacePanel)
    Object.assign(timer, { status: 'running', startedAt: Date.now() })
    await tick(1000)
    await tick(60_000)
    current.value = 3
    await tick(1000)
    await tick(120_000)
    await panel.find('.pace-toggle').trigger('click')
    const actual = panel.findAll('.pace-record tbody tr').map(r => r.findAll('td')[1]!.text())
    expect(actual.slice(0, 3)).toEqual(['1.0 分钟', '2.0 分钟', '0.0 分钟'])
    Object.assign(timer, { status: 'stopped', startedAt: 0 })
    await tick(1000)
    expect(panel.findAll('.pace-record tbody tr').map(r => r.findAll('td')[1]!.text()).slice(0, 2)).toEqual(['0.0 分钟', '0.0 分钟'])
  })
})

import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ComputeChart from '../../components/ComputeChart.vue'
import ModelTimeline from '../../components/ModelTimeline.vue'
import ParamsChart from '../../components/ParamsChart.vue'
import { models } from '../../data/models.ts'

// Slidev registers v-click globally; here it only needs to exist, and to record its value.
const clicks: unknown[] = []
const global = { directives: { click: { mounted: (_el: Element, binding: { value: unknown }) => clicks.push(binding.value) } } }
const SUPER_OR_SUBSCRIPT = /[\u2070-\u209F\u00B2\u00B3\u00B9]/

describe('ParamsChart', () => {
  const disclosed = models.filter(m => m.params.kind !== 'undisclosed')

  it('gives every model with a parameter count a mark', () => {
    const wrapper = mount(ParamsChart, { global })
    const marks = wrapper.findAll('svg g.mark[data-kind]').map(g => g.attributes('data-model'))
    expect(marks.sort()).toEqual(disclosed.map(m => m.id).sort())
    // Dense models one dot; MoE a ring (total) and a dot (active).
    expect(wrapper.findAll('g[data-model="gpt-3"] circle')).toHaveLength(1)
    expect(wrapper.findAll('g[data-model="deepseek-v3"] circle').map(c => c.attributes('data-role'))).toEqual(['total', 'active'])
    expect(wrapper.find('g[data-model="deepseek-v3"] circle').classes()).toContain('mark-total')
  })

  it('marks GPT-4 as undisclosed, with no value', () => {
    const wrapper = mount(ParamsChart, { global })
    const gpt4 = wrapper.find('g.mark[data-model="gpt-4"]')
    expect(gpt4.find('circle').exists()).toBe(false)
    expect(gpt4.find('line').classes()).toContain('mark-undisclosed')
    expect(gpt4.text()).toContain('未公开')
  })

  it('has a text alternative that lists every model', () => {
    const wrapper = mount(ParamsChart, { global })
    const svg = wrapper.find('svg')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(svg.attributes('role')).toBe('img')
    expect(wrapper.find(`title#${titleId}`).text()).toContain('参数量')
    const desc = wrapper.find(`desc#${descId}`).text()
    for (const m of models)
      expect(desc).toContain(m.name)
    const rows = wrapper.findAll('table.sr-only tbody tr')
    expect(rows.map(r => r.attributes('data-model')).sort()).toEqual(models.map(m => m.id).sort())
    expect(wrapper.find('table.sr-only tr[data-model="gpt-4"]').text()).toContain('参数量未公开')
    expect(wrapper.find('table.sr-only tr[data-model="qwen3-235b"]').text()).toContain('总参数 2350亿，每个 token 激活 220亿')
    const link = wrapper.find('table.sr-only tr[data-model="gpt-3"] a')
    expect(link.attributes('href')).toBe('https://arxiv.org/abs/2005.14165')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect(link.attributes('target')).toBe('_blank')
  })

  it('reveals one era per click, the first at once; all at once when not stepwise', () => {
    clicks.length = 0
    mount(ParamsChart, { global })
    expect(clicks).toEqual([false, true, true])
    clicks.length = 0
    mount(ParamsChart, { props: { stepwise: false }, global })
    expect(clicks).toEqual([false, false, false])
  })

  it('labels ticks in Chinese units and never uses Unicode superscripts', () => {
    const wrapper = mount(ParamsChart, { global })
    const ticks = wrapper.findAll('.axis text').map(t => t.text())
    expect(ticks).toEqual(expect.arrayContaining(['1亿', '10亿', '100亿', '1000亿', '1万亿', '2017', '2025']))
    expect(wrapper.find('svg').text()).not.toMatch(SUPER_OR_SUBSCRIPT)
  })

  it('draws at 1:1 so 15 px labels stay 15 px on the canvas', () => {
    const wrapper = mount(ParamsChart, { props: { width: 800, height: 300 }, global })
    const svg = wrapper.find('svg')
    expect(svg.attributes('width')).toBe('800')
    expect(svg.attributes('viewBox')).toBe('0 0 800 300')
  })
})

describe('ComputeChart', () => {
  const withFlop = models.filter(m => m.trainingFlop !== undefined)

  it('plots each model whose training compute is published, with a raised exponent', () => {
    const wrapper = mount(ComputeChart, { global })
    expect(wrapper.findAll('g.mark').map(g => g.attributes('data-model'))).toEqual(withFlop.map(m => m.id))
    const gpt3 = wrapper.find('g.mark[data-model="gpt-3"] text.label')
    expect(gpt3.text().replace(/\s+/g, '')).toBe('GPT-33.14×1023')
    // Raised with dy on a smaller tspan, not baseline-shift (which Firefox ignores).
    const exp = gpt3.find('tspan.exp')
    expect(exp.text()).toBe('23')
    expect(exp.attributes('baseline-shift')).toBeUndefined()
    expect(Number(exp.attributes('dy'))).toBeLessThan(-4)
    expect(Number(exp.attributes('font-size'))).toBeLessThan(15)
    // dy moves the rest of the line too: the exponent ends its text.
    expect(gpt3.element.lastChild).toBe(exp.element)
    for (const tick of wrapper.findAll('.axis text').filter(t => t.find('tspan.exp').exists()))
      expect(tick.element.lastChild).toBe(tick.find('tspan.exp').element)
    expect(wrapper.find('svg').text()).not.toMatch(SUPER_OR_SUBSCRIPT)
  })

  it('draws the Epoch AI band and says what it is', () => {
    const wrapper = mount(ComputeChart, { global })
    expect(wrapper.find('path.band-area').attributes('d')).toMatch(/^M.*Z$/)
    expect(wrapper.find('.band-label').text()).toBe('Epoch AI 趋势：每年 4–5倍')
    expect(wrapper.find('desc').text()).toContain('每年增长 4–5倍')
  })

  it('lists every plotted model in its text alternative, with sources', () => {
    const wrapper = mount(ComputeChart, { global })
    const rows = wrapper.findAll('table.sr-only tbody tr')
    expect(rows.map(r => r.attributes('data-model'))).toEqual(withFlop.map(m => m.id))
    expect(rows[0]!.text()).toContain('2.3×1019 FLOP')
    expect(rows[0]!.find('sup').text()).toBe('19')
    const links = wrapper.find('table.sr-only tr[data-model="gpt-3"]').findAll('a')
    expect(links).toHaveLength(2)
    for (const a of links)
      expect(a.attributes('rel')).toBe('noopener noreferrer')
  })
})

describe('ModelTimeline', () => {
  const landmarks = models.filter(m => m.landmark)

  it('shows the landmark models by default, or the ids given', () => {
    const wrapper = mount(ModelTimeline, { global })
    expect(wrapper.findAll('g.mark').map(g => g.attributes('data-model')).sort()).toEqual(landmarks.map(m => m.id).sort())
    const some = mount(ModelTimeline, { props: { ids: ['gpt-3', 'bert'] }, global })
    expect(some.findAll('g.mark').map(g => g.attributes('data-model'))).toEqual(['bert', 'gpt-3'])
    expect(() => mount(ModelTimeline, { props: { ids: ['nope'] }, global })).toThrow(/unknown model id "nope"/)
  })

  it('lists every item in order for screen readers', () => {
    const wrapper = mount(ModelTimeline, { global })
    const items = wrapper.findAll('ol.sr-only li')
    expect(items).toHaveLength(landmarks.length)
    expect(items[0]!.text()).toBe('2017 年 6 月：Transformer（Google），base 6500万，big 2.13亿')
    expect(wrapper.find('ol.sr-only li[data-model="gpt-4"]').text()).toContain('参数量未公开')
  })
})

import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import ChartAxis from '../../components/ChartAxis.vue'
import ChartEras from '../../components/ChartEras.vue'
import ChartFrame from '../../components/ChartFrame.vue'
import SrOnlyTable from '../../components/SrOnlyTable.vue'
import { models } from '../../data/models.ts'
import { sourceById } from '../../data/sources.ts'
import { computeTable } from '../../lib/deck/chart-text.ts'
import { computeChartLayout } from '../../lib/deck/charts.ts'
import { ERAS } from '../../lib/deck/scales.ts'

// Slidev registers v-click globally; here it only needs to exist, and to record its value.
const clicks: unknown[] = []
const global = { directives: { click: { mounted: (_el: Element, binding: { value: unknown }) => clicks.push(binding.value) } } }

describe('ChartFrame', () => {
  it('is one image named by its title and described by its desc, drawn at 1:1', () => {
    const wrapper = mount(ChartFrame, {
      props: { width: 300, height: 200, title: '图的标题', desc: '图的描述' },
      slots: { default: ({ uid }: { uid: string }) => h('clipPath', { id: `${uid}-clip` }), alt: () => h('p', { class: 'sr-only' }, '表') },
    })
    const svg = wrapper.find('svg')
    expect(svg.attributes()).toMatchObject({ role: 'img', width: '300', height: '200', viewBox: '0 0 300 200' })
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(titleId).not.toBe(descId)
    expect(svg.find(`title[id="${titleId}"]`).text()).toBe('图的标题')
    expect(svg.find(`desc[id="${descId}"]`).text()).toBe('图的描述')
    // The slot's ids share the frame's unique prefix; the text alternative sits outside the SVG.
    expect(svg.find('clipPath').attributes('id')).toBe(`${titleId!.slice(0, -2)}-clip`)
    expect(wrapper.find('figure > p.sr-only').text()).toBe('表')
    expect(wrapper.classes()).toContain('deck-chart')
  })

  it('gives each chart on a page its own ids', () => {
    const props = { width: 10, height: 10, title: 't', desc: 'd' }
    const ids = mount({ render: () => [h(ChartFrame, props), h(ChartFrame, props)] }).findAll('title').map(t => t.attributes('id'))
    expect(new Set(ids).size).toBe(2)
  })
})

describe('ChartAxis', () => {
  it('draws powers of ten with the exponent raised and last in its text', () => {
    const layout = computeChartLayout(models, { width: 560, height: 318, margin: { top: 12, right: 12, bottom: 30, left: 52 } })
    const wrapper = mount(ChartAxis, { props: { plot: layout.plot, xTicks: layout.xTicks, yTicks: layout.yTicks, sup: { fontSize: 11, dy: -6 } } })
    const labels = wrapper.findAll('text[text-anchor="end"]')
    expect(labels).toHaveLength(layout.yTicks.length)
    for (const [i, text] of labels.entries()) {
      expect(text.text()).toBe(`10${layout.yTicks[i]!.exponent}`)
      expect(text.element.lastChild).toBe(text.find('tspan.exp').element)
    }
    expect(wrapper.findAll('text[text-anchor="middle"]').map(t => t.text())).toEqual(layout.xTicks.map(t => t.label))
  })
})

describe('ChartEras', () => {
  it('makes one group per era, each after the first a click step unless all show at once', () => {
    clicks.length = 0
    const slot = ({ index }: { index: number }) => h('circle', { 'data-index': index })
    const wrapper = mount(ChartEras, { props: { stepwise: true }, slots: { default: slot }, global })
    expect(wrapper.findAll('g.era').map(g => [g.attributes('data-era'), g.find('circle').attributes('data-index')]))
      .toEqual(ERAS.map((e, i) => [e.id, String(i)]))
    expect(clicks).toEqual([false, true, true])
    clicks.length = 0
    mount(ChartEras, { props: { stepwise: false }, slots: { default: slot }, global })
    expect(clicks).toEqual([false, false, false])
  })
})

describe('SrOnlyTable', () => {
  const layout = computeChartLayout(models, { width: 560, height: 318, margin: { top: 12, right: 12, bottom: 30, left: 52 } })
  const table = computeTable(layout.points, models, sourceById)

  it('has the caption, the column headers and a row per row of lib/deck/chart-text.ts', () => {
    const wrapper = mount(SrOnlyTable, { props: { table } })
    expect(wrapper.classes()).toContain('sr-only')
    expect(wrapper.find('caption').text()).toBe('训练算力（FLOP）')
    expect(wrapper.findAll('thead th[scope="col"]').map(th => th.text())).toEqual([...table.columns])
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map(r => r.attributes('data-model'))).toEqual(table.rows.map(r => r.id))
    const gpt3 = wrapper.find('tr[data-model="gpt-3"]')
    expect(gpt3.find('th[scope="row"]').text()).toBe('GPT-3')
    expect(gpt3.findAll('td').map(td => td.text())).toEqual(['2020-05', '3.14×1023 FLOP', 'arXiv:2005.14165arXiv:2104.10350'])
    expect(gpt3.find('sup').text()).toBe('23')
    expect(gpt3.findAll('a').map(a => a.attributes('rel'))).toEqual(['noopener noreferrer', 'noopener noreferrer'])
  })
})

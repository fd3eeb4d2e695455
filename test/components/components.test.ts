import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ArticleQuote from '../../components/ArticleQuote.vue'
import Cite from '../../components/Cite.vue'
import Fig from '../../components/Fig.vue'
import ItemList from '../../components/ItemList.vue'
import ModelsTable from '../../components/ModelsTable.vue'
import Param from '../../components/Param.vue'
import References from '../../components/References.vue'
import { challenges } from '../../data/challenges.ts'
import { figureById } from '../../data/figures.ts'
import { models } from '../../data/models.ts'
import { sources } from '../../data/sources.ts'
import { trends } from '../../data/trends.ts'
import { fillTemplate, templateFigures } from '../../lib/deck/figures.ts'

// Slidev registers v-click globally; here it only needs to exist, and to record its value.
const clicks: unknown[] = []
const global = { directives: { click: { mounted: (_el: Element, binding: { value: unknown }) => clicks.push(binding.value) } } }

describe('ModelsTable', () => {
  it('renders one row per model with all seven columns by default', () => {
    const wrapper = mount(ModelsTable)
    expect(wrapper.findAll('tbody tr')).toHaveLength(models.length)
    expect(wrapper.findAll('thead th').map(th => th.text())).toEqual(['模型', '机构', '年份', '参数量', '架构', '模态', '来源'])
  })

  it('shows the chosen rows, in order, and only the chosen columns', () => {
    const wrapper = mount(ModelsTable, { props: { rows: ['gpt-3', 'bert', 'gpt-4'], columns: ['name', 'params', 'source'] } })
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map(r => r.attributes('data-model'))).toEqual(['gpt-3', 'bert', 'gpt-4'])
    expect(wrapper.findAll('thead th').map(th => th.text())).toEqual(['模型', '参数量', '来源'])
    expect(rows[0]!.findAll('th, td').map(c => c.text())).toEqual(['GPT-3', '1750亿', 'arXiv:2005.14165arXiv:2104.10350'])
    expect(rows[1]!.find('.col-params').text()).toBe('1.1亿 / 3.4亿')
  })

  it('marks undisclosed values as such', () => {
    const wrapper = mount(ModelsTable, { props: { rows: ['gpt-4', 'gpt-3'] } })
    const cells = wrapper.findAll('td.col-params')
    expect(cells[0]!.classes()).toContain('undisclosed')
    expect(cells[0]!.text()).toBe('未公开')
    expect(cells[0]!.attributes('title')).toBe('参数量未公开')
    expect(cells[1]!.classes()).not.toContain('undisclosed')
  })

  it('links every source, opening safely in a new tab', () => {
    const wrapper = mount(ModelsTable)
    const links = wrapper.findAll('td.col-source a')
    expect(links.length).toBeGreaterThanOrEqual(models.length)
    for (const a of links) {
      expect(a.attributes('href')).toMatch(/^https:\/\//)
      expect(a.attributes('target')).toBe('_blank')
      expect(a.attributes('rel')).toBe('noopener noreferrer')
    }
    expect(wrapper.find('tr[data-model="deepseek-v3"] a').attributes('href')).toBe('https://arxiv.org/abs/2412.19437')
  })

  it('highlights the requested models and sorts on request', () => {
    const wrapper = mount(ModelsTable, { props: { highlight: ['dall-e'], sort: 'params', order: 'desc' } })
    expect(wrapper.findAll('tr.highlighted').map(r => r.attributes('data-model'))).toEqual(['dall-e'])
    expect(wrapper.find('tbody tr').attributes('data-model')).toBe('kimi-k2') // 1万亿, the largest
  })

  it('has a caption for screen readers, visually hidden unless asked', () => {
    const hidden = mount(ModelsTable, { props: { caption: '模型表' } })
    expect(hidden.find('caption').text()).toBe('模型表')
    expect(hidden.find('caption').classes()).toContain('sr-only')
    const shown = mount(ModelsTable, { props: { caption: '模型表', showCaption: true } })
    expect(shown.find('caption').classes()).not.toContain('sr-only')
  })
})

describe('ItemList', () => {
  it('renders every trend with icon, title, detail and sourced evidence', () => {
    clicks.length = 0
    const wrapper = mount(ItemList, { props: { kind: 'trend' }, global })
    const items = wrapper.findAll('li')
    expect(items).toHaveLength(trends.length)
    trends.forEach((t, i) => {
      const li = items[i]!
      expect(li.find('.item-title').text()).toBe(t.title)
      expect(li.find('.item-detail').text()).toBe(t.detail)
      expect(li.find(`.${t.icon}`).exists()).toBe(true)
      // The evidence's figures render from data/figures.ts, with no gap around them.
      const evidence = li.find('.item-evidence')
      expect(evidence.text()).toContain(fillTemplate(t.evidence!.text, figureById))
      expect(evidence.findAll('.fig').map(f => f.attributes('data-figure'))).toEqual(templateFigures(t.evidence!.text))
      expect(li.findAll('.item-sources a')).toHaveLength(t.evidence!.sources.length)
    })
    // One click step per item when presenting.
    expect(clicks).toEqual(trends.map(() => true))
  })

  it('renders challenges, a subset by id, and no click steps when not stepwise', () => {
    clicks.length = 0
    const wrapper = mount(ItemList, { props: { kind: 'challenge', ids: ['leakage', 'stability'], stepwise: false }, global })
    expect(wrapper.findAll('li').map(li => li.attributes('data-item'))).toEqual(['leakage', 'stability'])
    expect(wrapper.classes()).toContain('item-list--challenge')
    expect(clicks).toEqual([false, false])
    expect(wrapper.find('[data-item="leakage"] .item-evidence').text()).toContain('604 条被逐字记住的训练样本')
    expect(challenges.find(c => c.id === 'leakage')!.evidence!.text).toContain('{carlini-examples}')
  })

  it('renders an item without evidence without an empty evidence line', () => {
    const items = [{ id: 'x', icon: 'i-carbon-growth', title: '标题', detail: '细节' }]
    const wrapper = mount(ItemList, { props: { kind: 'trend', items }, global })
    expect(wrapper.find('.item-evidence').exists()).toBe(false)
  })
})

describe('Cite and References', () => {
  it('cites a source by id with a live link', () => {
    const wrapper = mount(Cite, { props: { id: 'brown2020', full: true } })
    expect(wrapper.text()).toBe('Brown et al. 2020 · arXiv:2005.14165')
    expect(wrapper.find('a').attributes('href')).toBe('https://arxiv.org/abs/2005.14165')
  })

  it('fails loudly on an unknown source id', () => {
    expect(() => mount(Cite, { props: { id: 'nobody' } })).toThrow(/Unknown source "nobody"/)
  })

  it('lists every source exactly once across its parts', () => {
    const ids = [1, 2, 3].flatMap(part => mount(References, { props: { part, of: 3 } }).findAll('li').map(li => li.attributes('data-source')))
    expect(ids.sort()).toEqual(sources.map(s => s.id).sort())
  })
})

describe('Fig, Param and ArticleQuote', () => {
  it('Fig renders a figure with its qualifier and its source in the tooltip', () => {
    const fig = mount(Fig, { props: { id: 'gpt3-co2' } })
    expect(fig.find('.fig-value').text()).toBe('552.1 吨')
    expect(fig.find('.fig-tag').text()).toBe('估计')
    expect(fig.attributes('title')).toContain('Patterson et al. 2021 表 4')
    expect(mount(Fig, { props: { id: 'gpt3-co2', untagged: true } }).find('.fig-tag').exists()).toBe(false)
    expect(mount(Fig, { props: { id: 'gpt4-scale-models' } }).text()).toBe('超过 30 个估计 · 截至 2025 年 6 月')
  })

  it('Param renders a model\'s count, one size or the active part', () => {
    expect(mount(Param, { props: { model: 'gpt-3' } }).text()).toBe('1750亿')
    expect(mount(Param, { props: { model: 'bert', size: 'Large' } }).text()).toBe('3.4亿')
    expect(mount(Param, { props: { model: 'kimi-k2', part: 'active' } }).text()).toBe('320亿')
    expect(() => mount(Param, { props: { model: 'gpt-4' } })).toThrow(/no single total count/)
  })

  it('ArticleQuote marks the article\'s words as the article\'s', () => {
    const q = mount(ArticleQuote, { props: { id: 'gpt3-params' } })
    expect(q.find('.article-quote-mark').text()).toBe('原文')
    expect(q.find('q').text()).toBe('GPT-3的模型规模为1.5亿个参数')
  })
})

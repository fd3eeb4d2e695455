/**
 * The Chinese style rules of test/support/terms.ts: each rule catches what it is for and lets the fixed
 * form through, and every file that holds slide text, plus the text the formatters and charts
 * generate from the data, keeps to them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { models } from '../../../data/models.ts'
import { computeChartLayout, paramsChartLayout, timelineLayout, timelineSub } from '../../../lib/deck/charts.ts'
import { describeParams, formatParams } from '../../../lib/deck/format.ts'
import { checkTerms, TERM_RULES } from '../../support/terms.ts'

describe('checkTerms', () => {
  const cases: [rule: string, bad: string, good: string][] = [
    ['param-count', '参数规模：2017–2026', '参数量：2017–2026'],
    ['param-count', '答：参数数量与网络结构', '答：参数量与网络结构'],
    ['number-unit', 'GPT-3 有 1750 亿参数', 'GPT-3 有 1750亿参数'],
    ['number-unit', '每年 4–5 倍', '每年 4–5倍'],
    ['unit-word', '1.5亿 参数', '1.5亿参数'],
    ['unit-word', '约 160万 倍', '约 160万倍'],
    ['ai-models', '什么是 AI 大模型？', '什么是 AI大模型？'],
    ['spike-noun', '损失仍尖峰约 20 次', '仍出现约 20 次损失尖峰'],
    ['base-model', '基础模型：h=8', 'base 版：h=8'],
    ['neurips-name', 'NeurIPS（原名 NIPS）', 'NeurIPS（2018 年前缩写为 NIPS）'],
    ['inference-word', '推理成本：同等能力的价格', '推断价格：同等能力的价格'],
    ['inference-word', '这就是批量推理', '这就是批量推断'],
    ['test-time-compute', '作答时的算力成了新的扩展维度', '测试时计算成了新的扩展维度'],
    ['training-compute', '训练计算量（FLOP）', '训练算力（FLOP）'],
    ['open-weights', '开放模型追了上来', '开放权重模型追了上来'],
    ['dedup', '604 条独特训练样本', '604 条训练样本（去重后）'],
    ['pigeonhole', '模型对号入座', '各模型的正确用途'],
    ['power-word', '所需的电力功率', '所需的功率'],
    ['english-quote', '原话是“very little consensus on what interpretable machine learning is”', '原话是“very little consensus on what interpretable machine learning is”，即“对于什么是可解释的机器学习，几乎没有共识”'],
  ]

  it.each(cases)('%s: flags "%s" and passes "%s"', (rule, bad, good) => {
    expect(checkTerms(bad).map(v => v.rule)).toContain(rule)
    expect(checkTerms(good)).toEqual([])
  })

  it('has a test case for every rule', () => {
    expect(new Set(cases.map(c => c[0]))).toEqual(new Set(TERM_RULES.map(r => r.id)))
  })

  it('reports the line and the fix', () => {
    expect(checkTerms('第一行\n1.5亿 参数')).toEqual([{ rule: 'unit-word', line: 2, text: '1.5亿 参数', fix: expect.stringContaining('1750亿参数') }])
  })

  it('leaves numbers with other measure words and English code strings alone', () => {
    expect(checkTerms('约 20 次；604 条；训练 14.8 天；"The demo crashed again."')).toEqual([])
  })
})

/** Every file that holds text shown on a slide, in the notes or in the handout. */
function textFiles(): string[] {
  const dirs = ['pages', 'data', 'components', 'layouts', 'lib', 'setup']
  const files = ['slides.md', 'global-bottom.vue']
  for (const dir of dirs) {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (/\.(?:md|ts|vue)$/.test(name))
        files.push(join(dir, name))
    }
  }
  return files
}

describe('the deck keeps to the rules', () => {
  it.each(textFiles())('%s', (file) => {
    const found = checkTerms(readFileSync(file, 'utf8')).map(v => `${file}:${v.line} [${v.rule}] ${v.text} → ${v.fix}`)
    expect(found).toEqual([])
  })

  it('in the text generated from the data (table cells, chart labels and descriptions)', () => {
    const frame = { width: 868, height: 362, margin: { top: 34, right: 12, bottom: 30, left: 62 } }
    const generated = [
      ...models.flatMap(m => [formatParams(m.params), describeParams(m.params), timelineSub(m.params)]),
      ...paramsChartLayout(models, frame).marks.map(m => m.description),
      ...timelineLayout(models.filter(m => m.landmark), frame).items.map(i => i.description),
      computeChartLayout(models, frame).band.label.text,
    ].join('\n')
    expect(checkTerms(generated).map(v => `[${v.rule}] ${v.text}`)).toEqual([])
  })
})

import { models } from './data/models'
import { paramsChartLayout, paramsChartMarks } from './lib/deck/charts'
import { labelCollisions } from './lib/deck/scales'
import { selectModels } from './lib/deck/models-table'
const ids = ['transformer', 'bert', 'gpt-2', 't5-11b', 'gpt-3', 'dall-e', 'ernie-3-titan', 'palm', 'stable-diffusion', 'glm-130b', 'llama', 'gpt-4', 'llama-3-1-405b', 'deepseek-v3', 'deepseek-r1', 'qwen3-235b', 'kimi-k2', 'gpt-5', 'glm-5', 'qwen3-5', 'gpt-5-5']
const frame = { width: 868, height: 362, margin: { top: 34, right: 12, bottom: 30, left: 62 } }
for (const set of [selectModels(models, { rows: ids }), models]) {
  const l = paramsChartLayout(set, frame)
  console.log(set.length, labelCollisions(paramsChartMarks(l)))
}
import { computeChartLayout, computeChartMarks } from './lib/deck/charts'
const cl = computeChartLayout(models, { width: 560, height: 318, margin: { top: 12, right: 12, bottom: 30, left: 52 } })
console.log('compute', labelCollisions(computeChartMarks(cl)), cl.points.map(p => [p.id, p.label.anchor, !!p.label.leader]), cl.band.label)

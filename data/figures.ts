/**
 * Every quantity a slide shows that is not a model's size (those are in `data/models.ts`): the
 * value, its unit, how exact it is, its qualifier, where the source states it and when. Slides
 * render them with `<Fig id="…" />`, the trend and challenge lists with `{id}` in their evidence,
 * and a unit test holds every number in a slide title or the speaker notes to these records
 * (test/unit/figures.test.ts). Figures and their sources are in `docs/facts.md`.
 */
import type { FigureInput } from '../lib/data/schema.ts'
import { FigureSchema } from '../lib/data/schema.ts'
import { parseRecords } from '../lib/data/validate.ts'
import { sourceIds } from './sources.ts'

export const rawFigures: FigureInput[] = [
  /* ---------------------------------------------------------------- compute */
  { id: 'compute-growth', what: '知名模型的训练算力每年增长（2010 年至 2024 年 5 月）', value: { min: 4, max: 5 }, unit: '倍', stated: '2024-05-28', sources: ['epoch2024'] },
  { id: 'gpt4-scale-models', what: '训练算力超过 10^25 FLOP（GPT-4 量级）的模型', value: 30, unit: '个', approx: 'over', qualifier: '估计', asOf: '2025-06', stated: '2025-06-06', sources: ['epoch2025models'] },

  /* ---------------------------------------------------------------- Transformer, BERT, CLIP */
  { id: 'transformer-heads', what: 'Transformer base 版的注意力头数 h', value: 8, unit: '个', where: '§3.2.2', stated: '2017-06-12', sources: ['vaswani2017'] },
  { id: 'transformer-dmodel', what: 'Transformer base 版的模型维度 d_model', value: 512, unit: '维', where: '§3.1', stated: '2017-06-12', sources: ['vaswani2017'] },
  { id: 'transformer-dk', what: 'Transformer base 版每个头的键、值维度 d_k = d_v', value: 64, unit: '维', where: '§3.2.2', stated: '2017-06-12', sources: ['vaswani2017'] },
  { id: 'bert-base-layers', what: 'BERT-Base 的层数 L', value: 12, unit: '层', where: '§3', stated: '2018-10-11', sources: ['devlin2018'] },
  { id: 'bert-base-hidden', what: 'BERT-Base 的隐藏层维度 H', value: 768, unit: '维', where: '§3', stated: '2018-10-11', sources: ['devlin2018'] },
  { id: 'bert-base-heads', what: 'BERT-Base 的注意力头数 A', value: 12, unit: '个', where: '§3', stated: '2018-10-11', sources: ['devlin2018'] },
  { id: 'bert-large-layers', what: 'BERT-Large 的层数 L', value: 24, unit: '层', where: '§3', stated: '2018-10-11', sources: ['devlin2018'] },
  { id: 'bert-large-hidden', what: 'BERT-Large 的隐藏层维度 H', value: 1024, unit: '维', where: '§3', stated: '2018-10-11', sources: ['devlin2018'] },
  { id: 'bert-large-heads', what: 'BERT-Large 的注意力头数 A', value: 16, unit: '个', where: '§3', stated: '2018-10-11', sources: ['devlin2018'] },
  { id: 'clip-pairs', what: 'CLIP 训练用的图文对', value: 4e8, unit: '图文对', stated: '2021-02-26', sources: ['radford2021'] },

  /* ---------------------------------------------------------------- training cost and energy */
  { id: 'training-cost-growth', what: '算力最密集的训练任务的摊销硬件与能源成本，2016 年起每年增长', value: 2.4, unit: '倍', stated: '2024-05-31', sources: ['cottier2024'] },
  { id: 'training-cost-2027', what: '若趋势持续，2027 年最大的单次训练成本', value: 1e9, unit: '美元', approx: 'over', qualifier: '预测', stated: '2024-05-31', sources: ['cottier2024'] },
  { id: 'energy-share', what: '能源在 GPT-4、Gemini Ultra 等前沿模型总研发成本中的占比', value: { min: 2, max: 6 }, unit: '%', stated: '2024-05-31', sources: ['cottier2024'] },
  { id: 'deepseek-v3-gpu-hours', what: 'DeepSeek-V3 完整的正式训练（预训练、上下文扩展与后训练）所用 H800 GPU 小时', value: 2.788e6, unit: 'H800 GPU 小时', where: '表 1', stated: '2024-12-27', sources: ['deepseek2024'] },
  { id: 'deepseek-v3-gpu-price', what: 'DeepSeek-V3 报告假设的 H800 租价（每 GPU 小时）', value: 2, unit: '美元', where: '表 1', stated: '2024-12-27', sources: ['deepseek2024'] },
  { id: 'deepseek-v3-cost', what: 'DeepSeek-V3 正式训练按租价折算的成本，不含此前的研究与消融实验', value: 5.576e6, unit: '美元', approx: 'about', qualifier: '估计', where: '表 1', stated: '2024-12-27', sources: ['deepseek2024'] },
  { id: 'gpt3-gpus', what: 'GPT-3 训练所用的 V100 GPU', value: 1e4, unit: '块', where: '表 4', stated: '2021-04-21', sources: ['patterson2021'] },
  { id: 'gpt3-days', what: 'GPT-3 的训练时长', value: 14.8, unit: '天', where: '表 4', stated: '2021-04-21', sources: ['patterson2021'] },
  { id: 'gpt3-energy', what: 'GPT-3 训练的耗电量', value: 1287, unit: 'MWh', where: '表 4', stated: '2021-04-21', sources: ['patterson2021'] },
  { id: 'gpt3-co2', what: 'GPT-3 训练的碳排放，以二氧化碳当量计（按美国平均电网碳强度估算）', value: 552.1, unit: '吨', qualifier: '估计', where: '表 4', stated: '2021-04-21', sources: ['patterson2021'] },
  { id: 'power-growth', what: '前沿模型训练所需的电力每年增长', value: 2.1, unit: '倍', stated: '2024-09-19', sources: ['epoch2024power'] },

  /* ---------------------------------------------------------------- reasoning: RL and test-time compute */
  { id: 'o1-gpt4o-aime', what: 'GPT-4o 在 AIME 2024 上的平均解题率（每题一个答案）', value: 12, unit: '%', stated: '2024-09-12', sources: ['openai2024o1'] },
  { id: 'o1-aime-pass1', what: 'o1 在 AIME 2024 上的平均解题率（每题一个答案）', value: 74, unit: '%', stated: '2024-09-12', sources: ['openai2024o1'] },
  { id: 'o1-aime-cons64', what: 'o1 在 AIME 2024 上的解题率（64 个答案多数投票）', value: 83, unit: '%', stated: '2024-09-12', sources: ['openai2024o1'] },
  { id: 'o1-aime-rerank1000', what: 'o1 在 AIME 2024 上的解题率（1000 个答案经打分函数重排序）', value: 93, unit: '%', stated: '2024-09-12', sources: ['openai2024o1'] },
  { id: 'o1-consensus-samples', what: 'o1 多数投票所用的答案数', value: 64, unit: '个', stated: '2024-09-12', sources: ['openai2024o1'] },
  { id: 'o1-rerank-samples', what: 'o1 重排序所用的答案数', value: 1000, unit: '个', stated: '2024-09-12', sources: ['openai2024o1'] },
  { id: 'r1-zero-aime-start', what: 'DeepSeek-R1-Zero 强化学习开始时的 AIME 2024 pass@1', value: 15.6, unit: '%', stated: '2025-09-17', sources: ['deepseek2025nature'] },
  { id: 'r1-zero-aime-end', what: 'DeepSeek-R1-Zero 强化学习训练后的 AIME 2024 pass@1', value: 77.9, unit: '%', stated: '2025-09-17', sources: ['deepseek2025nature'] },
  { id: 'r1-zero-cons-samples', what: 'DeepSeek-R1-Zero 多数投票所用的答案数', value: 16, unit: '个', stated: '2025-09-17', sources: ['deepseek2025nature'] },
  { id: 'r1-zero-aime-cons16', what: 'DeepSeek-R1-Zero 训练后 16 个答案多数投票（cons@16）的 AIME 2024 准确率', value: 86.7, unit: '%', stated: '2025-09-17', sources: ['deepseek2025nature'] },

  /* ---------------------------------------------------------------- prices */
  { id: 'price-drop-gpqa', what: '在博士级科学问题（GPQA Diamond）上达到 GPT-4 水平的价格每年下降', value: 40, unit: '倍', stated: '2025-03-12', sources: ['epoch2025prices'] },
  { id: 'price-drop-range', what: '按不同任务与能力门槛统计，同等能力的价格每年下降', value: { min: 9, max: 900 }, unit: '倍', stated: '2025-03-12', sources: ['epoch2025prices'] },

  /* ---------------------------------------------------------------- scaling and efficiency */
  { id: 'scaling-orders', what: '扩展定律中部分趋势跨越的数量级', value: 7, unit: '个数量级', approx: 'over', stated: '2020-01-23', sources: ['kaplan2020'] },
  { id: 'chinchilla-tokens', what: 'Chinchilla 的训练数据量', value: 1.4e12, unit: 'token', stated: '2022-03-29', sources: ['hoffmann2022'] },
  { id: 'kimi-k2-tokens', what: 'Kimi K2 的预训练数据量', value: 1.55e13, unit: 'token', stated: '2025-07-28', sources: ['kimi2025'] },
  { id: 'glm5-tokens', what: 'GLM-5 的预训练数据量', value: 2.85e13, unit: 'token', stated: '2026-02', sources: ['glm2026readme'] },
  { id: 'muon-efficiency', what: '计算最优训练下，Muon 优化器相对 AdamW 的计算效率', value: 2, unit: '倍', approx: 'about', stated: '2025-02-24', sources: ['liu2025muon'] },

  /* ---------------------------------------------------------------- 2025–2026 */
  { id: 'metr-doubling', what: '前沿模型以 50% 成功率完成的任务时长（“时间跨度”）翻一番所需的时间，2019 年以来', value: 7, unit: '个月', approx: 'about', stated: '2025-03-18', sources: ['kwa2025'] },
  { id: 'metr-success', what: 'METR 衡量任务时长所用的成功率', value: 50, unit: '%', stated: '2025-03-18', sources: ['kwa2025'] },
  { id: 'algorithmic-efficiency', what: '算法效率每年的提高（从开放权重模型的价格中扣除硬件降价推算）', value: 3, unit: '倍', approx: 'about', stated: '2026-03-23', sources: ['gundlach2025'] },
  { id: 'price-fixed-capability', what: '前沿模型在知识、推理、数学与软件工程基准上，达到同等成绩的价格每年下降', value: { min: 5, max: 10 }, unit: '倍', approx: 'about', stated: '2026-03-23', sources: ['gundlach2025'] },
  { id: 'price-frontier-rising', what: '运行前沿模型的价格每年上升（模型更大、推理更长）', value: { min: 3, max: 18 }, unit: '倍', stated: '2026-03-23', sources: ['gundlach2025'] },
  { id: 'gemini3-context', what: 'Gemini 3 Pro 的上下文窗口（最多）', value: 1e6, unit: 'token', stated: '2025-11', sources: ['google2025gemini3'] },
  { id: 'kimi-k25-tokens', what: 'Kimi K2.5 在 Kimi K2 基座上继续预训练所用的图文混合数据', value: 1.5e13, unit: 'token', approx: 'about', stated: '2026-01', sources: ['kimi2026'] },

  /* ---------------------------------------------------------------- stability, leakage, interpretability */
  { id: 'palm-spikes', what: 'PaLM 训练中（已用梯度裁剪）出现的损失尖峰', value: 20, unit: '次', approx: 'about', where: '§5.1', stated: '2022-04-05', sources: ['chowdhery2022'] },
  { id: 'carlini-examples', what: '从 GPT-2 中提取出的被逐字记住的训练样本（去重后）', value: 604, unit: '条', stated: '2020-12-14', sources: ['carlini2021'] },
  { id: 'nasr-rate', what: '“发散攻击”下 ChatGPT 输出训练数据的速率，相对正常情况', value: 150, unit: '倍', stated: '2023-11-28', sources: ['nasr2023'] },
  { id: 'sae-features', what: '稀疏自编码器从 Claude 3 Sonnet 中提取的特征数（最大的一个字典）', value: 3.4e7, unit: '个', stated: '2024-05-21', sources: ['templeton2024'] },
]

export const figures = parseRecords('data/figures.ts', FigureSchema, rawFigures, { sourceIds })

export const figureIds: ReadonlySet<string> = new Set(figures.map(f => f.id))

export function figureById(id: string) {
  const found = figures.find(f => f.id === id)
  if (!found)
    throw new Error(`Unknown figure "${id}": add it to data/figures.ts`)
  return found
}

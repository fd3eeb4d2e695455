/**
 * The article's four trends (§7), the third rewritten for today, and four trends since 2025 that
 * the article could not know. Each carries a figure from `data/figures.ts` (`{figure-id}` in its
 * evidence) and its sources; `docs/facts.md` §4 and §7 say where each figure is stated.
 */
import type { z } from 'zod'
import { ListItemSchema } from '../lib/data/schema.ts'
import { parseRecords } from '../lib/data/validate.ts'
import { figureIds } from './figures.ts'
import { sourceIds } from './sources.ts'

export const rawTrends: z.input<typeof ListItemSchema>[] = [
  {
    id: 'scale',
    icon: 'i-carbon-growth',
    title: '模型规模持续扩大',
    detail: '参数、数据与算力一起增长，以换取更强的能力',
    evidence: { text: '损失随参数、数据、算力呈幂律下降，部分趋势跨越{scaling-orders}', sources: ['kaplan2020'] },
  },
  {
    id: 'compute',
    icon: 'i-carbon-chip',
    title: '训练算力快速攀升',
    detail: '知名模型的训练算力逐年成倍增长（见第 1 部分）',
    evidence: { text: '训练算力达到 GPT-4 量级的模型：{gpt4-scale-models}', sources: ['epoch2025models'] },
  },
  {
    id: 'efficiency',
    icon: 'i-carbon-idea',
    title: '算法创新提升效率',
    detail: '混合专家（MoE）、稀疏与混合注意力、新的优化器',
    evidence: { text: '由价格推算（扣除硬件降价），算法效率每年提高{algorithmic-efficiency}', sources: ['gundlach2025'] },
  },
  {
    id: 'applications',
    icon: 'i-carbon-application',
    title: '应用场景不断拓展',
    detail: '从文本走向图像、代码、多步推理与智能体',
    evidence: { text: 'GPT-4 同时接受图像与文本输入；DeepSeek-R1 以强化学习训练推理', sources: ['openai2023', 'deepseek2025nature'] },
  },
]

export const rawRecentTrends: z.input<typeof ListItemSchema>[] = [
  {
    id: 'agents',
    icon: 'i-carbon-bot',
    title: '智能体与长程任务',
    detail: '模型自己规划、调用工具，连续完成多步工作',
    evidence: { text: '以 {metr-success} 成功率能完成的任务时长，{metr-doubling}翻一番', sources: ['kwa2025'] },
  },
  {
    id: 'attention',
    icon: 'i-carbon-flow',
    title: '稀疏与混合注意力',
    detail: 'DeepSeek 稀疏注意力、Gated DeltaNet：长上下文更省',
    evidence: { text: 'Gemini 3 Pro 的上下文窗口最多 {gemini3-context}', sources: ['google2025gemini3', 'deepseek2025v32', 'qwen2026'] },
  },
  {
    id: 'multimodal',
    icon: 'i-carbon-image',
    title: '原生多模态的开放权重',
    detail: 'Qwen3.5 早期融合图文预训练，Kimi K2.5 图文混合继续预训练',
    evidence: { text: 'Kimi K2.5 在 K2 上继续预训练，用了{kimi-k25-tokens}图文混合数据', sources: ['kimi2026', 'qwen2026'] },
  },
  {
    id: 'optimizers',
    icon: 'i-carbon-chart-line-smooth',
    title: '新优化器，更稳的 MoE',
    detail: 'Muon 系优化器用于总参数量上万亿的 MoE 预训练',
    evidence: { text: '计算最优训练下，Muon 的计算效率是 AdamW 的{muon-efficiency}', sources: ['liu2025muon', 'kimi2025'] },
  },
]

export const trends = parseRecords('data/trends.ts', ListItemSchema, rawTrends, { sourceIds, figureIds })
export const recentTrends = parseRecords('data/trends.ts#recent', ListItemSchema, rawRecentTrends, { sourceIds, figureIds })

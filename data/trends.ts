/** The article's four trends (§7), each with a sourced figure from `docs/facts.md` §4 and §7. */
import type { z } from 'zod'
import { ListItemSchema } from '../lib/data/schema'
import { parseRecords } from '../lib/data/validate'
import { sourceIds } from './sources'

export const rawTrends: z.input<typeof ListItemSchema>[] = [
  {
    id: 'scale',
    icon: 'i-carbon-growth',
    title: '模型规模持续扩大',
    detail: '参数、数据与算力一起增长，以换取更强的能力',
    evidence: { text: '损失随参数、数据、算力呈幂律下降，跨越 7 个以上数量级', sources: ['kaplan2020'] },
  },
  {
    id: 'compute',
    icon: 'i-carbon-chip',
    title: '训练算力快速攀升',
    detail: '每年增长 4–5倍（见第 1 部分的训练算力图）',
    evidence: { text: '截至 2025 年 6 月，已有 30 多个模型达到 GPT-4 的训练规模', sources: ['epoch2025models'] },
  },
  {
    id: 'efficiency',
    icon: 'i-carbon-idea',
    title: '算法创新提升效率',
    detail: '计算最优训练、混合专家（MoE）、测试时计算',
    evidence: { text: '同等训练算力下，700亿参数的 Chinchilla 胜过 2800亿参数的 Gopher', sources: ['hoffmann2022'] },
  },
  {
    id: 'applications',
    icon: 'i-carbon-application',
    title: '应用场景不断拓展',
    detail: '从文本走向图像、代码、多步推理与智能体',
    evidence: { text: 'GPT-4 同时接受图像与文本输入；DeepSeek-R1 以强化学习训练推理', sources: ['openai2023', 'deepseek2025nature'] },
  },
]

export const trends = parseRecords('data/trends.ts', ListItemSchema, rawTrends, { sourceIds })

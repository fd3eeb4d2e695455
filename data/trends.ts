/** The article's four trends (§7), each with a sourced figure from `../shared/facts.md` §4. */
import type { z } from 'zod'
import { ListItemSchema } from '../lib/schema'
import { parseRecords } from '../lib/validate'
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
    detail: '前沿模型的训练算力每年增长 4–5 倍',
    evidence: { text: 'Transformer（2017）到 Llama 3.1 405B（2024），训练算力增长约 160万 倍', sources: ['epoch2024', 'vaswani2017', 'dubey2024'] },
  },
  {
    id: 'efficiency',
    icon: 'i-carbon-idea',
    title: '算法创新提升效率',
    detail: '计算最优训练与混合专家（MoE）：花同样的算力做更多事',
    evidence: { text: 'DeepSeek-V3 每个 token 只激活约 5.5% 的参数（370亿 / 6710亿）', sources: ['deepseek2024'] },
  },
  {
    id: 'applications',
    icon: 'i-carbon-application',
    title: '应用场景不断拓展',
    detail: '从文本走向图像、代码与多步推理',
    evidence: { text: 'GPT-4 同时接受图像与文本输入；DeepSeek-R1 以强化学习训练推理', sources: ['openai2023', 'deepseek2025'] },
  },
]

export const trends = parseRecords('data/trends.ts', ListItemSchema, rawTrends, { sourceIds })

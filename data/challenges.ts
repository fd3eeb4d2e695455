/** The article's four challenges (§7), each with a figure from `data/figures.ts` and its source. */
import type { z } from 'zod'
import { ListItemSchema } from '../lib/data/schema.ts'
import { parseRecords } from '../lib/data/validate.ts'
import { figureIds } from './figures.ts'
import { sourceIds } from './sources.ts'

export const rawChallenges: z.input<typeof ListItemSchema>[] = [
  {
    id: 'resources',
    icon: 'i-carbon-flash',
    title: '计算资源与能耗',
    detail: '训练与推断的时间、电力和资金成本随规模上升',
    evidence: { text: '训练前沿模型所需的功率每年增长 {power-growth}', sources: ['epoch2024power'] },
  },
  {
    id: 'stability',
    icon: 'i-carbon-warning-alt',
    title: '训练稳定性',
    detail: '梯度消失 / 爆炸，以及大规模训练中的损失尖峰',
    evidence: { text: 'PaLM 训练中即使有梯度裁剪，仍出现{palm-spikes}损失尖峰', sources: ['chowdhery2022'] },
  },
  {
    id: 'leakage',
    icon: 'i-carbon-security',
    title: '训练数据泄露',
    detail: '模型会记住训练数据，可能吐出姓名、电话等隐私',
    evidence: { text: '从 GPT-2 中提取出 {carlini-examples}被逐字记住的训练样本（去重后）', sources: ['carlini2021'] },
  },
  {
    id: 'interpretability',
    icon: 'i-carbon-search',
    title: '可解释性',
    detail: '难以说明模型为何给出某个答案，也难以验证',
    evidence: { text: '稀疏自编码器从 Claude 3 Sonnet 中提取出多达 {sae-features}特征', sources: ['templeton2024'] },
  },
]

export const challenges = parseRecords('data/challenges.ts', ListItemSchema, rawChallenges, { sourceIds, figureIds })

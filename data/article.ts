/**
 * Sentences of the article (docs/article.zh.md) that the deck quotes where it corrects them. Each
 * is verbatim: test/unit/figures.test.ts finds it in the article. A wrong figure shown on a slide
 * is always one of these, marked 原文 by `components/ArticleQuote.vue`.
 */
import { ArticleQuoteSchema } from '../lib/data/schema.ts'
import { parseRecords } from '../lib/data/validate.ts'

const raw = [
  { id: 'gpt3-params', text: 'GPT-3的模型规模为1.5亿个参数' },
  { id: 'bert-params', text: 'BERT的模型规模为3亿个参数' },
  { id: 'dall-e-use', text: 'DALL-E可以用于图像生成、图像识别等' },
  { id: 'venues', text: '如NIPS、ICLR、NeurIPS等会议的论文' },
  { id: 'faq-resources', text: 'GPT-3的训练需要大量的GPU和TPU资源' },
  { id: 'faq-stability', text: '例如，模型训练过程中的梯度消失、梯度爆炸等问题可能导致模型的稳定性不佳。' },
  { id: 'faq-leakage', text: 'AI大模型的泄露风险指的是模型训练数据中的敏感信息泄露等问题。例如，模型预测结果可能泄露用户的个人信息、商业秘密等敏感信息。' },
  { id: 'faq-interpretability', text: 'AI大模型的解释性指的是模型预测结果的可解释性和可靠性。例如，模型预测结果可能难以解释，或者模型预测结果存在偏见等问题。' },
  { id: 'skipped', text: '这些算法的原理和实现细节已经在大量的研究文献中进行了深入的解释，因此在本文中不再赘述' },
] as const

export const articleQuotes = parseRecords('data/article.ts', ArticleQuoteSchema, raw)

export function articleQuoteById(id: string) {
  const found = articleQuotes.find(q => q.id === id)
  if (!found)
    throw new Error(`Unknown article quote "${id}": add it to data/article.ts`)
  return found
}

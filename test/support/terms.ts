/**
 * The deck's Chinese style rules, in one place. `test/unit/data/terms.test.ts` holds every page
 * (slides and notes), every data file and the text the components and charts generate to them.
 * To change a rule, change it here; the test names the file, the line and the rule.
 */

export interface TermRule {
  id: string
  /** What is wrong, matched against one line of text. */
  pattern: RegExp
  /** The line is fine after all when this also matches it. */
  unless?: RegExp
  /** What to write instead, shown when the rule fails. */
  fix: string
}

export const TERM_RULES: readonly TermRule[] = [
  {
    id: 'param-count',
    pattern: /参数规模|参数数量/,
    fix: '参数的个数一律写“参数量”（表头、图题、讲稿同一个词）',
  },
  {
    id: 'number-unit',
    pattern: /\d\s+[亿万倍]/,
    fix: '数字与“亿、万、倍”之间不空格：1750亿、160万、4–5倍',
  },
  {
    id: 'unit-word',
    pattern: /\d[亿万]\s+(?=[\u4E00-\u9FFF])/,
    fix: '“亿、万”与后面的汉字之间不空格：1750亿参数、160万倍',
  },
  {
    id: 'ai-models',
    pattern: /AI\s+大模型/,
    fix: '与标题一致，写“AI大模型”',
  },
  {
    id: 'spike-noun',
    pattern: /仍尖峰|尖峰了|尖峰约|尖峰\s*\d/,
    fix: '“尖峰”是名词：写“出现约 20 次损失尖峰”',
  },
  {
    id: 'base-model',
    pattern: /基础模型/,
    fix: '“基础模型”有两义：Transformer 的 base 配置写“base 版”，foundation model 写“基座模型”',
  },
  {
    id: 'neurips-name',
    pattern: /原名\s*NIPS|NIPS.{0,6}更名/,
    fix: 'NeurIPS 改的是缩写，不是名称：写“2018 年前缩写为 NIPS”',
  },
  {
    id: 'english-quote',
    // An English quotation in curly quotes, on a line with no Chinese quotation beside it (code
    // samples quote English strings with straight quotes and are left alone).
    pattern: /“[A-Z]?[a-z]+(?: [a-z]+){3,}/,
    unless: /“[\u4E00-\u9FFF]/,
    fix: '英文引文要在同一行给出带引号的中文译文',
  },
  {
    id: 'inference-word',
    pattern: /推理(?:成本|价格|阶段|接口|服务)|批量推理|模型推理|训练[、和与]推理/,
    fix: '“推理”只指 reasoning（推理模型、多步推理）；inference 写“推断”：推断价格、批量推断、训练与推断',
  },
  {
    id: 'test-time-compute',
    pattern: /作答时的算力|推理阶段的算力|推断阶段的算力|推理时计算|答题时的算力/,
    fix: 'test-time compute 一律写“测试时计算”',
  },
  {
    id: 'training-compute',
    pattern: /训练计算量/,
    fix: '训练所用的 FLOP 写“训练算力”',
  },
  {
    id: 'open-weights',
    pattern: /开放(?!权重)[^，。；、\s]{0,4}模型|开源[^，。；、\s]{0,4}模型/,
    fix: '权重公开的模型写“开放权重模型”（“开源”只用于软件：开源框架）',
  },
  {
    id: 'dedup',
    pattern: /独特的?训练样本/,
    fix: 'Carlini 等人的 unique 是去重：写“去重后”',
  },
  {
    id: 'pigeonhole',
    pattern: /对号入座/,
    fix: '说清是什么：“各模型的正确用途”',
  },
  {
    id: 'power-word',
    pattern: /电力功率/,
    fix: '写“功率”（电力是能量，功率是单位时间的电力）',
  },
]

export interface TermViolation {
  rule: string
  line: number
  text: string
  fix: string
}

/** Every line of `text` that breaks a rule, with its 1-based line number. */
export function checkTerms(text: string, rules: readonly TermRule[] = TERM_RULES): TermViolation[] {
  const out: TermViolation[] = []
  text.split('\n').forEach((line, i) => {
    for (const rule of rules) {
      if (rule.pattern.test(line) && !rule.unless?.test(line))
        out.push({ rule: rule.id, line: i + 1, text: line.trim(), fix: rule.fix })
    }
  })
  return out
}

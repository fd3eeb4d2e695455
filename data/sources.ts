import { SourceSchema } from '../lib/data/schema.ts'
/**
 * Every source the deck cites. Models, trends and challenges refer to these by id; the
 * references slides list them all. Figures come from `docs/facts.md`.
 *
 * `date` is the document's first publication (arXiv v1, or the page's own date), `YYYY-MM` or
 * `YYYY-MM-DD`; `updated` the later revision the deck cites, where its figures come from one (an
 * updated page, arXiv v2; the title is that revision's). The newest of these is the deck's data
 * cut-off ("数据截至 …", `lib/deck/cutoff.ts`). A README gives no date of its own: its date is the
 * month its repository first published it, and for an added entry the month the entry was added.
 * A title and its id or URL name the same document: where a paper has several titles (arXiv vs
 * the proceedings), the title is the one that goes with the id given.
 */
import { parseRecords } from '../lib/data/validate.ts'

const raw = [
  { id: 'vaswani2017', authors: 'Vaswani et al.', title: 'Attention Is All You Need', venue: 'NIPS 2017', date: '2017-06-12', arxiv: '1706.03762' },
  { id: 'devlin2018', authors: 'Devlin et al.', title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', venue: 'NAACL 2019', date: '2018-10-11', arxiv: '1810.04805' },
  { id: 'radford2019', authors: 'Radford et al.', title: 'Language Models are Unsupervised Multitask Learners (GPT-2)', venue: 'OpenAI', date: '2019-02-14', url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf' },
  { id: 'raffel2019', authors: 'Raffel et al.', title: 'Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer (T5)', venue: 'JMLR 2020', date: '2019-10', arxiv: '1910.10683' },
  { id: 'brown2020', authors: 'Brown et al.', title: 'Language Models are Few-Shot Learners (GPT-3)', venue: 'NeurIPS 2020', date: '2020-05-28', arxiv: '2005.14165' },
  { id: 'patterson2021', authors: 'Patterson et al.', title: 'Carbon Emissions and Large Neural Network Training', venue: 'arXiv', date: '2021-04-21', arxiv: '2104.10350' },
  { id: 'ramesh2021', authors: 'Ramesh et al.', title: 'Zero-Shot Text-to-Image Generation (DALL-E)', venue: 'ICML 2021', date: '2021-02-24', arxiv: '2102.12092' },
  { id: 'radford2021', authors: 'Radford et al.', title: 'Learning Transferable Visual Models From Natural Language Supervision (CLIP)', venue: 'ICML 2021', date: '2021-02-26', arxiv: '2103.00020' },
  { id: 'chen2021', authors: 'Chen et al.', title: 'Evaluating Large Language Models Trained on Code (Codex)', venue: 'arXiv', date: '2021-07-07', arxiv: '2107.03374' },
  { id: 'wang2021', authors: 'Wang et al.', title: 'ERNIE 3.0 Titan: Exploring Larger-scale Knowledge Enhanced Pre-training for Language Understanding and Generation', venue: 'arXiv', date: '2021-12-23', arxiv: '2112.12731' },
  { id: 'rombach2021', authors: 'Rombach et al.', title: 'High-Resolution Image Synthesis with Latent Diffusion Models', venue: 'CVPR 2022', date: '2021-12-20', arxiv: '2112.10752' },
  { id: 'compvis2022', authors: 'CompVis', title: 'Stable Diffusion (README of CompVis/stable-diffusion)', venue: 'GitHub', date: '2022-08', url: 'https://github.com/CompVis/stable-diffusion' },
  { id: 'chowdhery2022', authors: 'Chowdhery et al.', title: 'PaLM: Scaling Language Modeling with Pathways', venue: 'JMLR 2023', date: '2022-04-05', arxiv: '2204.02311' },
  { id: 'zeng2022', authors: 'Zeng et al.', title: 'GLM-130B: An Open Bilingual Pre-trained Model', venue: 'ICLR 2023', date: '2022-10-05', arxiv: '2210.02414' },
  { id: 'touvron2023', authors: 'Touvron et al.', title: 'LLaMA: Open and Efficient Foundation Language Models', venue: 'arXiv', date: '2023-02-27', arxiv: '2302.13971' },
  { id: 'openai2023', authors: 'OpenAI', title: 'GPT-4 Technical Report', venue: 'arXiv', date: '2023-03-15', arxiv: '2303.08774' },
  { id: 'dubey2024', authors: 'Llama Team, Meta', title: 'The Llama 3 Herd of Models', venue: 'arXiv', date: '2024-07-31', arxiv: '2407.21783' },
  { id: 'deepseek2024', authors: 'DeepSeek-AI', title: 'DeepSeek-V3 Technical Report', venue: 'arXiv', date: '2024-12-27', arxiv: '2412.19437' },
  { id: 'deepseek2025', authors: 'DeepSeek-AI', title: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning', venue: 'arXiv', date: '2025-01-22', arxiv: '2501.12948' },
  { id: 'deepseek2025nature', authors: 'Guo, D. et al. (DeepSeek-AI)', title: 'DeepSeek-R1 incentivizes reasoning in LLMs through reinforcement learning', venue: 'Nature', date: '2025-09-17', url: 'https://doi.org/10.1038/s41586-025-09422-z' },
  { id: 'yang2025', authors: 'Qwen Team', title: 'Qwen3 Technical Report', venue: 'arXiv', date: '2025-05-14', arxiv: '2505.09388' },
  { id: 'meta2025', authors: 'Meta', title: 'Llama 4 Model Card', venue: 'GitHub (meta-llama/llama-models)', date: '2025-04-05', url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama4/MODEL_CARD.md' },
  { id: 'meta2025herd', authors: 'Meta', title: 'The Llama 4 herd: The beginning of a new era of natively multimodal AI innovation', venue: 'Meta AI blog', date: '2025-04-05', url: 'https://ai.meta.com/blog/llama-4-multimodal-intelligence/' },
  { id: 'kimi2025', authors: 'Kimi Team', title: 'Kimi K2: Open Agentic Intelligence', venue: 'arXiv', date: '2025-07-28', arxiv: '2507.20534' },
  { id: 'glm2025', authors: 'GLM-4.5 Team', title: 'GLM-4.5: Agentic, Reasoning, and Coding (ARC) Foundation Models', venue: 'arXiv', date: '2025-08-08', arxiv: '2508.06471' },
  { id: 'openai2025oss', authors: 'OpenAI', title: 'gpt-oss-120b & gpt-oss-20b Model Card', venue: 'arXiv', date: '2025-08', arxiv: '2508.10925' },
  { id: 'openai2025gpt5', authors: 'OpenAI', title: 'GPT-5 System Card', venue: 'OpenAI', date: '2025-08-07', url: 'https://openai.com/index/gpt-5-system-card/' },
  { id: 'minimax2025', authors: 'MiniMax', title: 'MiniMax-M2 (README of MiniMax-AI/MiniMax-M2)', venue: 'GitHub', date: '2025-10', url: 'https://github.com/MiniMax-AI/MiniMax-M2' },
  { id: 'glm2026readme', authors: 'Z.ai', title: 'GLM-5.1 & GLM-5 (README of zai-org/GLM-5)', venue: 'GitHub', date: '2026-02', updated: '2026-04', url: 'https://github.com/zai-org/GLM-5' },
  { id: 'glm2026', authors: 'GLM-5 Team', title: 'GLM-5: from Vibe Coding to Agentic Engineering', venue: 'arXiv', date: '2026-02-17', arxiv: '2602.15763' },
  { id: 'qwen2026', authors: 'Qwen Team', title: 'Qwen3.5 (README of QwenLM/Qwen3.5)', venue: 'GitHub', date: '2026-02-16', url: 'https://github.com/QwenLM/Qwen3.5' },
  { id: 'kimi2026', authors: 'Kimi Team', title: 'Kimi K2.5 (README of MoonshotAI/Kimi-K2.5)', venue: 'GitHub', date: '2026-01', url: 'https://github.com/MoonshotAI/Kimi-K2.5' },
  { id: 'deepseek2025v32', authors: 'DeepSeek-AI', title: 'DeepSeek-V3.2-Exp (README of deepseek-ai/DeepSeek-V3.2-Exp)', venue: 'GitHub', date: '2025-09-29', url: 'https://github.com/deepseek-ai/DeepSeek-V3.2-Exp' },
  { id: 'google2025gemini3', authors: 'Google DeepMind', title: 'Gemini 3 Pro Model Card', venue: 'Google DeepMind', date: '2025-11', url: 'https://storage.googleapis.com/deepmind-media/Model-Cards/Gemini-3-Pro-Model-Card.pdf' },
  { id: 'anthropic2026', authors: 'Anthropic', title: 'Introducing Claude Opus 4.6', venue: 'Anthropic', date: '2026-02-05', url: 'https://www.anthropic.com/news/claude-opus-4-6' },
  { id: 'openai2026gpt55', authors: 'OpenAI', title: 'GPT-5.5 System Card', venue: 'OpenAI', date: '2026-04-23', url: 'https://deploymentsafety.openai.com/gpt-5-5' },
  { id: 'kwa2025', authors: 'Kwa et al. (METR)', title: 'Measuring AI Ability to Complete Long Tasks', venue: 'arXiv', date: '2025-03-18', arxiv: '2503.14499' },
  { id: 'gundlach2025', authors: 'Gundlach, Lynch, Mertens & Thompson', title: 'The Price of Progress: Price Performance and the Future of AI', venue: 'arXiv (v2)', date: '2025-11-28', updated: '2026-03-23', arxiv: '2511.23455' },
  { id: 'liu2025muon', authors: 'Liu et al. (Moonshot AI)', title: 'Muon is Scalable for LLM Training', venue: 'arXiv', date: '2025-02-24', arxiv: '2502.16982' },
  { id: 'nllb2024', authors: 'NLLB Team', title: 'Scaling neural machine translation to 200 languages', venue: 'Nature 630', date: '2024-06-05', url: 'https://doi.org/10.1038/s41586-024-07335-x' },
  { id: 'openai2024o1', authors: 'OpenAI', title: 'Learning to Reason with LLMs', venue: 'OpenAI', date: '2024-09-12', url: 'https://openai.com/index/learning-to-reason-with-llms/' },
  { id: 'epoch2024', authors: 'Sevilla & Roldán (Epoch AI)', title: 'Training Compute of Frontier AI Models Grows by 4-5x per Year', venue: 'Epoch AI', date: '2024-05-28', url: 'https://epoch.ai/blog/training-compute-of-frontier-ai-models-grows-by-4-5x-per-year' },
  { id: 'epoch2025models', authors: 'Rahman, Heindrich, Owen & Emberson (Epoch AI)', title: 'Over 30 AI models have been trained at the scale of GPT-4', venue: 'Epoch AI data insight', date: '2025-01-30', updated: '2025-06-06', url: 'https://epoch.ai/data-insights/models-over-1e25-flop' },
  { id: 'epoch2025prices', authors: 'Epoch AI', title: 'LLM inference prices have fallen rapidly but unequally across tasks', venue: 'Epoch AI data insight', date: '2025-03-12', url: 'https://epoch.ai/data-insights/llm-inference-price-trends' },
  { id: 'epoch2024power', authors: 'Emberson & Rahman (Epoch AI)', title: 'The power required to train frontier AI models is doubling annually', venue: 'Epoch AI data insight', date: '2024-09-19', url: 'https://epoch.ai/data-insights/power-usage-trend' },
  { id: 'cottier2024', authors: 'Cottier et al.', title: 'The rising costs of training frontier AI models', venue: 'arXiv', date: '2024-05-31', arxiv: '2405.21015' },
  { id: 'kaplan2020', authors: 'Kaplan et al.', title: 'Scaling Laws for Neural Language Models', venue: 'arXiv', date: '2020-01-23', arxiv: '2001.08361' },
  { id: 'hoffmann2022', authors: 'Hoffmann et al.', title: 'Training Compute-Optimal Large Language Models (Chinchilla)', venue: 'NeurIPS 2022', date: '2022-03-29', arxiv: '2203.15556' },
  { id: 'carlini2021', authors: 'Carlini et al.', title: 'Extracting Training Data from Large Language Models', venue: 'USENIX Security 2021', date: '2020-12-14', arxiv: '2012.07805' },
  { id: 'nasr2023', authors: 'Nasr et al.', title: 'Scalable Extraction of Training Data from (Production) Language Models', venue: 'arXiv', date: '2023-11-28', arxiv: '2311.17035' },
  { id: 'bengio1994', authors: 'Bengio, Simard & Frasconi', title: 'Learning Long-Term Dependencies with Gradient Descent is Difficult', venue: 'IEEE Trans. Neural Networks 5(2)', date: '1994-03', url: 'https://doi.org/10.1109/72.279181' },
  { id: 'pascanu2013', authors: 'Pascanu, Mikolov & Bengio', title: 'On the Difficulty of Training Recurrent Neural Networks', venue: 'ICML 2013', date: '2012-11', arxiv: '1211.5063' },
  { id: 'doshivelez2017', authors: 'Doshi-Velez & Kim', title: 'Towards A Rigorous Science of Interpretable Machine Learning', venue: 'arXiv', date: '2017-02-28', arxiv: '1702.08608' },
  { id: 'templeton2024', authors: 'Templeton et al.', title: 'Scaling Monosemanticity: Extracting Interpretable Features from Claude 3 Sonnet', venue: 'Transformer Circuits Thread', date: '2024-05-21', url: 'https://transformer-circuits.pub/2024/scaling-monosemanticity/' },
  { id: 'wolf2019', authors: 'Wolf et al.', title: 'HuggingFace\'s Transformers: State-of-the-art Natural Language Processing', venue: 'arXiv', date: '2019-10', arxiv: '1910.03771' },
  { id: 'paszke2019', authors: 'Paszke et al.', title: 'PyTorch: An Imperative Style, High-Performance Deep Learning Library', venue: 'NeurIPS 2019', date: '2019-12-03', arxiv: '1912.01703' },
  { id: 'abadi2016', authors: 'Abadi et al.', title: 'TensorFlow: A System for Large-Scale Machine Learning', venue: 'OSDI 2016', date: '2016-05-27', arxiv: '1605.08695' },
  { id: 'neurips2018', authors: 'NeurIPS Board of Trustees', title: 'From the Board: Changing our Acronym', venue: 'nips.cc', date: '2018-11-16', url: 'https://nips.cc/Conferences/2018/News?article=2110' },
] as const

export const sources = parseRecords('data/sources.ts', SourceSchema, raw)

export const sourceIds: ReadonlySet<string> = new Set(sources.map(s => s.id))

export function sourceById(id: string) {
  const found = sources.find(s => s.id === id)
  if (!found)
    throw new Error(`Unknown source "${id}": add it to data/sources.ts`)
  return found
}

import { SourceSchema } from '../lib/schema'
/**
 * Every source the deck cites. Models, trends and challenges refer to these by id; the
 * references slide lists them all. Figures come from `../shared/facts.md`.
 */
import { parseRecords } from '../lib/validate'

const raw = [
  { id: 'vaswani2017', authors: 'Vaswani et al.', title: 'Attention Is All You Need', venue: 'NeurIPS 2017', year: 2017, arxiv: '1706.03762' },
  { id: 'devlin2018', authors: 'Devlin et al.', title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', venue: 'NAACL 2019', year: 2018, arxiv: '1810.04805' },
  { id: 'radford2019', authors: 'Radford et al.', title: 'Language Models are Unsupervised Multitask Learners (GPT-2)', venue: 'OpenAI', year: 2019, url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf' },
  { id: 'raffel2019', authors: 'Raffel et al.', title: 'Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer (T5)', venue: 'JMLR 2020', year: 2019, arxiv: '1910.10683' },
  { id: 'brown2020', authors: 'Brown et al.', title: 'Language Models are Few-Shot Learners (GPT-3)', venue: 'NeurIPS 2020', year: 2020, arxiv: '2005.14165' },
  { id: 'patterson2021', authors: 'Patterson et al.', title: 'Carbon Emissions and Large Neural Network Training', venue: 'arXiv', year: 2021, arxiv: '2104.10350' },
  { id: 'ramesh2021', authors: 'Ramesh et al.', title: 'Zero-Shot Text-to-Image Generation (DALL-E)', venue: 'ICML 2021', year: 2021, arxiv: '2102.12092' },
  { id: 'radford2021', authors: 'Radford et al.', title: 'Learning Transferable Visual Models From Natural Language Supervision (CLIP)', venue: 'ICML 2021', year: 2021, arxiv: '2103.00020' },
  { id: 'wang2021', authors: 'Wang et al.', title: 'ERNIE 3.0 Titan: Exploring Larger-scale Knowledge Enhanced Pre-training', venue: 'arXiv', year: 2021, arxiv: '2112.12731' },
  { id: 'rombach2021', authors: 'Rombach et al.', title: 'High-Resolution Image Synthesis with Latent Diffusion Models (Stable Diffusion)', venue: 'CVPR 2022', year: 2021, arxiv: '2112.10752' },
  { id: 'chowdhery2022', authors: 'Chowdhery et al.', title: 'PaLM: Scaling Language Modeling with Pathways', venue: 'JMLR 2023', year: 2022, arxiv: '2204.02311' },
  { id: 'zeng2022', authors: 'Zeng et al.', title: 'GLM-130B: An Open Bilingual Pre-trained Model', venue: 'ICLR 2023', year: 2022, arxiv: '2210.02414' },
  { id: 'touvron2023', authors: 'Touvron et al.', title: 'LLaMA: Open and Efficient Foundation Language Models', venue: 'arXiv', year: 2023, arxiv: '2302.13971' },
  { id: 'openai2023', authors: 'OpenAI', title: 'GPT-4 Technical Report', venue: 'arXiv', year: 2023, arxiv: '2303.08774' },
  { id: 'dubey2024', authors: 'Llama Team, Meta', title: 'The Llama 3 Herd of Models', venue: 'arXiv', year: 2024, arxiv: '2407.21783' },
  { id: 'deepseek2024', authors: 'DeepSeek-AI', title: 'DeepSeek-V3 Technical Report', venue: 'arXiv', year: 2024, arxiv: '2412.19437' },
  { id: 'deepseek2025', authors: 'DeepSeek-AI', title: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning', venue: 'arXiv', year: 2025, arxiv: '2501.12948' },
  { id: 'yang2025', authors: 'Qwen Team', title: 'Qwen3 Technical Report', venue: 'arXiv', year: 2025, arxiv: '2505.09388' },
  { id: 'epoch2024', authors: 'Epoch AI', title: 'Training compute of frontier AI models grows by 4-5x per year', venue: 'Epoch AI', year: 2024, url: 'https://epoch.ai/blog/training-compute-of-frontier-ai-models-grows-by-4-5x-per-year' },
  { id: 'cottier2024', authors: 'Cottier et al.', title: 'The rising costs of training frontier AI models', venue: 'arXiv', year: 2024, arxiv: '2405.21015' },
  { id: 'kaplan2020', authors: 'Kaplan et al.', title: 'Scaling Laws for Neural Language Models', venue: 'arXiv', year: 2020, arxiv: '2001.08361' },
  { id: 'hoffmann2022', authors: 'Hoffmann et al.', title: 'Training Compute-Optimal Large Language Models (Chinchilla)', venue: 'NeurIPS 2022', year: 2022, arxiv: '2203.15556' },
  { id: 'carlini2021', authors: 'Carlini et al.', title: 'Extracting Training Data from Large Language Models', venue: 'USENIX Security 2021', year: 2021, arxiv: '2012.07805' },
  { id: 'nasr2023', authors: 'Nasr et al.', title: 'Scalable Extraction of Training Data from (Production) Language Models', venue: 'arXiv', year: 2023, arxiv: '2311.17035' },
  { id: 'bengio1994', authors: 'Bengio, Simard & Frasconi', title: 'Learning Long-Term Dependencies with Gradient Descent is Difficult', venue: 'IEEE Trans. Neural Networks 5(2)', year: 1994, url: 'https://doi.org/10.1109/72.279181' },
  { id: 'pascanu2013', authors: 'Pascanu, Mikolov & Bengio', title: 'On the Difficulty of Training Recurrent Neural Networks', venue: 'ICML 2013', year: 2013, arxiv: '1211.5063' },
  { id: 'doshivelez2017', authors: 'Doshi-Velez & Kim', title: 'Towards A Rigorous Science of Interpretable Machine Learning', venue: 'arXiv', year: 2017, arxiv: '1702.08608' },
  { id: 'templeton2024', authors: 'Templeton et al.', title: 'Scaling Monosemanticity: Extracting Interpretable Features from Claude 3 Sonnet', venue: 'Transformer Circuits Thread', year: 2024, url: 'https://transformer-circuits.pub/2024/scaling-monosemanticity/' },
  { id: 'wolf2019', authors: 'Wolf et al.', title: 'HuggingFace\'s Transformers: State-of-the-art Natural Language Processing', venue: 'EMNLP 2020 Demos', year: 2019, arxiv: '1910.03771' },
  { id: 'paszke2019', authors: 'Paszke et al.', title: 'PyTorch: An Imperative Style, High-Performance Deep Learning Library', venue: 'NeurIPS 2019', year: 2019, arxiv: '1912.01703' },
  { id: 'abadi2016', authors: 'Abadi et al.', title: 'TensorFlow: Large-Scale Machine Learning on Heterogeneous Distributed Systems', venue: 'arXiv', year: 2016, arxiv: '1605.08695' },
  { id: 'neurips2018', authors: 'NeurIPS Board of Trustees', title: 'From the Board: Changing our Acronym', venue: 'nips.cc', year: 2018, url: 'https://nips.cc/Conferences/2018/News?article=2110' },
] as const

export const sources = parseRecords('data/sources.ts', SourceSchema, raw)

export const sourceIds: ReadonlySet<string> = new Set(sources.map(s => s.id))

export function sourceById(id: string) {
  const found = sources.find(s => s.id === id)
  if (!found)
    throw new Error(`Unknown source "${id}": add it to data/sources.ts`)
  return found
}

/**
 * Schemas for the deck's data records (`data/*.ts`).
 *
 * Every record carries an `id` and the ids of its sources; `lib/data/validate.ts` turns a failed
 * parse into one error that names the file, the entry and the field.
 */
import { z } from 'zod'

// zod compiles object parsers with `new Function` when it may. Under the site's CSP (no
// 'unsafe-eval') even its probe for that is reported as a violation, so turn the JIT off before
// any schema below exists (zod decides per schema, at construction).
z.config({ jitless: true })

/** Lower-case slug: stable, URL-safe, easy to grep for. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "gpt-3"')

/** `YYYY-MM`: the month a model was announced (paper or release). */
export const YearMonth = z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, 'must be a date "YYYY-MM" with a month 01–12')

/** `YYYY-MM` or `YYYY-MM-DD`, with a real month and day. */
export const PublicationDate = z.string()
  .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be a date "YYYY-MM" or "YYYY-MM-DD"')
  .refine((d) => {
    if (!/^\d{4}-\d\d-\d\d$/.test(d))
      return true // month precision, or already reported by the regex
    const t = Date.parse(`${d}T00:00:00Z`)
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d)
  }, 'must be a day that exists')

const Count = z.number({ error: 'must be a number' }).finite('must be finite').positive('must be positive')

export const SourceSchema = z.object({
  id: Id,
  /** Short author list as cited, e.g. "Brown et al." */
  authors: z.string().min(1),
  title: z.string().min(1),
  /** Where it appeared: "NeurIPS 2020", "arXiv", "Epoch AI blog". */
  venue: z.string().min(1),
  /** First publication (arXiv v1, or the page's own date): `YYYY-MM` or `YYYY-MM-DD`. */
  date: PublicationDate,
  /** The revision the deck cites, when the figures come from a later one (an updated page, arXiv v2). */
  updated: PublicationDate.optional(),
  /** arXiv identifier without prefix, e.g. "2005.14165". */
  arxiv: z.string().regex(/^\d{4}\.\d{4,5}$/, 'must be an arXiv id such as "2005.14165"').optional(),
  /** Official URL, when there is no arXiv id (or a better landing page). */
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }).optional(),
}).refine(s => s.arxiv !== undefined || s.url !== undefined, {
  message: 'needs an arXiv id or a URL',
  path: ['url'],
}).refine(s => s.updated === undefined || s.updated > s.date, {
  message: 'must be later than the first publication',
  path: ['updated'],
}).transform(s => ({ ...s, year: Number(s.date.slice(0, 4)) }))

const Sources = z.array(Id, { error: 'must be a list of source ids' }).min(1, 'needs at least one source')

/**
 * Parameter count. `dense` and `moe` are single models; `variants` are the sizes a paper
 * reports side by side (BERT-Base / Large); `range` is a family (LLaMA 7B–65B); `undisclosed`
 * is stated explicitly rather than guessed (GPT-4).
 */
export const ParamsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dense'), total: Count }),
  z.object({ kind: z.literal('moe'), total: Count, active: Count })
    .refine(p => p.active < p.total, { message: 'active must be smaller than total', path: ['active'] }),
  z.object({
    kind: z.literal('variants'),
    sizes: z.array(z.object({ label: z.string().min(1), total: Count })).min(2, 'needs at least two sizes'),
  }),
  z.object({ kind: z.literal('range'), min: Count, max: Count })
    .refine(p => p.min < p.max, { message: 'min must be smaller than max', path: ['max'] }),
  z.object({ kind: z.literal('undisclosed') }),
], { error: 'must be one of dense, moe, variants, range, undisclosed' })

export const Modality = z.enum(['text', 'text-code', 'text-to-image', 'image-text-to-text'])

export const ModelSchema = z.object({
  id: Id,
  name: z.string().min(1),
  /** The name on the charts, where the full one crowds them ("Qwen3.5" for "Qwen3.5-397B-A17B"). */
  shortName: z.string().min(1).optional(),
  /** Organisation, in the form the audience knows (Chinese names where common). */
  org: z.string().min(1),
  date: YearMonth,
  params: ParamsSchema,
  /** What the number covers when it is not the whole model (Stable Diffusion's UNet). */
  paramsNote: z.string().min(1).optional(),
  architecture: z.string().min(1),
  modality: Modality,
  /** Training compute in FLOP, only where a primary source publishes it. */
  trainingFlop: Count.optional(),
  /** The article's own example models (GPT-3, BERT, DALL-E). */
  inArticle: z.boolean().default(false),
  /** Chinese organisation: the table marks these for the audience. */
  chinese: z.boolean().default(false),
  /** A milestone shown on the timeline (`components/ModelTimeline.vue`). */
  landmark: z.boolean().default(false),
  sources: Sources,
})

/**
 * The units a figure may have. A unit is written right after a 万/亿 (1万块, 557.6万美元); after a
 * plain number, 倍 and % follow at once (2.4倍, 5.5%) and every other unit after a space (14.8 天,
 * 1287 MWh), as the deck's style rules say (test/support/terms.ts).
 */
export const FIGURE_UNITS = ['倍', '%', '美元', 'H800 GPU 小时', 'MWh', '吨', '天', '个月', '个', '块', '次', '条', '种语言', 'token', '个数量级', '图文对', '层', '维', '参数'] as const
export const FigureUnit = z.enum(FIGURE_UNITS, { error: `must be one of ${FIGURE_UNITS.join(', ')}` })

/** A value, or a range the source gives as one figure (4–5倍, 2%–6%). */
export const FigureValue = z.union([
  Count,
  z.object({ min: Count, max: Count }).refine(r => r.min < r.max, { message: 'min must be smaller than max', path: ['max'] }),
], { error: 'must be a number or { min, max }' })

/**
 * One quantity a slide shows, with its source: rendered by `components/Fig.vue` (`<Fig id="…" />`)
 * and by the trend and challenge evidence (`{id}` in its text), so a slide never types a number in.
 */
export const FigureSchema = z.object({
  id: Id,
  /** What the figure measures, in Chinese; its tooltip and what a screen reader hears with it. */
  what: z.string().min(1),
  value: FigureValue,
  unit: FigureUnit,
  /** 约 (about), 超过 (over: more than the value). */
  approx: z.enum(['about', 'over']).optional(),
  /** 估计: an estimate; 预测: a forecast; 推算: our arithmetic on sourced figures. */
  qualifier: z.enum(['估计', '预测', '推算']).optional(),
  /** 截至: the month the figure holds for, when the source says "as of". */
  asOf: YearMonth.optional(),
  /** Where in the source: "表 4", "§5.1". */
  where: z.string().min(1).optional(),
  /** The date the source states the figure (its publication, or the update that gives it). */
  stated: PublicationDate,
  sources: Sources,
})

export const EvidenceSchema = z.object({
  /** One sentence with its figures as `{figure-id}` (data/figures.ts), e.g. "训练算力每年增长 {compute-growth}". */
  text: z.string().min(1),
  sources: Sources,
})

export const ListItemSchema = z.object({
  id: Id,
  /** A UnoCSS icon class from a locally installed @iconify-json set, e.g. "i-carbon-growth". */
  icon: z.string().regex(/^i-[-\da-z][\da-z]*-[-\da-z]+$/, 'must be an icon class such as "i-carbon-growth"'),
  title: z.string().min(1).max(16, 'must fit one line (≤ 16 characters)'),
  detail: z.string().min(1).max(48, 'must fit one line (≤ 48 characters)'),
  evidence: EvidenceSchema.optional(),
})

export type Source = z.infer<typeof SourceSchema>
export type SourceInput = z.input<typeof SourceSchema>
export type Params = z.infer<typeof ParamsSchema>
export type Model = z.infer<typeof ModelSchema>
export type ModelInput = z.input<typeof ModelSchema>
export type ListItem = z.infer<typeof ListItemSchema>
export type Evidence = z.infer<typeof EvidenceSchema>
export type Figure = z.infer<typeof FigureSchema>
export type FigureInput = z.input<typeof FigureSchema>

/** A sentence of the article itself, quoted where the deck corrects it (docs/article.zh.md). */
export const ArticleQuoteSchema = z.object({
  id: Id,
  /** Verbatim from docs/article.zh.md; a unit test holds it there. */
  text: z.string().min(1),
})
export type ArticleQuote = z.infer<typeof ArticleQuoteSchema>

/**
 * The talk's time plan (data/plan.ts): minutes for each of the seven parts, in order (the
 * appendix is backup, outside the plan), and how speaking time is estimated from the notes.
 */
export const PlanSchema = z.object({
  id: Id,
  minutes: z.array(z.number({ error: 'must be a number' }).positive('must be positive').max(60, 'must be at most 60'))
    .length(7, 'needs one entry per part, parts 1–7'),
  /** Characters of speaker notes spoken per minute. */
  charsPerMinute: z.number().positive(),
  /** Minutes added for a slide the audience needs time to read: a chart, a formula, code. */
  readingAllowance: z.number().nonnegative(),
  /** How far (0–1) a part's notes may run under its minutes before the plan is called too long. */
  slack: z.number().min(0).max(1),
})
export type Plan = z.infer<typeof PlanSchema>

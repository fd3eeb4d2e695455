/**
 * The talk's time plan: minutes for parts 1–7 (the opening slides count with part 1, the thanks
 * with part 7; the appendix and the references are backup, outside the plan). The cover states
 * the total, the presenter view keeps the speaker to it (components/PacePanel.vue), and
 * test/unit/plan.test.ts fails, naming the part, when a part's notes no longer fit its minutes.
 */
import { PlanSchema } from '../lib/data/schema.ts'
import { parseRecords } from '../lib/data/validate.ts'

const raw = [{
  id: 'plan',
  minutes: [6, 8, 5, 4, 3, 3, 11],
  // A usual pace for spoken Chinese is 200–250 characters a minute.
  charsPerMinute: 220,
  // A chart, a formula or code: half a minute for the audience to read it.
  readingAllowance: 0.5,
  slack: 0.3,
}] as const

export const plan = parseRecords('data/plan.ts', PlanSchema, raw)[0]!

// Merged by Slidev into its own UnoCSS config. Icons named in data files are not in any
// template UnoCSS scans, so they are safelisted from the data itself.
import { defineConfig } from 'unocss'
import { rawChallenges } from './data/challenges.ts'
import { rawRecentTrends, rawTrends } from './data/trends.ts'

export default defineConfig({
  safelist: [...rawTrends, ...rawRecentTrends, ...rawChallenges].map(item => item.icon),
})

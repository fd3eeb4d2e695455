import antfu from '@antfu/eslint-config'

// @antfu/eslint-config 6.x with ESLint 9: the newest majors need Node 22 (Object.groupBy,
// Set.prototype.union) and this project runs on Node 20.
export default antfu({
  vue: true,
  typescript: true,
  // Slides are Markdown with Vue inside; Slidev, not ESLint, owns their syntax.
  markdown: false,
  ignores: ['dist/**', 'exports/**', '.cache/**', '.slidev/**', 'test/**/__baselines__/**'],
}, {
  rules: {
    // Scripts are command-line tools: printing is their job.
    'no-console': 'off',
  },
}, {
  files: ['test/**/*.ts'],
  rules: {
    // Component names are capitalised in test titles.
    'test/prefer-lowercase-title': 'off',
    // One-line mutations (`m => { m.date = 'x' }`) read best as test fixtures.
    'style/max-statements-per-line': 'off',
  },
})

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
  // Code bundled into the browser stays out of Node: no build or export code, no zod (the
  // build inlines validated JSON), no Node built-ins. Types from lib/data are erased, so allowed.
  files: ['components/**', 'layouts/**', 'setup/**', 'lib/deck/**', 'lib/client/**', 'global-*.vue', 'custom-nav-controls.vue'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: ['**/site', '**/site/**', '**/vite', '**/vite/**', '**/export', '**/export/**', '**/scripts/**'], message: 'browser code: lib/vite, lib/site and lib/export run in Node (Vite plugins, the site build, export scripts).' },
        { group: ['validate', 'deck', 'schema'].flatMap(m => [`**/data/${m}`, `**/data/${m}.ts`]), allowTypeImports: true, message: 'browser code: import types only from lib/data; the build inlines the validated records.' },
        { group: ['zod', 'zod/**'], message: 'browser code: zod stays in Node; the build inlines the validated records.' },
        { group: ['node:*', 'fs', 'path', 'os', 'url', 'process', 'child_process', 'crypto', 'http', 'buffer', 'module', 'playwright-chromium', 'pdf-lib', '/vite'], message: 'browser code: no Node built-ins or Node-only packages.' },
      ],
    }],
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

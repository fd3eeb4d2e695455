import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        // Seconds alone; the timeout leaves room for a machine that other runs share (ESLint's
        // API and the font subsetter take several seconds each under load).
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        plugins: [vue()],
        test: { name: 'components', include: ['test/components/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        // Real Chromium against the built deck and the exported PDF: one build, shared.
        test: {
          name: 'deck',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})

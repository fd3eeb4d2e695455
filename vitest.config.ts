import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { BuildAwareSequencer } from './test/sequencer.ts'

export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one file at a time, yet a browser test spends most
    // of its time waiting on Chromium or on an export.
    maxWorkers: 2,
    // The files that need no site build first, while the global set-up builds it.
    sequence: { sequencer: BuildAwareSequencer },
    projects: [
      {
        // Seconds alone; the timeout leaves room for a machine that other runs share (ESLint's
        // API and the font subsetter take several seconds each under load). `isolate: false`:
        // the files of a worker share one module graph instead of importing everything anew
        // (unit and component tests: 29 → 13 s of CPU); no file mocks a module that another
        // imports.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000, isolate: false },
      },
      {
        plugins: [vue()],
        test: { name: 'components', include: ['test/components/**/*.test.ts'], environment: 'happy-dom', isolate: false },
      },
      {
        // Real Chromium against the built deck and the exported PDF: one build, shared. Two files
        // at a time: each makes its own contexts, folders and ports (nothing else is shared); the
        // helpers they import hold no state, so a worker's files share one module graph too.
        test: {
          name: 'deck',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          isolate: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})

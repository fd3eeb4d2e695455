/**
 * The import rule of eslint.config.js that keeps browser code (components, layouts, global
 * layers, setup, lib/deck, lib/client) out of Node: linted through ESLint's own API, so the test
 * fails if the rule is dropped, loosened or stops matching the folders.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file })
  return result!.messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message)
}

const FORBIDDEN = [
  `import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n`,
  `import { z } from 'zod'\nexport const a = z\n`,
  `import { findChromium } from '../export/chromium'\nexport const a = findChromium\n`,
  `import { serveStatic } from '../site/static-server'\nexport const a = serveStatic\n`,
  `import { parseRecords } from '../data/validate'\nexport const a = parseRecords\n`,
  `import { parseRecords } from '../data/validate.ts'\nexport const a = parseRecords\n`,
  `import { serveStatic } from '../site/static-server.ts'\nexport const a = serveStatic\n`,
  `import { deckSite } from '../vite/index.ts'\nexport const a = deckSite\n`,
]

// Linting loads the whole ESLint config (typescript-eslint, vue): seconds on a busy 2-core machine.
describe('browser code cannot import Node code', { timeout: 60_000 }, () => {
  for (const file of ['lib/deck/probe.ts', 'lib/client/probe.ts', 'setup/probe.ts', 'components/Probe.vue', 'custom-nav-controls.vue', 'layouts/probe.vue']) {
    it(`${file}: Node built-ins, zod, lib/vite, lib/site, lib/export and lib/data values are refused`, async () => {
      for (const code of FORBIDDEN) {
        const source = file.endsWith('.vue') ? `<script setup lang="ts">\n${code.replace('../', '../lib/')}</script>\n` : code
        expect(await restricted(file, source), code).toHaveLength(1)
      }
    })
  }

  it('types from lib/data are allowed (they are erased), and Node code may import anything', async () => {
    expect(await restricted('lib/deck/probe.ts', `import type { Model } from '../data/schema'\nexport type A = Model\n`)).toEqual([])
    expect(await restricted('lib/export/probe.ts', `import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n`)).toEqual([])
  })
})

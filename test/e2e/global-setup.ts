/**
 * Builds the deck once, exactly as it is hosted — the public build with the PDF inside
 * (`npm run build:site`), under a non-root base path — and serves it the way a static host does,
 * with the hosting configs' security headers (lib/site/security-headers.ts). The URL reaches the tests
 * through `inject('deckUrl')`.
 */
import type { TestProject } from 'vitest/node'
import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { findChromium } from '../../lib/export/chromium'
import { serveStatic } from '../../lib/site/static-server'
import { buildSite } from '../../scripts/build-site'

export const BASE = '/deck/'
export const DIST = resolve('.cache/test-dist')

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    chromiumPath: string
    distDir: string
  }
}

export default async function setup(project: TestProject) {
  // Fail here, once, with the how-to, rather than in every test.
  const chromiumPath = findChromium()
  rmSync(DIST, { recursive: true, force: true })
  await buildSite({ base: BASE, out: DIST, stdio: 'pipe' })
  const server = await serveStatic({ root: DIST, base: BASE, security: true })
  project.provide('deckUrl', server.url)
  project.provide('chromiumPath', chromiumPath)
  project.provide('distDir', DIST)
  return () => server.close()
}

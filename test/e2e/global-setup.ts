/**
 * Builds the deck once, exactly as it is hosted — the public build with the PDF inside
 * (`npm run build:site`), under a non-root base path — and serves it the way a static host does,
 * with the hosting configs' security headers (lib/site/security-headers.ts). Launches the one
 * Chromium every browser test connects to (test/e2e/browser.ts). The URLs reach the tests through
 * `inject`.
 *
 * Everything a run writes is its own: the build goes to a fresh temporary folder (removed at
 * teardown) and the server and the browser listen on free ports, so two runs at once do not meet.
 */
import type { TestProject } from 'vitest/node'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium } from '../../lib/export/chromium'
import { serveStatic } from '../../lib/site/static-server'
import { buildSite } from '../../scripts/build-site'

export const BASE = '/deck/'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    chromiumPath: string
    /** The shared Chromium's Playwright server (`chromium.connect`). */
    chromiumWsEndpoint: string
    distDir: string
  }
}

export default async function setup(project: TestProject) {
  // Fail here, once, with the how-to, rather than in every test.
  const chromiumPath = findChromium()
  const work = mkdtempSync(join(tmpdir(), 'deck-test-'))
  const dist = join(work, 'dist')
  const teardown: (() => Promise<unknown> | unknown)[] = [() => rmSync(work, { recursive: true, force: true })]
  const close = async () => {
    for (const step of teardown.reverse())
      await step()
  }
  try {
    // The browser starts while the site builds.
    const [browser] = await Promise.all([
      chromium.launchServer({ executablePath: chromiumPath, args: CHROMIUM_ARGS }),
      buildSite({ base: BASE, out: dist, stdio: 'pipe' }),
    ])
    teardown.push(() => browser.close())
    const server = await serveStatic({ root: dist, base: BASE, security: true })
    teardown.push(() => server.close())
    project.provide('deckUrl', server.url)
    project.provide('chromiumPath', chromiumPath)
    project.provide('chromiumWsEndpoint', browser.wsEndpoint())
    project.provide('distDir', dist)
  }
  catch (error) {
    await close()
    throw error
  }
  return close
}

/**
 * Builds the deck once, exactly as it is hosted — the public build with the PDF inside
 * (`npm run build:site`), under a non-root base path — and serves it the way a static host does,
 * with the hosting configs' security headers (lib/site/security-headers.ts). Launches the one
 * Chromium every browser test connects to (test/e2e/browser.ts). The URLs reach the tests through
 * `inject`.
 *
 * The build runs in the background: the set-up returns once Chromium and the server are up, and
 * the files that need no build (a longer deck's export, the unit tests) run meanwhile. A file
 * that needs the site awaits `builtSite()` (test/e2e/site.ts), which reads the step's outcome
 * from a status file this set-up writes: the site first, then its PDF.
 *
 * Everything a run writes is its own: the build goes to a fresh temporary folder (removed at
 * teardown) and the server and the browser listen on free ports, so two runs at once do not meet.
 */
import type { TestProject } from 'vitest/node'
import type { BuildStep } from './site.ts'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium } from '../../lib/export/chromium.ts'
import { buildRecordPath } from '../../lib/site/build-record.ts'
import { serveStatic } from '../../lib/site/static-server.ts'
import { buildSite } from '../../scripts/build-site.ts'
import { statusFile } from './site.ts'

export const BASE = '/deck/'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    chromiumPath: string
    /** The shared Chromium's Playwright server (`chromium.connect`). */
    chromiumWsEndpoint: string
    distDir: string
    /** Where the background build reports each step (test/e2e/site.ts). */
    buildStatusDir: string
  }
}

export default async function setup(project: TestProject) {
  // Fail here, once, with the how-to, rather than in every test.
  const chromiumPath = findChromium()
  const work = mkdtempSync(join(tmpdir(), 'deck-test-'))
  const dist = join(work, 'dist')
  // The build's record (.cache/site-builds, read by `export:handout --site`) goes with the folder.
  const teardown: (() => Promise<unknown> | unknown)[] = [() => rmSync(work, { recursive: true, force: true }), () => rmSync(buildRecordPath(dist), { force: true })]
  const close = async () => {
    for (const step of teardown.reverse())
      await step()
  }
  const report = (step: BuildStep, outcome: { error?: string }) => writeFileSync(statusFile(work, step), JSON.stringify(outcome))
  // The server answers once the site is built (the PDF comes after).
  let siteBuilt!: () => void
  const siteReady = new Promise<void>(resolve => siteBuilt = resolve)
  const building = buildSite({
    base: BASE,
    out: dist,
    stdio: 'pipe',
    onStep: (step) => {
      report(step, {})
      if (step === 'site')
        siteBuilt()
    },
  }).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    // The steps not reported done fail with the build.
    for (const step of ['site', 'pdf'] as const) {
      if (!existsSync(statusFile(work, step)))
        report(step, { error: message })
    }
    siteBuilt()
  })
  // Removing the folder waits for the build that writes into it.
  teardown.push(() => building)
  try {
    const browser = await chromium.launchServer({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
    teardown.push(() => browser.close())
    const server = await serveStatic({ root: dist, base: BASE, security: true, ready: siteReady })
    teardown.push(() => server.close())
    project.provide('deckUrl', server.url)
    project.provide('chromiumPath', chromiumPath)
    project.provide('chromiumWsEndpoint', browser.wsEndpoint())
    project.provide('distDir', dist)
    project.provide('buildStatusDir', work)
  }
  catch (error) {
    await close()
    throw error
  }
  return close
}

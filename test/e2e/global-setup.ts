/**
 * Builds the deck once, under a non-root base path as a static host would serve it, and serves
 * it for the browser tests. The URL reaches the tests through `inject('deckUrl')`.
 */
import type { TestProject } from 'vitest/node'
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { findChromium } from '../../lib/chromium'
import { serveStatic } from '../../lib/static-server'

export const BASE = '/deck/'
export const DIST = resolve('.cache/test-dist')

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    chromiumPath: string
  }
}

export default async function setup(project: TestProject) {
  // Fail here, once, with the how-to, rather than in every test.
  const chromiumPath = findChromium()
  rmSync(DIST, { recursive: true, force: true })
  const build = spawnSync(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build', '--base', BASE, '--out', DIST], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (build.status !== 0)
    throw new Error(`slidev build failed (exit ${build.status}):\n${build.stderr || build.stdout}`)
  const server = await serveStatic({ root: DIST, base: BASE })
  project.provide('deckUrl', server.url)
  project.provide('chromiumPath', chromiumPath)
  return () => server.close()
}

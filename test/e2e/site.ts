/**
 * The global set-up (test/e2e/global-setup.ts) builds the site in the background while the first
 * test files run. A file that serves, opens or reads the build begins with a top-level
 * `await builtSite()` (test/sequencer.ts reads that line to start such files last); one that reads
 * the PDF inside it awaits `builtSite('pdf')`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inject } from 'vitest'

/** The steps of the set-up's build, in order: the site, then the slides PDF exported into it. */
export type BuildStep = 'site' | 'pdf'

export function statusFile(dir: string, step: BuildStep): string {
  return join(dir, `built-${step}.json`)
}

/** How often the status file is looked for: the build takes tens of seconds. */
const POLL_MS = 200
/** A build that reports nothing for this long has hung (a cold build on a loaded machine: ~60 s). */
const BUILD_TIMEOUT_MS = 300_000

/** Resolves once `step` of the set-up's build is done; throws the build's error if it failed. */
export async function builtSite(step: BuildStep = 'site'): Promise<void> {
  const file = statusFile(inject('buildStatusDir'), step)
  const deadline = Date.now() + BUILD_TIMEOUT_MS
  while (!existsSync(file)) {
    if (Date.now() > deadline)
      throw new Error(`the test set-up's site build reported no "${step}" in ${BUILD_TIMEOUT_MS / 1000} s`)
    await new Promise(resolve => setTimeout(resolve, POLL_MS))
  }
  const { error } = JSON.parse(readFileSync(file, 'utf8')) as { error?: string }
  if (error)
    throw new Error(`the test set-up's site build failed (${step}): ${error}`)
}

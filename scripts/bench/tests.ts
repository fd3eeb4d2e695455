/**
 * `npm run bench -- tests`: runs `npm test` once and prints its wall time and where it goes: the
 * time before the first browser test (the deck project's global set-up: site build, PDF export,
 * Chromium), each project's summed file durations, and every file's duration (vitest's JSON
 * reporter). Target (issue 10): at most 60 % of the ~234 s measured before the redesign. A figure,
 * not an assertion: the machine is often shared.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import config from '../../vitest.config'

interface FileResult { name: string, startTime: number, endTime: number, status: string, assertionResults: unknown[] }
interface JsonReport { numPassedTests: number, numFailedTests: number, testResults: FileResult[] }

/** Each project's folder: the fixed part of its `include` glob (test/unit/, test/e2e/…). */
function projectFolders(): [string, string][] {
  const projects = (config.test?.projects ?? []) as { test?: { name?: string, include?: string[] } }[]
  return projects.map(p => [p.test!.name!, p.test!.include![0]!.replace(/\*.*$/, '')])
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export default async function bench(): Promise<Record<string, string | number>> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tests-'))
  try {
    const json = join(dir, 'results.json')
    const started = Date.now()
    const result = spawnSync('npm', ['test', '--', '--reporter=dot', '--reporter=json', `--outputFile.json=${json}`], { stdio: 'inherit' })
    const wall = Date.now() - started
    const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport
    const folders = projectFolders()
    const files = report.testResults.map((f) => {
      const name = relative(process.cwd(), f.name)
      return { name, project: folders.find(([, folder]) => name.startsWith(folder))?.[0] ?? '?', start: f.startTime, ms: f.endTime - f.startTime }
    })
    const figures: Record<string, string | number> = {
      'npm test wall time (target ≤ 140 s)': seconds(wall),
      'exit code': result.status ?? String(result.signal),
      'tests passed / failed': `${report.numPassedTests} / ${report.numFailedTests}`,
    }
    const deck = files.filter(f => f.project === 'deck')
    if (deck.length)
      figures['until the first browser test (global set-up)'] = seconds(Math.min(...deck.map(f => f.start)) - started)
    for (const [project] of folders)
      figures[`project ${project} (sum of files)`] = seconds(files.filter(f => f.project === project).reduce((sum, f) => sum + f.ms, 0))
    for (const f of files.sort((a, b) => b.ms - a.ms))
      figures[`  ${f.name}`] = seconds(f.ms)
    return figures
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * `npm run bench -- tests`: runs `npm test` once and prints its wall time and where it goes: the
 * time before the first test file (the deck project's global set-up: site build, PDF export,
 * Chromium), each project's summed file times, and every file's time (vitest's JSON reporter).
 * Target (issue 10): at most 60 % of the ~234 s measured before the redesign. A figure, not an
 * assertion: the machine is often shared.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import config from '../../vitest.config'

interface FileResult { name: string, startTime: number, endTime: number, status: string, assertionResults: unknown[] }
export interface JsonReport { numPassedTests: number, numFailedTests: number, testResults: FileResult[] }

/** Each project's folder: the fixed part of its `include` glob (test/unit/, test/e2e/…). */
function projectFolders(): [string, string][] {
  const projects = (config.test?.projects ?? []) as { test?: { name?: string, include?: string[] } }[]
  return projects.map(p => [p.test!.name!, p.test!.include![0]!.replace(/\*.*$/, '')])
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export interface FileTime { name: string, project: string, start: number, end: number, ms: number }

/**
 * Each file's time. The JSON reporter's start and end span a file's tests only, not its import
 * and `beforeAll` (where a browser test exports its PDF): a file of a project whose files run one
 * after another (the deck) is given the whole time since the file before it ended.
 */
export function fileTimes(report: JsonReport, cwd: string, folders: [string, string][], sequential: string[]): FileTime[] {
  const files = report.testResults.map((f) => {
    const name = relative(cwd, f.name)
    const project = folders.find(([, folder]) => name.startsWith(folder))?.[0] ?? '?'
    return { name, project, start: f.startTime, end: f.endTime, ms: f.endTime - f.startTime }
  })
  for (const f of files.filter(f => sequential.includes(f.project))) {
    const before = Math.max(...files.filter(o => o.end <= f.start).map(o => o.end))
    if (Number.isFinite(before))
      f.ms = f.end - before
  }
  return files
}

export default async function bench(): Promise<Record<string, string | number>> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tests-'))
  try {
    const json = join(dir, 'results.json')
    const started = Date.now()
    const result = spawnSync('npm', ['test', '--', '--reporter=dot', '--reporter=json', `--outputFile.json=${json}`], { stdio: 'inherit' })
    const wall = Date.now() - started
    const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport
    const folders = projectFolders()
    const files = fileTimes(report, process.cwd(), folders, ['deck'])
    const figures: Record<string, string | number> = {
      'npm test wall time (target ≤ 140 s)': seconds(wall),
      'exit code': result.status ?? String(result.signal),
      'tests passed / failed': `${report.numPassedTests} / ${report.numFailedTests}`,
    }
    const first = Math.min(...files.map(f => f.start))
    figures['until the first test file (global set-up: site build, PDF export, Chromium)'] = seconds(first - started)
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

/**
 * `npm run bench -- tests`: runs `npm test` once and prints its wall time, the CPU time of all its
 * processes (the floor the 2 cores put on the wall time), each project's summed file times, and
 * every file's time and when it ran (vitest's JSON reporter). Files run two at a time and the site
 * builds beside the first of them (test/e2e/global-setup.ts), so a file's time is that of its
 * tests, from the start of its first to the end of its last.
 * Target (issue 10): at most 60 % of the ~234 s measured before the redesign. A figure, not an
 * assertion: the machine is often shared.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import config from '../../vitest.config.ts'

interface FileResult { name: string, startTime: number, endTime: number, status: string, assertionResults: unknown[] }
export interface JsonReport { numPassedTests: number, numFailedTests: number, testResults: FileResult[] }

/** Each project's folder: the fixed part of its `include` glob (test/unit/, test/e2e/…). */
function projectFolders(): [string, string][] {
  const projects = (config.test?.projects ?? []) as { test?: { name?: string, include?: string[] } }[]
  return projects.map(p => [p.test!.name!, p.test!.include![0]!.replace(/\*.*$/, '')])
}

/**
 * CPU seconds (user + system) of this process's finished children and their own waited-for
 * children (Linux: /proc/self/stat cutime + cstime); NaN elsewhere.
 */
function childrenCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ')
    // After "pid (comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) / 100
  }
  catch {
    return Number.NaN
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export interface FileTime { name: string, project: string, start: number, end: number, ms: number }

/** Each file's time: the JSON reporter's span of its tests (not its import or `beforeAll`). */
export function fileTimes(report: JsonReport, cwd: string, folders: [string, string][]): FileTime[] {
  return report.testResults.map((f) => {
    const name = relative(cwd, f.name)
    const project = folders.find(([, folder]) => name.startsWith(folder))?.[0] ?? '?'
    return { name, project, start: f.startTime, end: f.endTime, ms: f.endTime - f.startTime }
  })
}

export default async function bench(): Promise<Record<string, string | number>> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tests-'))
  try {
    const json = join(dir, 'results.json')
    const started = Date.now()
    const cpuBefore = childrenCpuSeconds()
    const result = spawnSync('npm', ['test', '--', '--reporter=dot', '--reporter=json', `--outputFile.json=${json}`], { stdio: 'inherit' })
    const wall = Date.now() - started
    const cpu = childrenCpuSeconds() - cpuBefore
    const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport
    const folders = projectFolders()
    const files = fileTimes(report, process.cwd(), folders)
    const figures: Record<string, string | number> = {
      'npm test wall time (target ≤ 140 s)': seconds(wall),
      'exit code': result.status ?? String(result.signal),
      'tests passed / failed': `${report.numPassedTests} / ${report.numFailedTests}`,
    }
    if (Number.isFinite(cpu)) {
      figures['CPU time of all its processes (user + system)'] = `${cpu.toFixed(0)} s`
      figures[`the least wall time that CPU time allows on ${availableParallelism()} cores`] = `${(cpu / availableParallelism()).toFixed(0)} s`
    }
    for (const [project] of folders)
      figures[`project ${project} (sum of files)`] = seconds(files.filter(f => f.project === project).reduce((sum, f) => sum + f.ms, 0))
    // When each file ran, from the start of `npm test`: what overlaps what on the 2 cores.
    const at = (ms: number) => ((ms - started) / 1000).toFixed(0)
    for (const f of files.sort((a, b) => b.ms - a.ms))
      figures[`  ${f.name}`] = `${seconds(f.ms)} (${at(f.start)}–${at(f.end)} s)`
    return figures
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

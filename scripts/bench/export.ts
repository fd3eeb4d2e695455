/**
 * `npm run bench -- export`: wall time of the slides export and the handout export (each a fresh
 * process, as `npm run export` / `npm run export:handout` run them) and the size of the PDFs.
 * Targets on a 2-core machine: slides < 20 s, handout < 15 s, slides PDF < 3 MB.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'

function timed(script: string, output: string): number {
  const started = performance.now()
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, '--output', output], { encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`${script} failed:\n${result.stderr}`)
  return (performance.now() - started) / 1000
}

export default async function bench(): Promise<Record<string, string | number>> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'))
  try {
    const slides = join(dir, 'slides.pdf')
    const handout = join(dir, 'handout.pdf')
    const slidesTime = timed('scripts/export.ts', slides)
    const handoutTime = timed('scripts/export-handout.ts', handout)
    const mb = (file: string) => `${(statSync(file).size / 1024 / 1024).toFixed(2)} MB`
    return {
      'slides export (s, target < 20)': slidesTime.toFixed(1),
      'handout export (s, target < 15)': handoutTime.toFixed(1),
      'slides PDF size (target < 3 MB)': mb(slides),
      'handout PDF size': mb(handout),
    }
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

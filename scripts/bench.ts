/**
 * `npm run bench [-- export] [-- site] [-- --scale 4] [-- --runs 3]`: runs every benchmark module
 * in scripts/bench/ (or the ones named), each exporting
 * `default async function (options): Promise<Record<string, string | number>>`, and prints its
 * figures. Flags go to every module (`--scale` and `--runs` are the export benchmark's).
 * Benchmarks print numbers; they assert nothing.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

export interface BenchOptions {
  /** Export a deck whose sections are repeated this many times (scripts/bench/export.ts). */
  scale?: number
  /** Runs per timing; the median is printed. */
  runs?: number
}

const { values, positionals: only } = parseArgs({
  allowPositionals: true,
  options: { scale: { type: 'string' }, runs: { type: 'string' } },
})
const options: BenchOptions = {
  scale: values.scale === undefined ? undefined : Number(values.scale),
  runs: values.runs === undefined ? undefined : Number(values.runs),
}
for (const [name, value] of Object.entries(options)) {
  if (value !== undefined && !(Number.isInteger(value) && value >= 1))
    throw new Error(`--${name} ${value}: must be a whole number ≥ 1`)
}

const dir = join(import.meta.dirname, 'bench')
const modules = readdirSync(dir).filter(f => f.endsWith('.ts')).sort().filter(f => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))

for (const file of modules) {
  const name = file.replace(/\.ts$/, '')
  const mod = await import(pathToFileURL(join(dir, file)).href) as { default: (options: BenchOptions) => Promise<Record<string, string | number>> }
  console.log(`\n## ${name}`)
  const started = performance.now()
  const figures = await mod.default(options)
  for (const [key, value] of Object.entries(figures))
    console.log(`${key.padEnd(44)} ${value}`)
  console.log(`${'(bench wall time)'.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

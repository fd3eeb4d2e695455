/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (each exports
 * `default async function (): Promise<Record<string, string | number>>`) and prints its figures.
 * Benchmarks print numbers; they assert nothing.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'

const dir = join(import.meta.dirname, 'bench')
const only = process.argv.slice(2)
const modules = readdirSync(dir).filter(f => f.endsWith('.ts')).sort().filter(f => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))

for (const file of modules) {
  const name = file.replace(/\.ts$/, '')
  const mod = await import(pathToFileURL(join(dir, file)).href) as { default: () => Promise<Record<string, string | number>> }
  console.log(`\n## ${name}`)
  const started = performance.now()
  const figures = await mod.default()
  for (const [key, value] of Object.entries(figures))
    console.log(`${key.padEnd(40)} ${value}`)
  console.log(`${'(bench wall time)'.padEnd(40)} ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

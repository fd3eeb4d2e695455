/**
 * A malformed data entry must stop `slidev build`, naming the entry and the field. The check is
 * real: a copy of the project with one corrupted record is built with the real CLI.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { slidevBin } from '../../lib/export/exporter.ts'
import { copyProject } from './project-copy.ts'

const work = mkdtempSync(join(tmpdir(), 'deck-bad-data-'))

afterAll(() => rmSync(work, { recursive: true, force: true }))

function projectWith(change: (models: string) => string): string {
  const dir = copyProject(mkdtempSync(join(work, 'p-')), ['slides.md', 'pages', 'components', 'layouts', 'lib', 'data', 'styles', 'public', 'global-bottom.vue', 'vite.config.ts', 'uno.config.ts', 'package.json', 'tsconfig.json'])
  const file = join(dir, 'data/models.ts')
  const before = readFileSync(file, 'utf8')
  const after = change(before)
  expect(after, 'the corruption applied').not.toBe(before)
  writeFileSync(file, after)
  return dir
}

function build(dir: string) {
  return spawnSync(process.execPath, [slidevBin(), 'build', '--out', join(dir, 'dist')], {
    cwd: dir,
    encoding: 'utf8',
  })
}

describe('npm run build with a malformed data entry', () => {
  it('fails on a negative parameter count, naming entry and field', () => {
    const result = build(projectWith(s => s.replace('params: { kind: \'dense\', total: 175e9 }', 'params: { kind: \'dense\', total: -175e9 }')))
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toContain('data/models.ts: entry "gpt-3" (#5), field "params.total": must be positive')
  })

  it('fails on a bad date, naming entry and field', () => {
    const result = build(projectWith(s => s.replace('date: \'2024-12\'', 'date: \'2024-13\'')))
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toMatch(/entry "deepseek-v3" \(#\d+\), field "date"/)
  })
})

/**
 * What `npm run build:site` built, so `npm run preview` serves it the way it was built (the base
 * path above all) instead of guessing from the HTML. One small JSON file per output folder, kept
 * in .cache/ (never deployed).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'

export interface BuildRecord {
  /** Base path the site was built for, e.g. "/talk/". */
  base: string
  /** Absolute output folder. */
  outDir: string
  /** Speaker notes in the bundle. */
  notes: boolean
  /** The slides PDF sits in the site. */
  pdf: boolean
}

/** Where the record of a build into `outDir` is kept (`root`: the project folder). */
export function buildRecordPath(outDir: string, root: string = process.cwd()): string {
  const id = createHash('sha256').update(resolve(root, outDir)).digest('hex').slice(0, 16)
  return join(root, '.cache', 'site-builds', `${id}.json`)
}

export function writeBuildRecord(record: BuildRecord, root: string = process.cwd()): string {
  const file = buildRecordPath(record.outDir, root)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`)
  return file
}

/** The record of the last build into `outDir`; throws, saying what to run, when there is none. */
export function readBuildRecord(outDir: string, root: string = process.cwd()): BuildRecord {
  const file = buildRecordPath(outDir, root)
  if (!existsSync(file))
    throw new Error(`no record of a build into ${resolve(root, outDir)} (${file}): run \`npm run build:site\` first`)
  const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuildRecord>
  const wrong = [
    ...(['base', 'outDir'] as const).filter(key => typeof record[key] !== 'string').map(key => `"${key}" must be a string`),
    ...(['notes', 'pdf'] as const).filter(key => typeof record[key] !== 'boolean').map(key => `"${key}" must be true or false`),
  ]
  if (wrong.length)
    throw new Error(`${file}: ${wrong.join(', ')}; rebuild with \`npm run build:site\``)
  if (!/^\/(?:.*\/)?$/.test(record.base!))
    throw new Error(`${file}: "base" must start and end with "/", not ${JSON.stringify(record.base)}`)
  return record as BuildRecord
}

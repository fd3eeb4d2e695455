/**
 * The built site's data: each `parseRecords('data/x.ts', Schema, raw, …)` call in data/*.ts is
 * replaced by the records that call returned when vite.config.ts loaded (and so validated) the
 * data in Node. The browser gets the same records as JSON, without zod and the schemas (~28 KB
 * gzip, and ~35 ms of work on a phone before the first chart can draw).
 *
 * What data/*.ts imports from lib/data/schema and lib/data/validate — however the import is
 * written, once resolved — is a stand-in module instead, so zod cannot come into the browser
 * through the data files. Its exports are markers that tree-shaking drops once the calls are
 * replaced; a marker left in the output (a schema still used as a value) fails the build.
 *
 * Only `slidev build`: while editing (`slidev`), the browser still validates, so a broken entry
 * shows Slidev's error overlay as soon as the file is saved.
 */
import type { Plugin } from 'vite'
import { resolve, sep } from 'node:path'
import * as schema from '../data/schema.ts'
import * as validate from '../data/validate.ts'

const CALL = /parseRecords\(\s*'([^']+)'[^()]*\)/g

/** The validation modules data/*.ts import (lib/data/NAME.ts) and their runtime exports. */
const VALIDATION_MODULES: Record<string, object> = { schema, validate }

const STAND_IN = '\0deck:prevalidated:'
/** What a stand-in export holds: found in the output, it names the export still in use. */
export const STAND_IN_MARK = 'deck: used in the browser although prevalidated: '

/** `code` with every parseRecords call replaced by its records; throws for a call it has no records for. */
export function inlineValidated(code: string, records: ReadonlyMap<string, readonly unknown[]>): string {
  return code.replace(CALL, (_call, file: string) => {
    const data = records.get(file)
    if (!data)
      throw new Error(`deck: no validated records for parseRecords('${file}', …): is the file imported by data/index.ts?`)
    // JSON.parse of a string literal: parsed faster than the same object literal, and the result
    // is plain data, like the validated records themselves.
    return `JSON.parse(${JSON.stringify(JSON.stringify(data))})`
  })
}

/** The stand-in for a validation module with these export names: each export a marker string. */
export function standInModule(module: string, names: readonly string[]): string {
  return names.map(name => `export const ${name} = ${JSON.stringify(`${STAND_IN_MARK}${name} from lib/data/${module}`)}\n`).join('')
}

/** The markers of stand-in exports left in built code (exports still used in the browser). */
export function standInsUsed(code: string): string[] {
  return [...code.matchAll(new RegExp(`${STAND_IN_MARK.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([\\w$]+ from lib/data/\\w+)`, 'g'))].map(m => m[1]!)
}

export function prevalidatedData(): Plugin {
  let dataDir = ''
  const modules = new Map(Object.keys(VALIDATION_MODULES).map(name => [resolve(import.meta.dirname, '../data', `${name}.ts`), name]))
  return {
    name: 'deck:prevalidated-data',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      dataDir = resolve(config.root, 'data') + sep
    },
    async buildStart() {
      // Already loaded by vite.config.ts; importing again is free and makes the dependency explicit.
      await import('../../data/index.ts')
    },
    async resolveId(source, importer, options) {
      if (!importer?.startsWith(dataDir))
        return
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      const module = resolved && modules.get(resolved.id.split('?')[0]!)
      if (module)
        return `${STAND_IN}${module}`
    },
    load(id) {
      if (!id.startsWith(STAND_IN))
        return
      const module = id.slice(STAND_IN.length)
      return standInModule(module, Object.keys(VALIDATION_MODULES[module]!))
    },
    transform(code, id) {
      if (!id.startsWith(dataDir) || !id.endsWith('.ts') || !code.includes('parseRecords('))
        return
      const out = inlineValidated(code, validate.validatedRecords)
      if (out.includes('parseRecords('))
        throw new Error(`deck: ${id} calls parseRecords in a form lib/vite/prevalidated-data.ts cannot replace`)
      return out
    },
    renderChunk(code, chunk) {
      const used = standInsUsed(code)
      if (used.length)
        this.error(`deck: ${chunk.fileName} still uses ${used.join(', ')} in the browser; the data files may use lib/data/schema and lib/data/validate only through parseRecords (lib/vite/prevalidated-data.ts)`)
    },
  }
}

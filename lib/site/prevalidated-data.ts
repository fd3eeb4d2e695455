/**
 * The built site's data: each `parseRecords('data/x.ts', Schema, raw, …)` call in data/*.ts is
 * replaced by the records that call returned when vite.config.ts loaded (and so validated) the
 * data in Node. The browser gets the same records as JSON, without zod and the schemas (~28 KB
 * gzip, and ~35 ms of work on a phone before the first chart can draw).
 *
 * Only `slidev build`: while editing (`slidev`), the browser still validates, so a broken entry
 * shows Slidev's error overlay as soon as the file is saved.
 */
import type { Plugin } from 'vite'
import { resolve, sep } from 'node:path'
import { validatedRecords } from '../data/validate'

const CALL = /parseRecords\(\s*'([^']+)'[^()]*\)/g

/** Value imports of the schemas and the validator: side effects (zod's config, schema building) keep them in a bundle. */
const VALIDATION_IMPORT = /^import \{([^}]*)\} from '\.\.\/lib\/data\/(?:schema|validate)'\n/gm

/**
 * `code` with every parseRecords call replaced by its records, and the then unused imports of
 * lib/schema and lib/validate removed; throws for a call it has no records for.
 */
export function inlineValidated(code: string, records: ReadonlyMap<string, readonly unknown[]>): string {
  const inlined = code.replace(CALL, (_call, file: string) => {
    const data = records.get(file)
    if (!data)
      throw new Error(`deck: no validated records for parseRecords('${file}', …): is the file imported by data/index.ts?`)
    // JSON.parse of a string literal: parsed faster than the same object literal, and the result
    // is plain data, like the validated records themselves.
    return `JSON.parse(${JSON.stringify(JSON.stringify(data))})`
  })
  return inlined.replace(VALIDATION_IMPORT, (statement, names: string) => {
    // `typeof ListItemSchema` in a type annotation is erased with the types: not a use.
    const rest = inlined.replace(statement, '').replace(/\btypeof\s+\w+/g, '')
    const used = names.split(',').map(n => n.trim()).filter(Boolean).some(n => new RegExp(`\\b${n}\\b`).test(rest))
    return used ? statement : ''
  })
}

export function prevalidatedData(): Plugin {
  let dataDir = ''
  return {
    name: 'deck:prevalidated-data',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      dataDir = resolve(config.root, 'data') + sep
    },
    async buildStart() {
      // Already loaded by vite.config.ts; importing again is free and makes the dependency explicit.
      await import('../../data/index')
    },
    transform(code, id) {
      if (!id.startsWith(dataDir) || !id.endsWith('.ts') || !code.includes('parseRecords('))
        return
      const out = inlineValidated(code, validatedRecords)
      if (out.includes('parseRecords('))
        throw new Error(`deck: ${id} calls parseRecords in a form lib/site/prevalidated-data.ts cannot replace`)
      return out
    },
  }
}

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as schema from '../../../lib/data/schema.ts'
import { validatedRecords } from '../../../lib/data/validate.ts'
import { inlineValidated, STAND_IN_MARK, standInModule, standInsUsed } from '../../../lib/vite/prevalidated-data.ts'
import '../../../data/index.ts'

describe('data inlined for the browser', () => {
  it('replaces the parseRecords call with the records', () => {
    const code = [
      `import type { z } from 'zod'`,
      `import { ListItemSchema } from '../lib/data/schema'`,
      `import { parseRecords } from '../lib/data/validate'`,
      `export const raw: z.input<typeof ListItemSchema>[] = [{ id: 'a' }]`,
      `export const items = parseRecords('data/x.ts', ListItemSchema, raw, { sourceIds })`,
      '',
    ].join('\n')
    const out = inlineValidated(code, new Map([['data/x.ts', [{ id: 'a', inArticle: false }]]]))
    expect(out).toContain(`export const items = JSON.parse("[{\\"id\\":\\"a\\",\\"inArticle\\":false}]")`)
    expect(out).not.toContain('parseRecords(')
  })

  it('gives the data files stand-ins for the validation modules: every export, each a marker the build looks for', () => {
    const names = Object.keys(schema)
    expect(names).toContain('ListItemSchema')
    const stand = standInModule('schema', names)
    expect(stand.match(/^export const \w+ = /gm)).toHaveLength(names.length)
    expect(stand).not.toMatch(/zod|import/)
    // A schema still used as a value reaches the output as its marker, named; unused, nothing does.
    const leaked = `const s = ${JSON.stringify(`${STAND_IN_MARK}ListItemSchema from lib/data/schema`)};console.log(s)`
    expect(standInsUsed(leaked)).toEqual(['ListItemSchema from lib/data/schema'])
    expect(standInsUsed('const x = JSON.parse("[]")')).toEqual([])
  })

  it('refuses a call it has no records for', () => {
    expect(() => inlineValidated(`parseRecords('data/y.ts', S, raw)`, new Map())).toThrow(/data\/y\.ts/)
  })

  it('gives the browser exactly the records the deck validated, for every data file', () => {
    for (const file of ['models', 'sources', 'trends', 'challenges']) {
      const out = inlineValidated(readFileSync(`data/${file}.ts`, 'utf8'), validatedRecords)
      expect(out, file).not.toContain('parseRecords(')
      const literal = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(out)![1]!
      expect(JSON.parse(JSON.parse(literal)), file).toEqual(validatedRecords.get(`data/${file}.ts`))
    }
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { challenges, models, sources, trends } from '../../../data/index'
import { validatedRecords } from '../../../lib/data/validate'
import { inlineValidated } from '../../../lib/site/prevalidated-data'

describe('data inlined for the browser', () => {
  it('replaces the parseRecords call with the records, and drops the now unused validation imports', () => {
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
    expect(out).not.toMatch(/lib\/(?:schema|validate)/)
    expect(out).toContain(`import type { z } from 'zod'`)
  })

  it('keeps an import that is still used as a value', () => {
    const code = `import { ListItemSchema } from '../lib/data/schema'\nexport const s = ListItemSchema\nexport const x = parseRecords('data/x.ts', ListItemSchema, [])\n`
    expect(inlineValidated(code, new Map([['data/x.ts', []]]))).toContain(`import { ListItemSchema } from '../lib/data/schema'`)
  })

  it('refuses a call it has no records for', () => {
    expect(() => inlineValidated(`parseRecords('data/y.ts', S, raw)`, new Map())).toThrow(/data\/y\.ts/)
  })

  it('gives the browser exactly the records the deck validated, for every data file', () => {
    expect(validatedRecords.get('data/models.ts')).toBe(models)
    expect(validatedRecords.get('data/sources.ts')).toBe(sources)
    expect(validatedRecords.get('data/trends.ts')).toBe(trends)
    expect(validatedRecords.get('data/challenges.ts')).toBe(challenges)
    for (const file of ['models', 'sources', 'trends', 'challenges']) {
      const out = inlineValidated(readFileSync(`data/${file}.ts`, 'utf8'), validatedRecords)
      expect(out, file).not.toContain('parseRecords(')
      // Type-only imports are erased with the types.
      expect(out, file).not.toMatch(/^import \{[^}]*\} from '\.\.\/lib\/(?:schema|validate)'/m)
      const literal = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(out)![1]!
      expect(JSON.parse(JSON.parse(literal)), file).toEqual(validatedRecords.get(`data/${file}.ts`))
    }
  })
})

/**
 * Turns raw data arrays into validated records, or throws one `DataError` that names the file,
 * the entry (by id when it has one, else by position) and the field. Vite loads the data in
 * `vite.config.ts`, so the same error stops `slidev build` / `slidev` before anything renders.
 */
import type { z } from 'zod'
import { templateFigures } from '../deck/figures.ts'

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: entry ${entry}, field "${field}": ${problem}`)
    this.name = 'DataError'
  }
}

function entryLabel(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id
  return typeof id === 'string' && id ? `"${id}" (#${index + 1})` : `#${index + 1}`
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value
  for (const key of path)
    current = current == null ? undefined : (current as Record<PropertyKey, unknown>)[key]
  return current
}

export interface ParseOptions {
  /** Ids a record's `sources` may name; each must exist. */
  sourceIds?: ReadonlySet<string>
  /** Ids the `{figure-id}` placeholders of a record's `evidence.text` may name; each must exist. */
  figureIds?: ReadonlySet<string>
}

/**
 * Every parseRecords result so far, by file: the build ships these as JSON to the browser
 * (lib/vite/prevalidated-data.ts), so zod and the schemas stay out of the site's JavaScript.
 */
export const validatedRecords = new Map<string, readonly unknown[]>()

export function parseRecords<S extends z.ZodType>(
  file: string,
  schema: S,
  raw: readonly unknown[],
  options: ParseOptions = {},
): z.infer<S>[] {
  const seen = new Map<string, number>()
  const records = raw.map((item, index) => {
    const label = entryLabel(item, index)
    const result = schema.safeParse(item)
    if (!result.success) {
      const issue = result.error.issues[0]!
      const field = issue.path.length ? issue.path.join('.') : '(entry)'
      // A missing key reads better as "is missing" than as a type mismatch with undefined.
      const missing = issue.code === 'invalid_type' && valueAt(item, issue.path) === undefined
      throw new DataError(file, label, field, missing ? 'is missing' : issue.message)
    }
    const record = result.data as { id?: string, sources?: string[] }
    if (record.id !== undefined) {
      const first = seen.get(record.id)
      if (first !== undefined)
        throw new DataError(file, label, 'id', `duplicates the id of entry #${first + 1}`)
      seen.set(record.id, index)
    }
    const allRefs = [...(record.sources ?? []), ...((record as { evidence?: { sources: string[] } }).evidence?.sources ?? [])]
    if (options.sourceIds) {
      for (const ref of allRefs) {
        if (!options.sourceIds.has(ref)) {
          const field = record.sources?.includes(ref) ? 'sources' : 'evidence.sources'
          throw new DataError(file, label, field, `names unknown source "${ref}" (add it to data/sources.ts)`)
        }
      }
    }
    const template = (record as { evidence?: { text: string } }).evidence?.text
    if (options.figureIds && template !== undefined) {
      for (const ref of templateFigures(template)) {
        if (!options.figureIds.has(ref))
          throw new DataError(file, label, 'evidence.text', `names unknown figure "{${ref}}" (add it to data/figures.ts)`)
      }
    }
    return result.data
  })
  validatedRecords.set(file, records)
  return records
}

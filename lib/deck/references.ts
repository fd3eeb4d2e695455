import type { Source } from '../data/schema.ts'

/** Sources sorted by author then year, cut into `of` near-equal parts; returns part `part` (1-based). */
export function sliceReferences<T extends Pick<Source, 'authors' | 'year'>>(sources: readonly T[], part = 1, of = 1): T[] {
  if (!Number.isInteger(of) || of < 1 || !Number.isInteger(part) || part < 1 || part > of)
    throw new RangeError(`references: part ${part} of ${of} is not a valid split`)
  const sorted = [...sources].sort((a, b) => a.authors.localeCompare(b.authors, 'en') || a.year - b.year)
  const size = Math.ceil(sorted.length / of)
  return sorted.slice((part - 1) * size, part * size)
}

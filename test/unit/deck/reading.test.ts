import { describe, expect, it } from 'vitest'
import { nestedHeadingLevels } from '../../../lib/deck/reading.ts'

describe('a slide\'s headings under the reading view\'s heading for it', () => {
  it('continue one level below it, in the slide\'s own order, skipping no level', () => {
    expect(nestedHeadingLevels([1, 3, 3], 2)).toEqual([3, 4, 4])
    expect(nestedHeadingLevels([1, 2, 3, 2], 2)).toEqual([3, 4, 5, 4])
    expect(nestedHeadingLevels([2], 2)).toEqual([3])
    expect(nestedHeadingLevels([], 2)).toEqual([])
  })

  it('a slide that starts below its top level still starts one below the parent', () => {
    expect(nestedHeadingLevels([3, 1, 3], 2)).toEqual([3, 3, 4])
  })

  it('never beyond 6', () => {
    expect(nestedHeadingLevels([1, 2, 3, 4, 5, 6], 2)).toEqual([3, 4, 5, 6, 6, 6])
  })
})

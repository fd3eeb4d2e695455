import { describe, expect, it } from 'vitest'
import { pickItems } from '../../../lib/deck/items.ts'
import { sliceReferences } from '../../../lib/deck/references.ts'
import { sectionOf, SECTIONS, sectionTitle } from '../../../lib/deck/sections.ts'
import { sourceLabel, sourceUrl } from '../../../lib/deck/sources.ts'
import { normalizeBase } from '../../../lib/site/static-server.ts'

describe('sections', () => {
  it('has the article\'s eight sections', () => {
    expect(SECTIONS).toHaveLength(8)
    expect(sectionTitle(3)).toContain('算法')
    expect(() => sectionTitle(9)).toThrow(RangeError)
  })

  it('finds the section a slide belongs to from the nearest divider before it', () => {
    const fms = [{}, { section: 1 }, {}, {}, { section: 2 }, {}]
    expect(sectionOf(fms, 0)).toBeUndefined()
    expect(sectionOf(fms, 1)).toBe(1)
    expect(sectionOf(fms, 3)).toBe(1)
    expect(sectionOf(fms, 5)).toBe(2)
    expect(sectionOf(fms, 99)).toBe(2)
  })
})

describe('sources', () => {
  it('links arXiv ids to their abstract page and URLs as they are', () => {
    expect(sourceUrl({ arxiv: '1706.03762' })).toBe('https://arxiv.org/abs/1706.03762')
    expect(sourceLabel({ arxiv: '1706.03762' })).toBe('arXiv:1706.03762')
    expect(sourceLabel({ url: 'https://www.epoch.ai/blog/x' })).toBe('epoch.ai')
    expect(sourceLabel({ url: 'https://deploymentsafety.openai.com/gpt-5-5' })).toBe('openai.com')
    expect(sourceLabel({ url: 'https://github.com/QwenLM/Qwen3.5' })).toBe('github.com/QwenLM')
    expect(() => sourceUrl({})).toThrow()
  })
})

describe('sliceReferences', () => {
  const refs = 'EDCBAGF'.split('').map((a, i) => ({ authors: a, year: 2000 + i }))

  it('sorts by author and splits into near-equal parts that cover every entry once', () => {
    const parts = [1, 2, 3].map(p => sliceReferences(refs, p, 3).map(r => r.authors))
    expect(parts).toEqual([['A', 'B', 'C'], ['D', 'E', 'F'], ['G']])
  })

  it('rejects an impossible split', () => {
    expect(() => sliceReferences(refs, 4, 3)).toThrow(RangeError)
    expect(() => sliceReferences(refs, 1, 0)).toThrow(RangeError)
  })
})

describe('pickItems', () => {
  const items = [{ id: 'a' }, { id: 'b' }]
  it('picks by id in order, and all by default', () => {
    expect(pickItems(items, ['b', 'a'])).toEqual([{ id: 'b' }, { id: 'a' }])
    expect(pickItems(items)).toEqual(items)
    expect(() => pickItems(items, ['c'])).toThrow(/unknown item id "c"/)
  })
})

describe('normalizeBase', () => {
  it.each([['/', '/'], ['', '/'], ['deck', '/deck/'], ['/deck', '/deck/'], ['/a/b/', '/a/b/']])('%s → %s', (input, out) => {
    expect(normalizeBase(input)).toBe(out)
  })
})

import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CLOSING_LAYOUTS, FOOTERLESS_LAYOUTS, isClosingSlide, showsFooter } from '../../../lib/deck/layouts.ts'

const root = new URL('../../../', import.meta.url)

describe('which slides carry the page footer', () => {
  it('hides it on the cover, section dividers and closing slides, and where a slide says footer: false', () => {
    for (const layout of ['cover', 'section', 'closing', 'end'])
      expect(showsFooter({ layout }), layout).toBe(false)
    expect(showsFooter({})).toBe(true)
    expect(showsFooter({ layout: 'default' })).toBe(true)
    expect(showsFooter({ layout: 'default', footer: false })).toBe(false)
    expect(showsFooter({ footer: true })).toBe(true)
  })

  it('names layouts that exist: the deck\'s own (layouts/) or Slidev\'s end', () => {
    for (const layout of new Set([...FOOTERLESS_LAYOUTS, ...CLOSING_LAYOUTS])) {
      if (layout !== 'end')
        expect(existsSync(new URL(`layouts/${layout}.vue`, root)), layout).toBe(true)
    }
  })

  it('counts the closing slides as closing, nothing else', () => {
    expect(isClosingSlide({ layout: 'closing' })).toBe(true)
    expect(isClosingSlide({ layout: 'end' })).toBe(true)
    expect(isClosingSlide({ layout: 'section' })).toBe(false)
    expect(isClosingSlide({})).toBe(false)
  })

  it('is said here only: the footer and the handout keep no list of layout names', () => {
    for (const file of ['global-bottom.vue', 'lib/deck/handout.ts']) {
      const text = readFileSync(new URL(file, root), 'utf8')
      expect(text, file).not.toMatch(/['"](cover|section|closing|end)['"]/)
    }
  })
})

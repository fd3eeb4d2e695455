import { describe, expect, it } from 'vitest'
import { fitScale, isNarrowPortrait, nestedHeadingLevels, readingLocation, readingRedirect, slideFromHash, slideInView, slidePath } from '../../../lib/deck/reading'

describe('which screens are phones in portrait', () => {
  it('narrow and taller than wide', () => {
    expect(isNarrowPortrait({ width: 390, height: 844 })).toBe(true)
    expect(isNarrowPortrait({ width: 600, height: 900 })).toBe(true)
  })

  it('not a phone in landscape, a tablet, a desktop, or an unmeasured window', () => {
    expect(isNarrowPortrait({ width: 844, height: 390 })).toBe(false)
    expect(isNarrowPortrait({ width: 601, height: 1000 })).toBe(false)
    expect(isNarrowPortrait({ width: 1280, height: 800 })).toBe(false)
    expect(isNarrowPortrait({ width: 500, height: 500 })).toBe(false)
    expect(isNarrowPortrait({ width: 0, height: 0 })).toBe(false)
  })
})

describe('deep links between the slides and the reading view', () => {
  it('reads the slide number from the hash, within the deck', () => {
    expect(slideFromHash('#12', 45)).toBe(12)
    expect(slideFromHash('12', 45)).toBe(12)
    expect(slideFromHash('#1', 3)).toBe(1)
    expect(slideFromHash('#46', 45)).toBeUndefined()
    expect(slideFromHash('#0', 45)).toBeUndefined()
    expect(slideFromHash('', 45)).toBeUndefined()
    expect(slideFromHash('#intro', 45)).toBeUndefined()
    expect(slideFromHash('#1e3', 45)).toBeUndefined()
  })

  it('slide N ↔ /read#N, the first slide at the top of the page', () => {
    expect(readingLocation(12)).toEqual({ path: '/read', hash: '#12' })
    expect(readingLocation(1)).toEqual({ path: '/read', hash: '' })
    expect(readingLocation(undefined)).toEqual({ path: '/read', hash: '' })
    expect(slidePath(12)).toBe('/12')
    expect(slidePath(0)).toBe('/1')
    for (const no of [2, 7, 45, 120])
      expect(slideFromHash(readingLocation(no).hash, 200)).toBe(no)
  })
})

describe('the redirect to the reading view', () => {
  const phone = { viewport: { width: 390, height: 844 }, prefersSlides: false, total: 45 }
  const play = (no: string, query: Record<string, unknown> = {}) => ({ name: 'play', params: { no }, query })

  it('sends a slide on a phone in portrait to the same slide in the reading view', () => {
    expect(readingRedirect(play('12'), phone)).toEqual({ path: '/read', hash: '#12' })
    expect(readingRedirect(play('1'), phone)).toEqual({ path: '/read', hash: '' })
  })

  it('a slide number the deck does not have opens the top', () => {
    expect(readingRedirect(play('99'), phone)).toEqual({ path: '/read', hash: '' })
  })

  it('leaves wide screens, landscape phones and a visitor who chose the slides alone', () => {
    expect(readingRedirect(play('12'), { ...phone, viewport: { width: 1280, height: 800 } })).toBeUndefined()
    expect(readingRedirect(play('12'), { ...phone, viewport: { width: 844, height: 390 } })).toBeUndefined()
    expect(readingRedirect(play('12'), { ...phone, prefersSlides: true })).toBeUndefined()
  })

  it('never redirects prints, exports, embeds or other pages', () => {
    for (const key of ['print', 'embedded', 'export'])
      expect(readingRedirect(play('3', { [key]: 'true' }), phone), key).toBeUndefined()
    expect(readingRedirect({ name: 'handout', params: {}, query: {} }, phone)).toBeUndefined()
    expect(readingRedirect({ name: 'read', params: {}, query: {} }, phone)).toBeUndefined()
  })
})

describe('the slide in view', () => {
  const boxes = [
    { no: 1, top: -900, bottom: -100 },
    { no: 2, top: -100, bottom: 500 },
    { no: 3, top: 500, bottom: 1300 },
  ]

  it('is the last slide whose top has passed a third of the viewport', () => {
    expect(slideInView(boxes, 844)).toBe(2)
    expect(slideInView(boxes.map(b => ({ ...b, top: b.top - 300, bottom: b.bottom - 300 })), 844)).toBe(3)
  })

  it('at the end of the page, the last slide whose top is on screen', () => {
    const end = [{ no: 44, top: -200, bottom: 300 }, { no: 45, top: 300, bottom: 800 }]
    expect(slideInView(end, 844)).toBe(44)
    expect(slideInView(end, 844, true)).toBe(45)
  })

  it('is the first slide at the top of the page, and none without slides', () => {
    expect(slideInView([{ no: 1, top: 400, bottom: 900 }, { no: 2, top: 900, bottom: 1400 }], 844)).toBe(1)
    expect(slideInView([], 844)).toBeUndefined()
  })
})

describe('fitting a slide to the column', () => {
  it('scales down to the width, never up', () => {
    expect(fitScale(490, 980)).toBe(0.5)
    expect(fitScale(2000, 980)).toBe(1)
    expect(fitScale(0, 980)).toBe(0)
    expect(fitScale(390, 0)).toBe(0)
  })
})

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

import { afterEach, describe, expect, it, vi } from 'vitest'
import { dismissBootWhenRendered } from '../../lib/client/boot.ts'

const flush = () => new Promise(resolve => setTimeout(resolve, 0))

describe('the boot card', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.useRealTimers()
  })

  it('goes as soon as a slide has rendered, and not before', async () => {
    document.body.innerHTML = '<div class="deck-boot"><h1>封面</h1></div><div id="app"><div class="slidev-page"></div></div>'
    dismissBootWhenRendered(document)
    await flush()
    expect(document.querySelector('.deck-boot')).not.toBeNull()
    document.querySelector('.slidev-page')!.innerHTML = '<div class="slidev-layout deck-cover"></div>'
    await flush()
    expect(document.querySelector('.deck-boot')).toBeNull()
  })

  it('goes at once when a slide is already there, and does nothing without a card', () => {
    document.body.innerHTML = '<div class="deck-boot"></div><div id="app"><div class="slidev-layout"></div></div>'
    dismissBootWhenRendered(document)
    expect(document.querySelector('.deck-boot')).toBeNull()
    expect(() => dismissBootWhenRendered(document)()).not.toThrow()
  })

  it('goes after the timeout on a page without slides, unless stopped', () => {
    vi.useFakeTimers()
    document.body.innerHTML = '<div class="deck-boot"></div><div id="app"></div>'
    dismissBootWhenRendered(document, document.body, { timeoutMs: 500 })
    vi.advanceTimersByTime(499)
    expect(document.querySelector('.deck-boot')).not.toBeNull()
    vi.advanceTimersByTime(1)
    expect(document.querySelector('.deck-boot')).toBeNull()

    document.body.innerHTML = '<div class="deck-boot"></div><div id="app"></div>'
    dismissBootWhenRendered(document, document.body, { timeoutMs: 500 })()
    vi.advanceTimersByTime(1000)
    expect(document.querySelector('.deck-boot')).not.toBeNull()
  })
})

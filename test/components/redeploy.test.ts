import { afterEach, describe, expect, it, vi } from 'vitest'
import { offerRefresh, REDEPLOY_TEXT } from '../../lib/site/client/redeploy'

describe('the "有新版本 — 刷新" offer', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('is a status message with a button named in Chinese that refreshes', () => {
    const refresh = vi.fn()
    const bar = offerRefresh(document, refresh)
    expect(bar.getAttribute('role')).toBe('status')
    expect(bar.textContent).toContain(REDEPLOY_TEXT.message)
    const button = bar.querySelector('button')!
    expect(button.getAttribute('aria-label')).toBe('有新版本 — 刷新')
    button.click()
    expect(refresh).toHaveBeenCalledOnce()
  })

  it('is shown once however often it is offered', () => {
    offerRefresh(document, () => {})
    offerRefresh(document, () => {})
    expect(document.querySelectorAll('.deck-update')).toHaveLength(1)
  })
})

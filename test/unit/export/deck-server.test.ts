import { describe, expect, it } from 'vitest'
import { openDeck, slideSize } from '../../../lib/export/deck-server.ts'

describe('the deck an export prints', () => {
  it('is one slide of the headmatter\'s canvas, as Slidev reads it', () => {
    expect(slideSize({ canvasWidth: 980, aspectRatio: '16/9' })).toEqual({ width: 980, height: 551 })
    expect(slideSize({ canvasWidth: 1200, aspectRatio: 4 / 3 })).toEqual({ width: 1200, height: 900 })
  })

  it('is not left served when the browser fails to start', async () => {
    let closed = 0
    const serve = async () => ({ url: 'http://127.0.0.1:1/', close: async () => void closed++ })
    await expect(openDeck(serve, '/nonexistent/chromium')).rejects.toThrow()
    expect(closed).toBe(1)
  })
})

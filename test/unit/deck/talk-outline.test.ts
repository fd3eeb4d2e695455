import { describe, expect, it } from 'vitest'
import { talkOutline } from '../../../lib/deck/plan.ts'

describe('talkOutline', () => {
  it('says the parts and, when planned, the minutes', () => {
    expect(talkOutline(7, 40)).toBe('7 个部分 + 附录 · 约 40 分钟')
    expect(talkOutline(7, 39.6)).toBe('7 个部分 + 附录 · 约 40 分钟')
    expect(talkOutline(7)).toBe('7 个部分 + 附录')
  })

  it('rejects a length that is none', () => {
    expect(() => talkOutline(7, 0)).toThrow(RangeError)
  })
})

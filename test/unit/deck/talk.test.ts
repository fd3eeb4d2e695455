import { describe, expect, it } from 'vitest'
import { talkOutline } from '../../../lib/deck/talk'

describe('talkOutline', () => {
  it('reads the duration as Slidev does', () => {
    expect(talkOutline(7, '40min')).toBe('7 个部分 + 附录 · 约 40 分钟')
    expect(talkOutline(7, '1h')).toBe('7 个部分 + 附录 · 约 60 分钟')
    expect(talkOutline(7, '45:00')).toBe('7 个部分 + 附录 · 约 45 分钟')
    expect(talkOutline(7)).toBe('7 个部分 + 附录')
  })

  it('rejects a duration that is no length', () => {
    expect(() => talkOutline(7, '0min')).toThrow(RangeError)
  })
})

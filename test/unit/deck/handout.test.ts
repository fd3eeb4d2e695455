/** lib/deck/handout.ts: each slide's running header and outline level, and the @page rules. */
import { describe, expect, it } from 'vitest'
import { cssString, handoutEntries, handoutPageCss } from '../../../lib/deck/handout.ts'
import { SAMPLE_DECK } from './sample-deck.ts'

describe('handout layout', () => {
  const slides = SAMPLE_DECK

  it('gives each slide its section as running header and an outline level', () => {
    const entries = handoutEntries(slides, '讲座')
    expect(entries.map(e => e.header)).toEqual(['讲座', '第 1 部分 · 背景介绍', '第 1 部分 · 背景介绍', '第 2 部分 · 核心概念与联系', '第 2 部分 · 核心概念与联系', '结语', '参考文献', '参考文献'])
    expect(entries.map(e => e.level)).toEqual([2, 2, 3, 2, 3, 2, 2, 2])
    expect(entries[1]!.pageName).toBe(entries[2]!.pageName)
    expect(entries[2]!.pageName).not.toBe(entries[3]!.pageName)
    expect(entries.every(e => /^[a-z][\w-]*$/.test(e.pageName))).toBe(true)
  })

  it('prints one named page rule per header, with page numbers in the footer', () => {
    const css = handoutPageCss(handoutEntries(slides, '讲座'), { documentLabel: '讲座 · 讲义', fontFamily: 'X' })
    expect(css).toContain('size: A4 portrait')
    expect(css).toContain('counter(page)')
    expect(css.match(/@page handout-h\d+/g)).toHaveLength(5)
    expect(css).toContain('"第 1 部分 · 背景介绍"')
  })

  it('escapes CSS strings', () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"')
  })
})

describe('the page rules', () => {
  const entries = handoutEntries(SAMPLE_DECK, '讲座')
  it('print the data cut-off line in every footer when there is one, and none otherwise', () => {
    expect(handoutPageCss(entries, { documentLabel: 'x', fontFamily: 'X' })).not.toContain('@bottom-left')
    const css = handoutPageCss(entries, { documentLabel: 'x', fontFamily: 'X', dataCutoff: '数据截至 2030 年 1 月' })
    expect(css).toMatch(/@bottom-left \{ content: "数据截至 2030 年 1 月";/)
  })
})

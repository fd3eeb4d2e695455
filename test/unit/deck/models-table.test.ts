import { describe, expect, it } from 'vitest'
import { models } from '../../../data/models.ts'
import { sourceById } from '../../../data/sources.ts'
import { paramsMagnitude } from '../../../lib/deck/format.ts'
import { resolveColumns, selectModels, toTableRows } from '../../../lib/deck/models-table.ts'
import { sourceUrl } from '../../../lib/deck/sources.ts'

describe('selectModels', () => {
  it('keeps the data order by default and the given order for rows', () => {
    expect(selectModels(models).map(m => m.id)).toEqual(models.map(m => m.id))
    expect(selectModels(models, { rows: ['gpt-3', 'bert'] }).map(m => m.id)).toEqual(['gpt-3', 'bert'])
  })

  it('sorts by date, name and parameters, undisclosed last in both orders', () => {
    const byDate = selectModels(models, { sort: 'date', order: 'desc' }).map(m => m.date)
    expect(byDate).toEqual([...byDate].sort().reverse())
    const asc = selectModels(models, { sort: 'params' }).map(m => m.id)
    const desc = selectModels(models, { sort: 'params', order: 'desc' }).map(m => m.id)
    const undisclosed = models.filter(m => m.params.kind === 'undisclosed').map(m => m.id)
    expect(undisclosed.length).toBeGreaterThan(0)
    expect(new Set(asc.slice(-undisclosed.length))).toEqual(new Set(undisclosed))
    expect(new Set(desc.slice(-undisclosed.length))).toEqual(new Set(undisclosed))
    expect(asc[0]).toBe('transformer')
    expect(desc[0]).toBe('kimi-k2') // 1万亿, the largest total
    const sizes = desc.slice(0, -undisclosed.length).map(id => paramsMagnitude(models.find(m => m.id === id)!.params)!)
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
  })

  it('rejects an unknown row id with its name', () => {
    expect(() => selectModels(models, { rows: ['gpt-9'] })).toThrow(/unknown model id "gpt-9"/)
  })
})

describe('toTableRows', () => {
  const rows = toTableRows(models, sourceById, { highlight: ['gpt-3'] })
  const row = (id: string) => rows.find(r => r.id === id)!

  it('formats every cell from the record', () => {
    expect(row('gpt-3').cells).toMatchObject({ name: 'GPT-3', org: 'OpenAI', year: '2020', params: '1750亿', modality: '文本' })
    expect(row('deepseek-v3').cells.params).toBe('6710亿（激活370亿）')
    expect(row('bert').cells.params).toBe('1.1亿 / 3.4亿')
    expect(row('dall-e').cells.modality).toBe('文本 → 图像')
  })

  it('marks undisclosed sizes instead of guessing', () => {
    expect(row('gpt-4').undisclosed).toBe(true)
    expect(row('gpt-4').cells.params).toBe('未公开')
    expect(rows.filter(r => r.undisclosed).map(r => r.id)).toEqual(['gpt-4', 'gpt-5', 'gemini-3-pro', 'claude-opus-4-6', 'gpt-5-5'])
    expect(row('gpt-5').cells.params).toBe('未公开')
  })

  it('links every source', () => {
    expect(row('gpt-3').sources.map(sourceUrl)).toEqual(['https://arxiv.org/abs/2005.14165', 'https://arxiv.org/abs/2104.10350'])
    expect(sourceUrl(row('gpt-2').sources[0]!)).toMatch(/^https:\/\/cdn\.openai\.com\//)
    for (const r of rows)
      expect(r.sources.length).toBeGreaterThan(0)
  })

  it('highlights only the requested rows', () => {
    expect(rows.filter(r => r.highlighted).map(r => r.id)).toEqual(['gpt-3'])
  })

  it('keeps a note on what a count covers', () => {
    expect(row('stable-diffusion').paramsNote).toContain('UNet')
    expect(row('stable-diffusion').paramsLabel).toContain('UNet')
  })
})

describe('resolveColumns', () => {
  it('defaults to all seven columns in order', () => {
    expect(resolveColumns()).toEqual(['name', 'org', 'year', 'params', 'architecture', 'modality', 'source'])
  })

  it('rejects an unknown column', () => {
    expect(() => resolveColumns(['name', 'flops' as never])).toThrow(/unknown column "flops"/)
  })
})

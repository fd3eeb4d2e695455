import { describe, expect, it } from 'vitest'
import { parseHandoutArgs, parseSlidesArgs } from '../../../lib/export/cli'

describe('the slides export command line', () => {
  it('takes --format and --output, and passes Slidev\'s export flags on', () => {
    expect(parseSlidesArgs(['--format', 'png', '--dark', '-o', 'a', '--range', '1-3'])).toEqual({
      format: 'png',
      output: 'a',
      range: '1-3',
      slidev: ['--dark'],
    })
    expect(parseSlidesArgs(['--format=pptx', '--output=b.pptx'])).toMatchObject({ format: 'pptx', output: 'b.pptx', slidev: [] })
    expect(parseSlidesArgs([])).toEqual({ format: 'pdf', output: undefined, range: undefined, slidev: [] })
  })

  it('rejects an unknown format, naming the choices', () => {
    expect(() => parseSlidesArgs(['--format', 'docx'])).toThrow('--format docx: choose one of pdf, png, pptx')
  })

  it('rejects a flag it does not know and a flag without its value, in one line', () => {
    expect(() => parseSlidesArgs(['--darkk'])).toThrow(/^Unknown option '--darkk'$/)
    expect(() => parseSlidesArgs(['--output'])).toThrow(/--output/)
  })
})

describe('the handout command line', () => {
  it('takes --per-page and --output only', () => {
    expect(parseHandoutArgs(['--per-page', '3', '--output', 'h.pdf'])).toEqual({ output: 'h.pdf', perPage: '3' })
    expect(parseHandoutArgs([])).toEqual({ output: undefined, perPage: undefined })
    expect(() => parseHandoutArgs(['--range', '1'])).toThrow(/Unknown option '--range'/)
  })
})

import { describe, expect, it } from 'vitest'
import { parseHandoutArgs, parseSlidesArgs, slidevFlags } from '../../../lib/export/cli.ts'

describe('the slides export command line', () => {
  it('takes --format and --output, and reads Slidev\'s export flags', () => {
    expect(parseSlidesArgs(['--format', 'png', '--dark', '-o', 'a', '--range', '1-3'])).toEqual({
      format: 'png',
      output: 'a',
      range: '1-3',
      flags: { dark: true },
    })
    expect(parseSlidesArgs(['--format=pptx', '--output=b.pptx'])).toMatchObject({ format: 'pptx', output: 'b.pptx', flags: {} })
    expect(parseSlidesArgs([])).toEqual({ format: 'pdf', output: undefined, range: undefined, flags: {} })
    expect(parseSlidesArgs(['-c', '--timeout', '90000', '--wait', '0', '--wait-until', 'load', '--scale', '1.5', '--per-slide']).flags)
      .toEqual({ withClicks: true, timeout: 90_000, wait: 0, waitUntil: 'load', scale: 1.5, perSlide: true })
  })

  it('rejects a number flag without a number and an unknown --wait-until, naming the flag', () => {
    expect(() => parseSlidesArgs(['--timeout', '60s'])).toThrow('--timeout 60s: must be a positive number')
    expect(() => parseSlidesArgs(['--scale', '0'])).toThrow('--scale 0: must be a positive number')
    expect(() => parseSlidesArgs(['--wait=-1'])).toThrow('--wait -1: must be a non-negative number')
    expect(() => parseSlidesArgs(['--wait-until', 'idle'])).toThrow('--wait-until idle: choose one of networkidle, load, domcontentloaded, none')
  })

  it('gives the flags back to `slidev export` as it reads them', () => {
    const argv = ['--dark', '--with-clicks', '--timeout', '90000', '--wait', '500', '--wait-until', 'load', '--per-slide', '--scale', '1', '--omit-background']
    expect(slidevFlags(parseSlidesArgs(argv).flags)).toEqual(argv)
    expect(slidevFlags({ dark: false })).toEqual([])
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
  it('takes --per-page, --output and --site only', () => {
    expect(parseHandoutArgs(['--per-page', '3', '--output', 'h.pdf'])).toEqual({ output: 'h.pdf', perPage: '3', site: undefined })
    expect(parseHandoutArgs(['--site', 'dist'])).toEqual({ output: undefined, perPage: undefined, site: 'dist' })
    expect(parseHandoutArgs([])).toEqual({ output: undefined, perPage: undefined, site: undefined })
    expect(() => parseHandoutArgs(['--range', '1'])).toThrow(/Unknown option '--range'/)
  })
})

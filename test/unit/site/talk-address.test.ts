import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { afterAll, describe, expect, it } from 'vitest'
import { qrSvg, talkAddress } from '../../../lib/site/talk-address.ts'

const dir = mkdtempSync(join(tmpdir(), 'talk-address-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function withHomepage(homepage: unknown): string {
  writeFileSync(join(dir, 'package.json'), JSON.stringify(homepage === undefined ? { name: 'x' } : { name: 'x', homepage }))
  return dir
}

/** The SVG's modules as an RGBA bitmap, `scale` pixels a unit, for jsQR. */
function rasterise(svg: string, scale = 2): { data: Uint8ClampedArray, size: number } {
  const side = Number(/viewBox="0 0 (\d+) /.exec(svg)![1])
  const size = side * scale
  const data = new Uint8ClampedArray(size * size * 4).fill(255)
  for (const [, x, y, w, h] of svg.matchAll(/M(\d+),(\d+)h(\d+)v(\d+)h-\d+z/g)) {
    for (let yy = Number(y) * scale; yy < (Number(y) + Number(h)) * scale; yy++) {
      for (let xx = Number(x) * scale; xx < (Number(x) + Number(w)) * scale; xx++)
        data.fill(0, (yy * size + xx) * 4, (yy * size + xx) * 4 + 3)
    }
  }
  return { data, size }
}

describe('the talk\'s address', () => {
  it('is package.json\'s homepage, or nothing when it is not set', () => {
    expect(talkAddress(withHomepage(undefined))).toBeUndefined()
    expect(talkAddress(withHomepage(''))).toBeUndefined()
    expect(talkAddress(withHomepage('https://example.org/talk/'))).toBe('https://example.org/talk/')
  })

  it('must be an https address, said in one line', () => {
    expect(() => talkAddress(withHomepage('example.org'))).toThrow(/package.json: "homepage" must be the talk's https address/)
    expect(() => talkAddress(withHomepage(42))).toThrow(/"homepage"/)
  })

  it('the repository ships without one', () => {
    expect(talkAddress('.')).toBeUndefined()
  })

  it('its QR code reads back as the address', () => {
    const url = 'https://example.org/talk/'
    const svg = qrSvg(url)
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/)
    const { data, size } = rasterise(svg)
    expect(jsQR(data, size, size)?.data).toBe(url)
  })
})

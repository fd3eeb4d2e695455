/**
 * Nothing the audience sees may depend on a Chromium-only feature without a fallback: Firefox
 * ignores SVG `baseline-shift` (the compute chart once read "1026" for 10^26 there) and CSS
 * `text-spacing-trim`, and a `-webkit-` property needs its standard twin beside it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const SOURCES = ['styles', 'components', 'layouts', 'setup']
  .flatMap(dir => readdirSync(dir).filter(f => /\.(?:css|vue)$/.test(f)).map(f => join(dir, f)))
  .concat(['global-bottom.vue', 'index.html'].filter(f => existsSync(f)))

/** Properties some engine in use ignores, with what to do instead. */
const NOT_EVERYWHERE: Record<string, string> = {
  'baseline-shift': 'Firefox ignores it: raise with dy on a <tspan> (lib/deck/charts.ts superscript)',
  'text-spacing-trim': 'Firefox ignores it: leave room for the untrimmed line',
  'text-autospace': 'Firefox ignores it',
}

describe('styles and components', () => {
  it('use no property only Chromium understands', () => {
    const found: string[] = []
    for (const file of SOURCES) {
      const text = readFileSync(file, 'utf8')
      for (const [property, instead] of Object.entries(NOT_EVERYWHERE)) {
        if (new RegExp(`(?:^|[\\s;{"'])${property}\\s*[:=]`, 'm').test(text))
          found.push(`${file}: ${property} (${instead})`)
      }
    }
    expect(found).toEqual([])
  })

  it('pair every -webkit- property with its standard one', () => {
    const missing: string[] = []
    for (const file of SOURCES) {
      const text = readFileSync(file, 'utf8')
      for (const block of text.split('}')) {
        for (const [, property] of block.matchAll(/-webkit-([a-z-]+)\s*:/g)) {
          if (!new RegExp(`(?:^|[\\s;{])${property}\\s*:`, 'm').test(block))
            missing.push(`${file}: -webkit-${property}`)
        }
      }
    }
    expect(missing).toEqual([])
  })
})

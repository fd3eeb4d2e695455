import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { waitsForBuild } from '../sequencer.ts'

describe('the test sequencer', () => {
  it('tells a file that waits for the site build before anything else from one that waits inside a test', () => {
    expect(waitsForBuild(`import x from 'y'\n\nawait builtSite()\n\nconst a = 1`)).toBe(true)
    expect(waitsForBuild(`await builtSite('pdf')\n`)).toBe(true)
    expect(waitsForBuild(`it('prints', async () => {\n    await builtSite()\n})`)).toBe(false)
    expect(waitsForBuild(`// await builtSite() is what the others do`)).toBe(false)
  })

  it('starts the longer deck\'s export, which needs no build, first; the handout prints from the build', () => {
    const e2e = 'test/e2e'
    const waiting = readdirSync(e2e).filter(f => f.endsWith('.test.ts')).filter(f => waitsForBuild(readFileSync(join(e2e, f), 'utf8')))
    expect(waiting).not.toContain('long-deck.test.ts')
    expect(waiting).toContain('handout.test.ts')
    expect(waiting).toContain('deck.test.ts')
  })
})

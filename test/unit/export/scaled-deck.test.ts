import { describe, expect, it } from 'vitest'
import { isSectionImport, roundName, scaleSlidesMd, viteConfigWrapper } from '../../../lib/export/scaled-deck.ts'

const MD = [
  '---',
  'title: t',
  '---',
  '# Cover',
  '',
  '---',
  'src: ./pages/00-roadmap.md',
  '---',
  '',
  '---',
  'src: ./pages/01-background.md',
  '---',
  '',
  '---',
  'src: ./pages/07-trends.md',
  '---',
  '',
  '---',
  'src: ./pages/09-references.md',
  '---',
  '',
].join('\n')

const imports = (md: string) => [...md.matchAll(/^src: (\S+)$/gm)].map(m => m[1])

describe('a longer deck for the export benchmark and test', () => {
  it('repeats the section imports (01–07) after the last one, as copies under new names', () => {
    const { md, copies } = scaleSlidesMd(MD, 3)
    expect(imports(md)).toEqual([
      './pages/00-roadmap.md',
      './pages/01-background.md',
      './pages/07-trends.md',
      './pages/01-background.round-2.md',
      './pages/07-trends.round-2.md',
      './pages/01-background.round-3.md',
      './pages/07-trends.round-3.md',
      './pages/09-references.md',
    ])
    expect(copies).toHaveLength(4)
    expect(copies[0]).toEqual({ from: './pages/01-background.md', to: './pages/01-background.round-2.md' })
    expect(md.startsWith('---\ntitle: t\n---\n# Cover')).toBe(true)
  })

  it('leaves the deck as it is at scale 1, and refuses a scale that is not a whole number ≥ 1', () => {
    expect(scaleSlidesMd(MD, 1)).toEqual({ md: MD, copies: [] })
    expect(() => scaleSlidesMd(MD, 0)).toThrow(/scale 0/)
    expect(() => scaleSlidesMd(MD, 1.5)).toThrow(/scale 1.5/)
    expect(() => scaleSlidesMd('# no imports', 2)).toThrow(/no `src:` import of a section file/)
  })

  it('knows the section files by their number', () => {
    expect(isSectionImport('./pages/03-algorithms.md')).toBe(true)
    expect(isSectionImport('./pages/08-faq.md')).toBe(false)
    expect(isSectionImport('./pages/00-roadmap.md')).toBe(false)
    expect(roundName('a/01-x.md', 1)).toBe('a/01-x.md')
  })

  it('lets Vite serve the linked packages', () => {
    expect(viteConfigWrapper('/p/node_modules')).toContain('allow: ["/p/node_modules"]')
    expect(viteConfigWrapper('/p/node_modules')).toContain(`import project from './vite.config.project'`)
  })
})

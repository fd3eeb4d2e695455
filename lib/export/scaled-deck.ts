/**
 * A longer talk for the export benchmark and test: a temporary copy of the project whose
 * `slides.md` imports every section file (`pages/01-…` to `pages/07-…`) `scale` times, the extra
 * rounds as copies under new names, as a user lengthening the talk would. The copy gets its own
 * `node_modules` folder of links to the project's packages, so Vite's cache (`node_modules/.vite`)
 * is its own and two runs do not share or clobber it.
 *
 * Those links lead out of the copy, and Vite serves no file outside its `server.fs.allow` (the
 * copy): KaTeX's fonts would answer 403 and every formula fall back to a system font. The copy's
 * `vite.config.ts` therefore wraps the project's and allows the linked `node_modules`, as a
 * project edited in place has it.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** Top-level entries not needed to export the deck. */
const SKIP = new Set(['node_modules', '.git', '.cache', 'dist', 'exports', 'docs', 'test', '.slidev'])

/** `./pages/03-algorithms.md` → whether it is a numbered section of the talk (01–07). */
export function isSectionImport(src: string): boolean {
  return /(?:^|\/)0[1-7]-[^/]+\.md$/.test(src)
}

/** `pages/03-algorithms.md`, round 2 → `pages/03-algorithms.round-2.md`. */
export function roundName(src: string, round: number): string {
  return round === 1 ? src : src.replace(/\.md$/, `.round-${round}.md`)
}

/**
 * `slides.md` with its section imports repeated: after the last section file's `src:` block, the
 * blocks of rounds 2…`scale`, each naming that round's copy. Imports that are not sections
 * (roadmap, FAQ, references) stay once, where they were. Returns the text and the copies to make.
 */
export function scaleSlidesMd(md: string, scale: number): { md: string, copies: { from: string, to: string }[] } {
  if (!Number.isInteger(scale) || scale < 1)
    throw new RangeError(`scale ${scale}: must be a whole number ≥ 1`)
  const block = /^---\nsrc: (\S+)\n---\n/gm
  const sections = [...md.matchAll(block)].filter(m => isSectionImport(m[1]!))
  if (sections.length === 0)
    throw new Error('slides.md: no `src:` import of a section file (pages/01-… to pages/07-…) to repeat')
  const last = sections.at(-1)!
  const end = last.index + last[0].length
  const copies: { from: string, to: string }[] = []
  let extra = ''
  for (let round = 2; round <= scale; round++) {
    for (const m of sections) {
      const to = roundName(m[1]!, round)
      copies.push({ from: m[1]!, to })
      extra += `\n---\nsrc: ${to}\n---\n`
    }
  }
  return { md: md.slice(0, end) + extra + md.slice(end), copies }
}

/** The copy's Vite config: the project's, plus the project's `node_modules` in `server.fs.allow`. */
export function viteConfigWrapper(nodeModules: string): string {
  return [
    `import { mergeConfig } from 'vite'`,
    `import project from './vite.config.project'`,
    ``,
    `export default mergeConfig(project, { server: { fs: { allow: [${JSON.stringify(nodeModules)}] } } })`,
    ``,
  ].join('\n')
}

/** Copies the project at `root` into a new temporary folder with the deck scaled `scale` times. */
export function scaledProject(scale: number, root = '.', parent = tmpdir()): string {
  const from = resolve(root)
  const copy = mkdtempSync(join(parent, `deck-x${scale}-`))
  for (const entry of readdirSync(from).filter(e => !SKIP.has(e)))
    cpSync(join(from, entry), join(copy, entry), { recursive: true })
  // Links per package, not one link to the folder: Vite writes its cache into node_modules/.vite.
  mkdirSync(join(copy, 'node_modules'))
  for (const entry of readdirSync(join(from, 'node_modules')).filter(e => !e.startsWith('.vite')))
    symlinkSync(join(from, 'node_modules', entry), join(copy, 'node_modules', entry))
  const { md, copies } = scaleSlidesMd(readFileSync(join(copy, 'slides.md'), 'utf8'), scale)
  for (const { from: src, to } of copies)
    cpSync(join(copy, src), join(copy, to))
  writeFileSync(join(copy, 'slides.md'), md)
  renameSync(join(copy, 'vite.config.ts'), join(copy, 'vite.config.project.ts'))
  writeFileSync(join(copy, 'vite.config.ts'), viteConfigWrapper(realpathSync(join(from, 'node_modules'))))
  return copy
}

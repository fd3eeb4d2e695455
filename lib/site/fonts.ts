/**
 * Subsets the bundled fonts to the glyphs the deck uses. fontsource splits Noto Sans SC into ~100
 * unicode-range files of 30–80 KB each, so a slide with a dozen Chinese characters fetches a dozen
 * of them. Here every fontsource face that covers a character of the deck is cut down to exactly
 * those characters, and a generated stylesheet declares the small faces with their exact
 * unicode-range. Family names and font names are kept ("Noto Sans SC", NotoSansSC-Regular), so
 * the site, the PDF and the tests see the same fonts as before, only smaller.
 *
 * The glyph set comes from the sources, not from a list: every character in the Markdown, the
 * data, the components, the layouts and the lib strings, plus ASCII and common punctuation.
 */
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import process from 'node:process'

/** Where the subset fonts are written (by lib/vite/subset-fonts.ts); styles/index.css imports fonts.css from there. */
export const FONTS_DIR = 'styles/generated'

/**
 * Where the characters of the deck come from: [directory, file name pattern]. Every folder but
 * the root is walked recursively, so text in a new subfolder (lib/deck/…, lib/export/…) is never
 * silently left out of the subset fonts.
 */
export const GLYPH_SOURCES: [string, RegExp][] = [
  ['.', /^(?:slides\.md|global-bottom\.vue|global-top\.vue)$/],
  ['pages', /\.md$/],
  ['data', /\.ts$/],
  ['components', /\.vue$/],
  ['layouts', /\.vue$/],
  ['lib', /\.ts$/],
  ['setup', /\.ts$/],
  ['public', /\.js$/],
]

/** The files of one glyph source, sorted; the root's own files only, other folders recursively. */
export function glyphSourceFiles(root: string, [dir, pattern]: [string, RegExp]): string[] {
  const abs = resolve(root, dir)
  if (!existsSync(abs))
    return []
  const names = dir === '.'
    ? readdirSync(abs)
    : readdirSync(abs, { recursive: true, encoding: 'utf8' }).map(n => n.split(sep).join('/'))
  return names.filter(n => pattern.test(n.split('/').at(-1)!) && !n.split('/').includes('node_modules')).sort().map(n => join(abs, n))
}

/** Whether `file` (absolute) is one of the glyph sources of the deck at `root`. */
export function isGlyphSource(root: string, file: string, sources = GLYPH_SOURCES): boolean {
  const rel = relative(root, file)
  if (rel.startsWith('..'))
    return false
  const parts = rel.split(sep)
  const name = parts.at(-1)!
  return sources.some(([d, pattern]) => (d === '.' ? parts.length === 1 : parts.length > 1 && parts[0] === d) && pattern.test(name))
}

/** Always present: printable ASCII and the punctuation, arrows and signs Chinese slides use. */
export const BASE_GLYPHS = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')
}\u00A0–—‘’“”…·•×÷±°→←↑↓↔≈≠≤≥√∞、。，．：；！？（）《》〈〉「」『』【】〔〕～％＋－＝／`

/**
 * The bundled faces to subset. fontsource ships Noto Sans SC twice: in ~100 unicode-range slices
 * per weight (`400.css`), and as one file per weight holding its whole Chinese subset
 * (`chinese-simplified-400.css`, ~7 900 characters with Latin). The deck's characters are cut
 * from the whole file where it has them, so each weight and tier is one face; the slices give the
 * few it lacks (superscripts, arrows, math signs). Few faces matter on a phone: Chromium looks up
 * font data per face and size as it lays text out, and with ~160 faces the reading view spent
 * 279 ms of its first 5 s (unthrottled) in layout, against 137 ms with ~50.
 */
export const FONT_SOURCES: { whole?: string, slices: string }[] = [
  { whole: '@fontsource/noto-sans-sc/chinese-simplified-400.css', slices: '@fontsource/noto-sans-sc/400.css' },
  { whole: '@fontsource/noto-sans-sc/chinese-simplified-700.css', slices: '@fontsource/noto-sans-sc/700.css' },
  { slices: '@fontsource/jetbrains-mono/400.css' },
]

/** Bump to regenerate every file when the output format changes. */
const FORMAT_VERSION = 5
/** `Noto Sans SC Cover`: the cover glyphs again, `font-display: block`, for the boot card. */
export const COVER_FAMILY_SUFFIX = 'Cover'

export interface FontFace {
  family: string
  style: string
  weight: string
  /** Absolute path of the .woff2 file. */
  file: string
  /** Code point ranges, inclusive. */
  ranges: [number, number][]
}

/**
 * Every character of the deck's sources, plus the base set: each once, in the order it first
 * appears (the base set, slides.md, the pages in deck order, then data and code), which is
 * roughly the order a visitor meets them.
 */
export function collectGlyphs(root: string, sources = GLYPH_SOURCES): number[] {
  let text = BASE_GLYPHS
  for (const source of sources) {
    for (const file of glyphSourceFiles(root, source))
      text += readFileSync(file, 'utf8')
  }
  return codePointsInOrder(text)
}

/**
 * The glyphs the first slide shows: ASCII and punctuation, the cover's Markdown (slides.md from
 * the end of the headmatter to the next slide) and the cover layout. They get faces of their own,
 * so opening the deck fetches a few small files instead of every face a cover character is in.
 */
export function coverGlyphs(root: string): number[] {
  let text = BASE_GLYPHS
  const entry = join(root, 'slides.md')
  if (existsSync(entry)) {
    const md = readFileSync(entry, 'utf8').replace(/\r\n/g, '\n')
    const m = /^---\n[\s\S]*?\n---\n([\s\S]*?)(?:\n---\n|$)/.exec(md)
    text += m?.[1] ?? ''
  }
  const layout = join(root, 'layouts', 'cover.vue')
  if (existsSync(layout))
    text += readFileSync(layout, 'utf8')
  return codePoints(text)
}

/**
 * Glyphs per font file after the cover's: ~20 KB of Noto Sans SC a weight. Larger files mean
 * fewer faces, which makes laying text out cheaper (see FONT_SOURCES); smaller ones let the first
 * slides fetch less.
 */
export const GLYPHS_PER_FILE = 160

/**
 * Splits `glyphs` into tiers, one font file each: the cover's first (possibly empty), then the
 * rest in runs of `perFile` in the order given (collectGlyphs: the order the deck shows them), so
 * an early slide needs the first files only. Each tier is sorted.
 */
export function glyphTiers(glyphs: number[], cover: number[], perFile = GLYPHS_PER_FILE): number[][] {
  const first = new Set(cover)
  const rest = glyphs.filter(cp => !first.has(cp))
  const tiers = [glyphs.filter(cp => first.has(cp))]
  for (let i = 0; i < rest.length; i += perFile)
    tiers.push(rest.slice(i, i + perFile))
  return tiers.map(tier => [...tier].sort((a, b) => a - b))
}

/**
 * `glyphs` with the ones in `early` moved to the front (in `early`'s order), the rest after them
 * in their own order: the characters of the reading view's first screen go into the first files
 * after the cover's, so a phone opening the talk waits for two files a weight, not five.
 */
export function earlyFirst(glyphs: number[], early: number[]): number[] {
  const all = new Set(glyphs)
  const ahead = new Set(early.filter(cp => all.has(cp)))
  return [...ahead, ...glyphs.filter(cp => !ahead.has(cp))]
}

/** A tier's letter in the file names: a (the cover), b, c, … */
export function tierName(tier: number): string {
  return tier < 26 ? String.fromCharCode(97 + tier) : `t${tier}`
}

/** Distinct code points of printable characters in `text`, in the order they first appear. */
export function codePointsInOrder(text: string): number[] {
  const set = new Set<number>()
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    // Control characters and the BOM carry no glyph.
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp === 0xFEFF)
      continue
    set.add(cp)
  }
  return [...set]
}

/** Distinct code points of printable characters in `text`, sorted. */
export function codePoints(text: string): number[] {
  return codePointsInOrder(text).sort((a, b) => a - b)
}

/** Parses `U+4E00-4E0F,U+3000` into inclusive ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map(s => s.trim()).filter(Boolean).map((part) => {
    const m = /^U\+([0-9a-f?]+)(?:-([0-9a-f]+))?$/i.exec(part)
    if (!m)
      throw new Error(`bad unicode-range part: ${part}`)
    if (m[1]!.includes('?'))
      return [Number.parseInt(m[1]!.replace(/\?/g, '0'), 16), Number.parseInt(m[1]!.replace(/\?/g, 'f'), 16)]
    const a = Number.parseInt(m[1]!, 16)
    return [a, m[2] ? Number.parseInt(m[2], 16) : a]
  })
}

/** Formats sorted code points as a compact unicode-range value (`U+20-7e,U+4e00`). */
export function formatUnicodeRange(points: number[]): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1)
      j++
    const a = sorted[i]!.toString(16)
    parts.push(j > i ? `U+${a}-${sorted[j]!.toString(16)}` : `U+${a}`)
    i = j + 1
  }
  return parts.join(',')
}

/** The @font-face rules of a fontsource stylesheet (woff2 sources only). */
export function parseFontFaces(css: string, cssFile: string): FontFace[] {
  const faces: FontFace[] = []
  for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = block[1]!
    const prop = (name: string) => new RegExp(`${name}\\s*:\\s*([^;]+);`).exec(body)?.[1]?.trim()
    const url = /url\(([^)]+\.woff2)\)/.exec(body)?.[1]?.replace(/["']/g, '')
    if (!url)
      continue
    faces.push({
      family: prop('font-family')!.replace(/["']/g, ''),
      style: prop('font-style') ?? 'normal',
      weight: prop('font-weight') ?? '400',
      file: resolve(dirname(cssFile), url),
      ranges: parseUnicodeRange(prop('unicode-range') ?? 'U+0-10FFFF'),
    })
  }
  return faces
}

/** The code points of `glyphs` that `face` covers. */
export function pointsIn(face: Pick<FontFace, 'ranges'>, glyphs: number[]): number[] {
  return glyphs.filter(cp => face.ranges.some(([a, b]) => cp >= a && cp <= b))
}

type SubsetFont = (font: Buffer, text: string, options: { targetFormat: 'woff2' }) => Promise<Buffer>

export interface SubsetResult {
  /** The generated stylesheet, to be imported by styles/index.css. */
  css: string
  files: number
  bytes: number
  glyphs: number
  /** False when the files on disk were already up to date. */
  written: boolean
}

/**
 * Writes `outDir/fonts.css` and one .woff2 per used fontsource face. Skips the work when a stamp
 * of the inputs matches; writes each file only when its content changed (several builds may run
 * at once in one checkout), and removes stale .woff2 files.
 */
export async function generateSubsetFonts(options: {
  root: string
  outDir: string
  glyphs?: number[]
  cover?: number[]
  /** Characters to put in the first files after the cover's (earlyFirst). */
  early?: number[]
}): Promise<SubsetResult> {
  const root = resolve(options.root)
  const outDir = resolve(options.outDir)
  const require = createRequire(join(root, 'package.json'))
  const glyphs = earlyFirst(options.glyphs ?? collectGlyphs(root), options.early ?? [])
  const tiers = glyphTiers(glyphs, options.cover ?? coverGlyphs(root))
  const sources = FONT_SOURCES.map(({ whole, slices }) => ({ whole: whole && require.resolve(whole), slices: require.resolve(slices) }))
  const stamp = createHash('sha256')
    .update(JSON.stringify({ FORMAT_VERSION, tiers, sources: sources.map(s => [s.whole, s.slices].map(f => f && relative(root, f))) }))
    .digest('hex')
  const cssPath = join(outDir, 'fonts.css')
  const stampPath = join(outDir, 'stamp.txt')
  if (existsSync(cssPath) && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp) {
    const css = readFileSync(cssPath, 'utf8')
    const names = readdirSync(outDir).filter(f => f.endsWith('.woff2'))
    if (names.every(n => css.includes(n)) && [...css.matchAll(/url\(\.\/([^)]+)\)/g)].every(m => names.includes(m[1]!)))
      return { css, files: names.length, bytes: names.reduce((s, n) => s + readFileSync(join(outDir, n)).length, 0), glyphs: glyphs.length, written: false }
  }

  const subsetFont = require('subset-font') as SubsetFont
  mkdirSync(outDir, { recursive: true })
  writeIfChanged(join(outDir, '.gitignore'), '# Generated by lib/site/fonts.ts at dev, build and export time.\n*\n')
  const rules: string[] = [
    '/* Generated by lib/site/fonts.ts from the deck\'s sources: do not edit. */',
  ]
  const keep = new Set<string>()
  let bytes = 0
  for (const source of sources) {
    // The whole file first: a glyph it has is cut from it, the rest from the slice that has it.
    const whole = source.whole ? parseFontFaces(readFileSync(source.whole, 'utf8'), source.whole) : []
    const covered = whole.length ? await codePointsOf(whole[0]!.file, require) : new Set<number>()
    const faces = [...whole.map(face => ({ ...face, has: (cp: number) => covered.has(cp) })), ...parseFontFaces(readFileSync(source.slices, 'utf8'), source.slices).map(face => ({ ...face, has: (cp: number) => !covered.has(cp) }))]
    for (const face of faces) {
      const fontData = readFileSync(face.file)
      for (const [tier, tierGlyphs] of tiers.entries()) {
        const points = pointsIn(face, tierGlyphs).filter(face.has)
        if (points.length === 0)
          continue
        const text = String.fromCodePoint(...points)
        const font = await subsetFont(fontData, text, { targetFormat: 'woff2' })
        // noto-sans-sc-117-400-normal.woff2 → noto-sans-sc-117-400-a.woff2 (a: cover, b, c…: the rest)
        const name = face.file.split(/[\\/]/).pop()!.replace(/(?:-normal)?\.woff2$/, `-${tierName(tier)}.woff2`)
        keep.add(name)
        bytes += font.length
        writeIfChanged(join(outDir, name), font)
        const faceRule = (family: string, display: 'swap' | 'block') => [
          '@font-face {',
          `  font-family: '${family}';`,
          `  font-style: ${face.style};`,
          `  font-weight: ${face.weight};`,
          `  font-display: ${display};`,
          `  src: url(./${name}) format('woff2');`,
          `  unicode-range: ${formatUnicodeRange(points)};`,
          '}',
        ].join('\n')
        rules.push(faceRule(face.family, 'swap'))
        // The boot card (styles/cover.css) waits for the cover's own files instead of drawing in a
        // fallback font first: it then looks, and measures, the same as the cover that replaces it.
        if (tier === 0 && face.family === 'Noto Sans SC')
          rules.push(faceRule(`${face.family} ${COVER_FAMILY_SUFFIX}`, 'block'))
      }
    }
  }
  for (const name of readdirSync(outDir)) {
    if (name.endsWith('.woff2') && !keep.has(name))
      rmSync(join(outDir, name), { force: true })
  }
  const css = `${rules.join('\n\n')}\n`
  writeIfChanged(cssPath, css)
  writeIfChanged(stampPath, stamp)
  return { css, files: keep.size, bytes, glyphs: glyphs.length, written: true }
}

/** The code points a font file maps to glyphs (its cmap), read with HarfBuzz. */
async function codePointsOf(file: string, require: NodeJS.Require): Promise<Set<number>> {
  const { convert } = require('fontverter') as { convert: (font: Buffer, format: 'truetype') => Promise<Buffer> }
  const hb = await import('harfbuzzjs')
  // The Blob and Face free their memory when collected (harfbuzzjs ≥ 1.6).
  return new Set(new hb.Face(new hb.Blob(await convert(readFileSync(file), 'truetype')), 0).collectUnicodes())
}

function writeIfChanged(file: string, content: string | Buffer) {
  const data = typeof content === 'string' ? Buffer.from(content) : content
  if (existsSync(file) && readFileSync(file).equals(data))
    return
  // Write next to the target and rename: a concurrent reader never sees half a file.
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(temp, data)
  renameSync(temp, file)
}

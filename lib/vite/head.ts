import type { HtmlTagDescriptor, Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import process from 'node:process'
import MarkdownIt from 'markdown-it'
import { loadDeck } from '../data/deck.ts'
import { PREFER_SLIDES, SLIDES_SCREEN, VIEW_PREFERENCE_KEY } from '../deck/reading.ts'
import { codePoints, COVER_FAMILY_SUFFIX, FONTS_DIR, parseFontFaces, pointsIn } from '../site/fonts.ts'
import { META_CONTENT_SECURITY_POLICY } from '../site/security-headers.ts'
import { DESCRIPTION, OG_IMAGE, THEME_COLOR, TITLE } from '../site/site-meta.ts'
import { OG_SIZE } from './og-image.ts'

/**
 * The head's metadata that Slidev does not write: theme colour, og:type, locale and site name,
 * the preview image (under the base path, or at the site URL) with its size and alt text, the
 * touch icon, og:url and canonical. The description, author and keywords are in index.html, which
 * Slidev merges into its own head: Slidev writes those itself, as JSON strings, quotes and all.
 */
export interface HeadTag { tag: string, attrs: Record<string, string> }

export function headTags(base: string, env: { siteUrl?: string }): HeadTag[] {
  const image = `${env.siteUrl ?? base}${OG_IMAGE}`
  const meta = (key: 'name' | 'property', name: string, content: string): HeadTag => ({ tag: 'meta', attrs: { [key]: name, content } })
  const tags: HeadTag[] = [
    meta('name', 'theme-color', THEME_COLOR),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:locale', 'zh_CN'),
    meta('property', 'og:site_name', TITLE),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(OG_SIZE.width)),
    meta('property', 'og:image:height', String(OG_SIZE.height)),
    meta('property', 'og:image:alt', `封面：${TITLE}`),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', `封面：${TITLE}`),
    { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}favicon.svg` } },
  ]
  if (env.siteUrl) {
    tags.push({ tag: 'meta', attrs: { property: 'og:url', content: env.siteUrl } })
    tags.push({ tag: 'link', attrs: { rel: 'canonical', href: env.siteUrl } })
  }
  return tags
}

/**
 * What index.html must carry (tag attribute → content), from the site's description and the
 * headmatter's author and keywords: Slidev writes these as JSON strings unless index.html does.
 */
export function plainHeadMeta(headmatter: Record<string, unknown>): Record<string, string> {
  return {
    'name="description"': DESCRIPTION,
    'name="author"': String(headmatter.author ?? ''),
    'name="keywords"': String(headmatter.keywords ?? ''),
  }
}

/**
 * What the page shows while the deck's JavaScript loads: the cover itself, as plain HTML drawn by
 * styles/cover.css (the rules layouts/cover.vue uses), on Slidev's letterbox. On a phone on a slow
 * network the visitor sees the cover once the HTML, the stylesheet and the cover's fonts (which
 * the built index.html preloads) have arrived, instead of a blank page until the JavaScript has
 * arrived and run. It sits outside #app, above it, until the first slide has rendered:
 * lib/client/boot.ts (run by setup/main.ts) then removes it.
 *
 * `coverHtml` is the cover slide's content as HTML (see renderCover).
 */
export function bootMarkup(coverHtml: string): string {
  return [
    '<div class="deck-boot" aria-busy="true">',
    '<div class="deck-cover"><div class="deck-cover-band"></div>',
    `<div class="deck-cover-inner"><div class="deck-cover-body">${coverHtml.trim()}</div></div>`,
    '</div></div>',
  ].join('')
}

/** Markdown (with HTML) of the cover slide to HTML, as Slidev would render it without components. */
export function renderCover(markdown: string): string {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false })
  return md.render(markdown)
}

export function injectBoot(html: string, coverHtml: string): string {
  if (!html.includes('<div id="app"></div>'))
    throw new Error('index.html has no empty <div id="app"></div> to put the boot card before')
  return html.replace('<div id="app"></div>', `${bootMarkup(coverHtml)}\n  <div id="app"></div>\n  <noscript>本演示文稿需要启用 JavaScript。</noscript>`)
}

/** The boot card's bold text (styles/cover.css: the kicker and the title); everything else is regular. */
const BOLD_PARTS = /<h1[^>]*>([\s\S]*?)<\/h1>|<div class="cover-kicker">([\s\S]*?)<\/div>/g

const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&[a-z]+;/g, ' ')

/** The boot card's text by font weight. */
export function bootTextByWeight(coverHtml: string): Record<'400' | '700', string> {
  const bold = [...coverHtml.matchAll(BOLD_PARTS)].map(m => textOf(m[1] ?? m[2] ?? '')).join('')
  return { 700: bold, 400: textOf(coverHtml.replace(BOLD_PARTS, '')) }
}

/**
 * The font files (names as lib/site/fonts.ts writes them) that draw the boot card: the faces of
 * `Noto Sans SC Cover` in `fontsCss` whose unicode-range holds a character the card shows in
 * that weight. index.html preloads them, so the card's text is not held up behind the CSS.
 */
export function bootFontFiles(fontsCss: string, cssFile: string, coverHtml: string): string[] {
  const text = bootTextByWeight(coverHtml)
  return parseFontFaces(fontsCss, cssFile)
    .filter(face => face.family === `Noto Sans SC ${COVER_FAMILY_SUFFIX}` && face.style === 'normal')
    .filter(face => pointsIn(face, codePoints(text[face.weight as '400' | '700'] ?? '')).length > 0)
    .map(face => basename(face.file))
}

/** public/deck-start.js: starts the app once the boot card is drawn. */
export const START_SCRIPT = 'deck-start.js'
/** public/read-redirect.js: sends a phone held upright to the reading document, first thing. */
export const REDIRECT_SCRIPT = 'read-redirect.js'

/**
 * The built index.html's entry script → public/deck-start.js, which starts the app once the boot
 * card has been painted and runs the entry's imports one per task (`data-deck-modules`, in the
 * order of Vite's modulepreload links). Without it the browser often runs the app's ~400 KB of
 * modules in one go before its first frame, so a phone shows nothing until the deck has drawn its
 * first slide. The modulepreload links go too: deck-start.js adds them once the card is painted,
 * so that on a slow network the card's stylesheet and fonts do not share the line with the app's
 * JavaScript (Lighthouse mobile on /read, 6 runs: median 0.76 → 0.93, FCP ~2.1–3.2 s → ~1.3 s).
 */
export function deferEntry(html: string, base: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html)
  if (!entry)
    throw new Error('deck: no entry <script type="module" crossorigin src="…"> in the built index.html')
  const modules = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map(m => m[1]!)
  return html
    .replace(/[ \t]*<link rel="modulepreload" crossorigin href="[^"]+">\n?/g, '')
    .replace(entry[0], `<script type="module" crossorigin blocking="render" src="${base}${START_SCRIPT}" data-deck-entry="${entry[1]}" data-deck-modules="${modules.join(' ')}"></script>`)
}

/**
 * `html` with `markup` right after its viewport meta tag: media queries (the redirect's, the
 * preloads') describe a phone's screen only once the page has said it fits the device's width.
 */
export function afterViewport(html: string, markup: string): string {
  const viewport = /<meta name="viewport"[^>]*>/.exec(html)
  if (!viewport)
    throw new Error('deck: index.html has no <meta name="viewport">')
  return html.replace(viewport[0], `${viewport[0]}\n${markup}`)
}

export function headPlugin(env: { siteUrl?: string }): Plugin {
  let base = '/'
  let root = process.cwd()
  return {
    name: 'deck:head',
    configResolved(c) {
      base = c.base
      root = c.root
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html, ctx) => {
        const coverHtml = renderCover((await loadDeck('slides.md', root))[0]?.content ?? '')
        const tags: HtmlTagDescriptor[] = headTags(base, env).map(({ tag, attrs }) => ({ tag, attrs, injectTo: 'head' }))
        if (!ctx.bundle)
          return { html: injectBoot(html, coverHtml), tags }
        // The built site: the boot card's fonts first, then the app started by deck-start.js.
        const fontsCss = join(root, FONTS_DIR, 'fonts.css')
        const wanted = new Set(bootFontFiles(readFileSync(fontsCss, 'utf8'), fontsCss, coverHtml))
        const fonts = Object.values(ctx.bundle)
          .filter(out => out.type === 'asset' && out.originalFileNames.some(f => wanted.has(basename(f))))
          .map(out => out.fileName)
          .sort()
        if (fonts.length !== wanted.size)
          throw new Error(`deck: the build has ${fonts.length} of the boot card's ${wanted.size} font files`)
        const first = [
          // The CSP for hosts that send no headers (GitHub Pages), before anything it governs.
          `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`,
          `<script src="${base}${REDIRECT_SCRIPT}" data-slides-screen="${SLIDES_SCREEN}" data-view-key="${VIEW_PREFERENCE_KEY}" data-view="${PREFER_SLIDES}"></script>`,
          // Not on a phone held upright, which read-redirect.js sends to the reading document.
          ...fonts.map(file => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${base}${file}" media="${SLIDES_SCREEN}">`),
        ]
        return { html: afterViewport(deferEntry(injectBoot(html, coverHtml), base), first.join('\n')), tags }
      },
    },
  }
}
